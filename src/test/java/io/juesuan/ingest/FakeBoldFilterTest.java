package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Glyphs drawn twice to fake bold are dropped, real neighbours kept (#17). */
class FakeBoldFilterTest {
    private static Glyph g(String t, float x, float y) {
        return new Glyph(t, x, y, 10f, 10f, 10f);
    }

    @Test
    void aGlyphDrawnTwiceWithAThreeTenthsOffsetIsDropped() {
        Glyph first = g("合", 0, 0);
        List<Glyph> out = FakeBoldFilter.filter(List.of(first, g("合", 0.3f, 0.3f), g("计", 10, 0), g("计", 10.3f, 0)));
        assertEquals(2, out.size());
        assertEquals(first, out.get(0));
        assertEquals("计", out.get(1).text());
        assertEquals(10f, out.get(1).x());
    }

    @Test
    void twoRealAdjacentEqualGlyphsAreKept() {
        // 支出 合合 printed side by side, one advance apart
        assertEquals(2, FakeBoldFilter.filter(List.of(g("0", 0, 0), g("0", 10, 0))).size());
    }

    @Test
    void theSameCharacterOnTheNextLineIsKept() {
        assertEquals(2, FakeBoldFilter.filter(List.of(g("支", 0, 0), g("支", 0, 12))).size());
    }

    @Test
    void differentCharactersAtOnePlaceAreKept() {
        assertEquals(2, FakeBoldFilter.filter(List.of(g("一", 0, 0), g("二", 0.2f, 0))).size());
    }

    @Test
    void theToleranceGrowsWithTheGlyphSize() {
        // a 20 pt glyph repeated 3 pt off is a repeat (a fifth of its size is 4 pt); a 10 pt one is not (2 pt)
        Glyph big = new Glyph("合", 0, 0, 20f, 20f, 20f);
        assertEquals(1, FakeBoldFilter.filter(List.of(big, new Glyph("合", 3f, 0, 20f, 20f, 20f))).size());
        assertEquals(2, FakeBoldFilter.filter(List.of(g("合", 0, 0), g("合", 3f, 0))).size());
    }

    @Test
    void aThirdStrokeIsDroppedToo() {
        assertEquals(1, FakeBoldFilter.filter(List.of(g("计", 0, 0), g("计", 0.3f, 0), g("计", 0.6f, 0))).size());
    }
}
