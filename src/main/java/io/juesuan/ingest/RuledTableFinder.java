package io.juesuan.ingest;

import java.util.ArrayList;
import java.util.List;
import technology.tabula.Cell;
import technology.tabula.Rectangle;
import technology.tabula.Ruling;
import technology.tabula.extractors.SpreadsheetExtractionAlgorithm;

/**
 * Finds ruled tables on a page. tabula-java's lattice step turns the drawn lines (strokes and thin
 * filled rectangles alike) into cell rectangles and groups them into table areas; the grid of
 * rows and columns is rebuilt here from the cell edges, so a cell spanning columns or rows stays
 * one cell whose text sits in its first slot, as the text renderings print it.
 */
final class RuledTableFinder {
    private static final float EDGE_TOLERANCE = 2f;

    private RuledTableFinder() {}

    static List<RuledTable> find(List<Ruling> horizontal, List<Ruling> vertical) {
        List<RuledTable> tables = new ArrayList<>();
        if (horizontal.size() < 2 || vertical.size() < 2) {
            return tables;
        }
        List<Cell> cells = SpreadsheetExtractionAlgorithm.findCells(horizontal, vertical);
        if (cells.isEmpty()) {
            return tables;
        }
        for (Rectangle area : SpreadsheetExtractionAlgorithm.findSpreadsheetsFromCells(cells)) {
            List<Cell> inside = new ArrayList<>();
            for (Cell c : cells) {
                if (area.intersects(c.getLeft() + 0.5, c.getTop() + 0.5, Math.max(c.getWidth() - 1, 0.1), Math.max(c.getHeight() - 1, 0.1))) {
                    inside.add(c);
                }
            }
            RuledTable t = build(inside);
            if (t != null) {
                tables.add(t);
            }
        }
        tables.sort((a, b) -> Float.compare(a.top, b.top));
        return tables;
    }

    private static RuledTable build(List<Cell> cells) {
        List<Float> xs = new ArrayList<>();
        List<Float> ys = new ArrayList<>();
        for (Cell c : cells) {
            xs.add(c.getLeft());
            xs.add(c.getRight());
            ys.add(c.getTop());
            ys.add(c.getBottom());
        }
        float[] colEdges = RuledTable.edges(xs, EDGE_TOLERANCE);
        float[] rowEdges = RuledTable.edges(ys, EDGE_TOLERANCE);
        if (colEdges.length < 2 || rowEdges.length < 2) {
            return null;
        }
        List<RuledTable.Box> boxes = new ArrayList<>();
        for (Cell c : cells) {
            int r0 = RuledTable.indexOf(rowEdges, c.getTop(), EDGE_TOLERANCE);
            int r1 = RuledTable.indexOf(rowEdges, c.getBottom(), EDGE_TOLERANCE);
            int c0 = RuledTable.indexOf(colEdges, c.getLeft(), EDGE_TOLERANCE);
            int c1 = RuledTable.indexOf(colEdges, c.getRight(), EDGE_TOLERANCE);
            if (r0 < 0 || r1 <= r0 || c0 < 0 || c1 <= c0) {
                continue;
            }
            boxes.add(new RuledTable.Box(c.getLeft(), c.getTop(), c.getRight(), c.getBottom(), r0, c0, r1, c1));
        }
        return boxes.isEmpty() ? null : new RuledTable(rowEdges, colEdges, boxes);
    }
}
