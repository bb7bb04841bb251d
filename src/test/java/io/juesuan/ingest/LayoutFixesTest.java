package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.util.List;
import org.junit.jupiter.api.Test;
import technology.tabula.Ruling;

/** The front-end fixes the layout variants (#21) asked for, one by one. */
class LayoutFixesTest {
    private static Ruling h(float y, float x0, float x1) {
        return new Ruling(new Point2D.Float(x0, y), new Point2D.Float(x1, y));
    }

    private static Ruling v(float x, float y0, float y1) {
        return new Ruling(new Point2D.Float(x, y0), new Point2D.Float(x, y1));
    }

    @Test
    void aCodeOrAmountWrappedInANarrowCellIsOneNumberStackedAmountsAreTwo() {
        assertTrue(LineAssembler.continuesNumber("20805", "05"));
        assertTrue(LineAssembler.continuesNumber("4,73", "7.00"));
        assertTrue(LineAssembler.continuesNumber("5,867.", "66"));
        assertFalse(LineAssembler.continuesNumber("515.04", "111.57"));
        assertTrue(LineAssembler.continuesNumber("3010", "1"));
        assertFalse(LineAssembler.continuesNumber("30101", "30102"));
        assertFalse(LineAssembler.continuesNumber("1", "2"));
        assertFalse(LineAssembler.continuesNumber("208", "社会保障和就业支出"));
    }

    /**
     * Two-row header: 项目 over 科目编码 | 科目名称, a cell spanning both rows at x 100–140, 本年支出
     * over 小计 | 基本支出. The column lines under 项目 and 本年支出 start on the inner row line;
     * no closing line may be drawn across the spanning cell between them.
     */
    @Test
    void noClosingLineThroughAHeaderCellSpanningBothRows() {
        List<Ruling> horizontal = List.of(h(10, 0, 200), h(20, 0, 100), h(20, 140, 200), h(30, 0, 200), h(40, 0, 200));
        List<Ruling> vertical = List.of(v(0, 10, 40), v(50, 20, 40), v(100, 10, 40), v(140, 10, 40), v(170, 20, 40),
                v(200, 10, 40));
        List<Ruling> closing = PdfPageReader.closingRulings(vertical, horizontal);
        assertTrue(closing.stream().noneMatch(r -> Math.abs(r.getPosition() - 20) < 1), closing.toString());
        List<RuledTable> tables = RuledTableFinder.find(horizontal, vertical);
        assertEquals(1, tables.size());
        RuledTable.Box spanning = tables.get(0).boxAt(120, 15);
        assertEquals(tables.get(0).boxAt(120, 25), spanning);
    }

    /** A table cut by a page break (no line under its last row) is still closed where its column lines end. */
    @Test
    void aRowCutByAPageBreakIsStillClosed() {
        List<Ruling> vertical = List.of(v(0, 10, 50), v(100, 10, 50), v(200, 10, 50));
        List<Ruling> closing = PdfPageReader.closingRulings(vertical, List.of(h(10, 0, 200), h(30, 0, 200)));
        assertTrue(closing.stream().anyMatch(r -> Math.abs(r.getPosition() - 50) < 1), closing.toString());
    }

    /**
     * Chromium draws borders as filled bars: a column line ends at the bar's far edge, a fraction of
     * a point below the line's centre. Lines that close are one line, so the cell merged over five
     * columns below them (公用经费合计) is found, not a zero-height sliver.
     */
    @Test
    void nearlyCoincidentLinesAreOneAndTheMergedCellBelowIsFound() {
        List<Ruling> horizontal = List.of(h(10, 0, 300), h(30, 0, 300), h(30.4f, 100, 250), h(50, 0, 300));
        List<Ruling> vertical = List.of(v(0, 10, 50), v(100, 10, 50), v(150, 10, 30.4f), v(200, 10, 30.4f),
                v(250, 10, 50), v(300, 10, 50));
        assertEquals(3, RuledTableFinder.snap(horizontal, true).size());
        RuledTable t = RuledTableFinder.find(horizontal, vertical).get(0);
        RuledTable.Box merged = t.boxAt(120, 40);
        assertEquals(100f, merged.left(), 0.5f);
        assertEquals(250f, merged.right(), 0.5f);
    }
}
