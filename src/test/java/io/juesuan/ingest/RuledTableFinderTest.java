package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import technology.tabula.Ruling;

/** Ruling lines into tables of cell boxes on a grid of rows and columns (#17). */
class RuledTableFinderTest {
    private static Ruling h(float y, float x1, float x2) {
        return new Ruling(new Point2D.Float(x1, y), new Point2D.Float(x2, y));
    }

    private static Ruling v(float x, float y1, float y2) {
        return new Ruling(new Point2D.Float(x, y1), new Point2D.Float(x, y2));
    }

    /** Boxes as "r0-r1/c0-c1" slot spans, sorted. */
    private static List<String> spans(RuledTable t) {
        return t.boxes.stream().map(b -> b.row0() + "-" + b.row1() + "/" + b.col0() + "-" + b.col1()).sorted().toList();
    }

    @Test
    void aTwoByTwoGrid() {
        List<RuledTable> tables = RuledTableFinder.find(List.of(h(0, 0, 100), h(20, 0, 100), h(40, 0, 100)),
                List.of(v(0, 0, 40), v(50, 0, 40), v(100, 0, 40)));
        assertEquals(1, tables.size());
        RuledTable t = tables.get(0);
        assertArrayEquals(new float[] {0, 20, 40}, t.rowEdges);
        assertArrayEquals(new float[] {0, 50, 100}, t.colEdges);
        assertEquals(List.of("0-1/0-1", "0-1/1-2", "1-2/0-1", "1-2/1-2"), spans(t));
        assertEquals(2, t.rows());
        assertEquals(2, t.cols());
    }

    @Test
    void rulingsThatAlmostMeetStillCloseTheirCells() {
        // the column lines stop 1.5 pt short of the top and bottom lines, the row lines 1.5 pt short of the sides
        List<RuledTable> tables = RuledTableFinder.find(List.of(h(0, 1.5f, 98.5f), h(20, 1.5f, 98.5f), h(40, 1.5f, 98.5f)),
                List.of(v(0, 1.5f, 38.5f), v(50, 1.5f, 38.5f), v(100, 1.5f, 38.5f)));
        assertEquals(1, tables.size());
        assertEquals(List.of("0-1/0-1", "0-1/1-2", "1-2/0-1", "1-2/1-2"), spans(tables.get(0)));
    }

    @Test
    void aCellSpanningColumnsKeepsOneBox() {
        // the middle column line runs only through the second row: the first row is one cell across both columns
        RuledTable t = RuledTableFinder.find(List.of(h(0, 0, 100), h(20, 0, 100), h(40, 0, 100)),
                List.of(v(0, 0, 40), v(50, 20, 40), v(100, 0, 40))).get(0);
        assertEquals(List.of("0-1/0-2", "1-2/0-1", "1-2/1-2"), spans(t));
        RuledTable.Box merged = t.boxAt(10, 10);
        assertSame(merged, t.boxAt(90, 10), "both slots of the first row are the one box");
        assertEquals(0f, merged.left());
        assertEquals(100f, merged.right());
    }

    @Test
    void linesFourTenthsApartSnapToOne() {
        List<Ruling> snapped = RuledTableFinder.snap(List.of(h(20, 0, 50), h(20.4f, 50, 100)), true);
        assertEquals(1, snapped.size());
        assertEquals(20f, snapped.get(0).getPosition());
        assertEquals(0f, snapped.get(0).getStart());
        assertEquals(100f, snapped.get(0).getEnd());
    }

    @Test
    void linesTwoPointsApartStayTwo() {
        List<Ruling> snapped = RuledTableFinder.snap(List.of(h(20, 0, 100), h(22, 0, 100)), true);
        assertEquals(2, snapped.size());
    }

    @Test
    void aRowBorderDrawnInTwoOffsetStrokesMakesNoSliver() {
        // the line under row 1 is drawn 0.4 pt lower right of the middle: still two rows, no zero-height row
        RuledTable t = RuledTableFinder.find(List.of(h(0, 0, 100), h(20, 0, 50), h(20.4f, 50, 100), h(40, 0, 100)),
                List.of(v(0, 0, 40), v(50, 0, 40), v(100, 0, 40))).get(0);
        assertEquals(2, t.rows());
        assertEquals(List.of("0-1/0-1", "0-1/1-2", "1-2/0-1", "1-2/1-2"), spans(t));
    }

    @Test
    void tooFewLinesMakeNoTable() {
        assertEquals(List.of(), RuledTableFinder.find(List.of(h(0, 0, 100)), List.of(v(0, 0, 40), v(100, 0, 40))));
    }

    @Test
    void twoSeparateGridsAreTwoTablesTopFirst() {
        List<Ruling> hs = new ArrayList<>(List.of(h(200, 0, 100), h(220, 0, 100), h(0, 0, 100), h(20, 0, 100)));
        List<Ruling> vs = List.of(v(0, 200, 220), v(100, 200, 220), v(0, 0, 20), v(100, 0, 20));
        List<RuledTable> tables = RuledTableFinder.find(hs, vs);
        assertEquals(2, tables.size());
        assertEquals(0f, tables.get(0).top);
        assertEquals(200f, tables.get(1).top);
    }
}
