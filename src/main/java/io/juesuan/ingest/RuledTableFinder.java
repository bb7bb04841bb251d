package io.juesuan.ingest;

import java.awt.geom.Point2D;
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

    static List<RuledTable> find(List<Ruling> horizontalLines, List<Ruling> verticalLines) {
        List<RuledTable> tables = new ArrayList<>();
        List<Ruling> horizontal = snap(horizontalLines, true);
        List<Ruling> vertical = snap(verticalLines, false);
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

    /** Lines closer than this (points) across their direction are one line drawn in two strokes. */
    private static final float SNAP = 1f;

    /**
     * Puts lines that lie within {@link #SNAP} of each other across their direction on one position
     * and merges them. A cell border drawn as a filled bar (Chromium) ends its column lines at the
     * bar's far edge, so the line closing a cut row, or one cell's border, can sit a fraction of a
     * point off its neighbour's; tabula's cell finder then closes a zero-height sliver there instead
     * of the real cell, and a merged cell (公用经费合计 across five columns) loses its text.
     */
    static List<Ruling> snap(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort((a, b) -> Float.compare(a.getPosition(), b.getPosition()));
        List<Ruling> out = new ArrayList<>();
        float anchor = Float.NaN;
        for (Ruling r : sorted) {
            float p = r.getPosition();
            if (Float.isNaN(anchor) || p - anchor > SNAP) {
                anchor = p;
            }
            out.add(horizontal
                    ? new Ruling(new Point2D.Float(r.getStart(), anchor), new Point2D.Float(r.getEnd(), anchor))
                    : new Ruling(new Point2D.Float(anchor, r.getStart()), new Point2D.Float(anchor, r.getEnd())));
        }
        return Ruling.collapseOrientedRulings(out);
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
