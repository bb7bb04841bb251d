package io.juesuan.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Producers imitate bold by drawing each glyph two or more times, a fraction of a point apart;
 * without this the text reads 合合计计. A repeat is the same character whose position differs by
 * less than a fifth of its size.
 */
final class FakeBoldFilter {
    /** A repeat lies within this share of the glyph's size (width or height, the larger) … */
    private static final float REPEAT_OF_SIZE = 0.2f;
    /** … or within this many points, for small glyphs (a 0.3 pt offset at 1 pt size is still a repeat). */
    private static final float MIN_REPEAT_OFFSET = 0.8f;
    /** How many earlier glyphs of the same character are compared: the copies of a glyph are drawn close together. */
    private static final int RECENT_SAME = 8;

    private FakeBoldFilter() {}

    static List<Glyph> filter(List<Glyph> glyphs) {
        List<Glyph> out = new ArrayList<>(glyphs.size());
        Map<String, List<Glyph>> byText = new HashMap<>();
        for (Glyph g : glyphs) {
            List<Glyph> same = byText.computeIfAbsent(g.text(), k -> new ArrayList<>());
            float tol = Math.max(MIN_REPEAT_OFFSET, Math.max(g.width(), g.height()) * REPEAT_OF_SIZE);
            boolean repeat = false;
            for (int i = same.size() - 1; i >= 0 && i >= same.size() - RECENT_SAME; i--) {
                Glyph o = same.get(i);
                if (Math.abs(o.x() - g.x()) < tol && Math.abs(o.y() - g.y()) < tol) {
                    repeat = true;
                    break;
                }
            }
            if (!repeat) {
                same.add(g);
                out.add(g);
            }
        }
        return out;
    }
}
