package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Glyphs into lines and lines into text (#17). */
class LineAssemblerTest {
    /** Glyphs of a string laid left to right from x, each {@code advance} wide, on a line at y (10 pt). */
    private static List<Glyph> run(String s, float x, float y, float advance) {
        List<Glyph> out = new ArrayList<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            out.add(new Glyph(new String(Character.toChars(cps[i])), x + i * advance, y, advance, 10f, 10f));
        }
        return out;
    }

    private static List<String> lineTexts(List<Glyph> glyphs, float cjkGap) {
        return LineAssembler.lines(glyphs).stream().map(l -> LineAssembler.text(l, cjkGap)).toList();
    }

    @Test
    void glyphsOnTwoBaselinesMakeTwoLinesTopToBottomLeftToRight() {
        List<Glyph> g = new ArrayList<>(run("收入", 0, 20, 10));
        g.addAll(run("支出", 0, 0, 10));
        java.util.Collections.reverse(g);
        assertEquals(List.of("支出", "收入"), lineTexts(g, Float.MAX_VALUE));
    }

    @Test
    void aGlyphSlightlyOffTheBaselineStaysOnItsLine() {
        List<Glyph> g = new ArrayList<>(run("合", 0, 0, 10));
        g.addAll(run("计", 10, 1.5f, 10));
        assertEquals(List.of("合计"), lineTexts(g, Float.MAX_VALUE));
    }

    @Test
    void aWideGapBetweenLatinGetsOneSpaceAndTouchingLatinNone() {
        List<Glyph> g = new ArrayList<>(run("12.00", 0, 0, 5));
        g.addAll(run("3.00", 60, 0, 5));
        assertEquals(List.of("12.00 3.00"), lineTexts(g, Float.MAX_VALUE));
    }

    @Test
    void letterSpacedCjkInACellHasNoSpace() {
        // 合 计 printed 30 pt apart: one word in a cell (cjkGap infinite)
        List<Glyph> g = new ArrayList<>(run("合", 0, 0, 10));
        g.addAll(run("计", 40, 0, 10));
        assertEquals(List.of("合计"), lineTexts(g, Float.MAX_VALUE));
    }

    @Test
    void runningTextSeparatesCjkPastTheGap() {
        // 部门：… far left of 单位：万元 on one line of running text
        List<Glyph> g = new ArrayList<>(run("部门", 0, 0, 10));
        g.addAll(run("单位", 100, 0, 10));
        assertEquals(List.of("部门 单位"), lineTexts(g, 1.5f));
        assertEquals(List.of("部门单位"), lineTexts(g, Float.MAX_VALUE));
    }

    @Test
    void aPrintedSpaceBetweenCjkIsKeptInRunningText() {
        List<Glyph> g = run("年初 结转", 0, 0, 10);
        assertEquals(List.of("年初 结转"), lineTexts(g, 1.5f));
    }

    @Test
    void aPrintedSpaceBetweenANumberAndCjkIsKeptInACell() {
        List<Glyph> g = new ArrayList<>(run("1.", 0, 0, 5));
        g.addAll(run(" ", 10, 0, 5));
        g.addAll(run("一般公共预算", 15, 0, 10));
        assertEquals(List.of("1. 一般公共预算"), lineTexts(g, Float.MAX_VALUE));
        // but not between two CJK characters of a cell
        assertEquals(List.of("一般公共预算"), lineTexts(run("一般 公共预算", 0, 0, 10), Float.MAX_VALUE));
    }

    @Test
    void cellLinesJoinWithoutSpaceAtACjkSeamAndWithOneBetweenLatin() {
        List<Glyph> g = new ArrayList<>(run("机关事业单位", 0, 0, 10));
        g.addAll(run("基本养老", 0, 12, 10));
        assertEquals("机关事业单位基本养老", LineAssembler.cellText(g));
        List<Glyph> n = new ArrayList<>(run("515.04", 20, 0, 5));
        n.addAll(run("111.57", 20, 12, 5));
        assertEquals("515.04 111.57", LineAssembler.cellText(n, 0, 60));
    }

    @Test
    void aCodeWrappedInANarrowCellIsRejoined() {
        // 20805 fills the 0..30 cell, 05 continues it on the next line
        List<Glyph> g = new ArrayList<>(run("20805", 2, 0, 5));
        g.addAll(run("05", 2, 12, 5));
        assertEquals("2080505", LineAssembler.cellText(g, 0, 30));
        // the cell's edges unknown: no rejoining
        assertEquals("20805 05", LineAssembler.cellText(g));
    }

    @Test
    void anAmountWrappedInANarrowCellIsRejoined() {
        List<Glyph> g = new ArrayList<>(run("4,73", 2, 0, 5));
        g.addAll(run("7.00", 2, 12, 5));
        assertEquals("4,737.00", LineAssembler.cellText(g, 0, 25));
    }

    @Test
    void continuesNumberRules() {
        assertTrue(LineAssembler.continuesNumber("20805", "05"));
        assertTrue(LineAssembler.continuesNumber("208", "05"));
        assertFalse(LineAssembler.continuesNumber("1", "2"), "行次 1 over 2");
        assertFalse(LineAssembler.continuesNumber("2080505", "01"), "no code of nine digits");
        assertTrue(LineAssembler.continuesNumber("4,73", "7.00"));
        assertTrue(LineAssembler.continuesNumber("12.", "50"));
        assertFalse(LineAssembler.continuesNumber("515.04", "111.57"));
        assertFalse(LineAssembler.continuesNumber("20805", "项目"));
    }

    @Test
    void aLineOfQuotesAloneJoinsTheLineItOverlaps() {
        // “三公” with its quotes drawn 3 pt higher than the characters
        List<Glyph> g = new ArrayList<>(run("三公", 10, 3, 10));
        g.add(new Glyph("“", 0, 0, 10, 6, 10));
        g.add(new Glyph("”", 30, 0, 10, 6, 10));
        List<LineAssembler.Line> lines = LineAssembler.lines(g);
        assertEquals(1, lines.size());
        assertEquals("“三公”", LineAssembler.text(lines.get(0), Float.MAX_VALUE));
    }
}
