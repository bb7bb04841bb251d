package io.juesuan.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A table rebuilt from its ruling lines: the row and column edges, and every cell box with the
 * grid slots it spans. Characters are put into cells here, by position, not by any library's
 * text chunks: a glyph belongs to the cell box that contains its centre.
 */
final class RuledTable {
    /** A drawn cell: its box and the slots it covers (row0..row1-1, col0..col1-1). */
    record Box(float left, float top, float right, float bottom, int row0, int col0, int row1, int col1) {
        boolean contains(float x, float y) {
            return x >= left && x < right && y >= top && y < bottom;
        }
    }

    final float left;
    final float top;
    final float right;
    final float bottom;
    final float[] rowEdges;
    final float[] colEdges;
    final List<Box> boxes;
    private final Box[][] slots;

    RuledTable(float[] rowEdges, float[] colEdges, List<Box> boxes) {
        this.rowEdges = rowEdges;
        this.colEdges = colEdges;
        this.boxes = boxes;
        this.left = colEdges[0];
        this.right = colEdges[colEdges.length - 1];
        this.top = rowEdges[0];
        this.bottom = rowEdges[rowEdges.length - 1];
        slots = new Box[rowEdges.length - 1][colEdges.length - 1];
        for (Box b : boxes) {
            for (int r = b.row0(); r < b.row1(); r++) {
                for (int c = b.col0(); c < b.col1(); c++) {
                    slots[r][c] = b;
                }
            }
        }
    }

    boolean contains(float x, float y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    /** The cell box holding a point, or null when it falls on no drawn cell. */
    Box boxAt(float x, float y) {
        int r = slot(rowEdges, y);
        int c = slot(colEdges, x);
        return r < 0 || c < 0 ? null : slots[r][c];
    }

    private static int slot(float[] edges, float v) {
        if (v < edges[0] || v > edges[edges.length - 1]) {
            return -1;
        }
        for (int i = 0; i < edges.length - 1; i++) {
            if (v < edges[i + 1]) {
                return i;
            }
        }
        return edges.length - 2;
    }

    int rows() {
        return rowEdges.length - 1;
    }

    int cols() {
        return colEdges.length - 1;
    }

    /** Sorted, de-duplicated coordinates: values closer than {@code tol} become one edge. */
    static float[] edges(List<Float> values, float tol) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > tol) {
                out.add(v);
            }
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    static int indexOf(float[] edges, float v, float tol) {
        int best = -1;
        float bestD = Float.MAX_VALUE;
        for (int i = 0; i < edges.length; i++) {
            float d = Math.abs(edges[i] - v);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return bestD <= tol * 2 ? best : -1;
    }
}
