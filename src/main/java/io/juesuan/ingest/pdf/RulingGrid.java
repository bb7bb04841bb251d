package io.juesuan.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One ruled table: the lattice of all its column and row boundaries, and which lattice slots are
 * merged into one cell because no ruling separates them. The text of a merged cell goes to its
 * top-left slot, so a header cell spanning columns looks as it does in a tab-separated rendering.
 */
public final class RulingGrid {
    /** Boundaries closer than this are the same line drawn twice or with a stroke width. */
    static final float TOL = 2f;

    /** Rulings reaching further than this beyond the outermost cross line leave a row or column open. */
    private static final float OPEN_EDGE = 5f;

    private final float[] xs;
    private final float[] ys;
    private final boolean openTop;
    private final boolean openBottom;
    /** anchor[r][c] = index r*cols+c of the top-left slot of the cell containing slot (r, c). */
    private final int[][] anchor;

    private RulingGrid(float[] xs, float[] ys, boolean openTop, boolean openBottom, List<Ruling> rulings) {
        this.xs = xs;
        this.ys = ys;
        this.openTop = openTop;
        this.openBottom = openBottom;
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            float midY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < cols; c++) {
                float midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < cols && !separated(rulings, false, xs[c + 1], midY)) {
                    union(parent, r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !separated(rulings, true, ys[r + 1], midX)) {
                    union(parent, r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        anchor = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                anchor[r][c] = find(parent, r * cols + c);
            }
        }
    }

    /** The ruled tables among a page's rulings, top to bottom. */
    public static List<RulingGrid> find(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rulings.get(i).touches(rulings.get(j), TOL)) {
                    union(parent, i, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(rulings.get(i));
        }
        List<RulingGrid> grids = new ArrayList<>();
        for (List<Ruling> g : groups) {
            float[] xs = positions(g, false);
            float[] ys = positions(g, true);
            // a box around a paragraph or a single underline is not a table
            if (xs.length < 2 || ys.length < 2 || (xs.length == 2 && ys.length == 2)) {
                continue;
            }
            // A row cut by a page break has no closing ruling: the column lines run on to the
            // page edge. Their ends bound the open row, so its text still lands in cells.
            float vTop = (float) g.stream().filter(r -> !r.horizontal()).mapToDouble(Ruling::start).min().orElse(ys[0]);
            float vBottom = (float) g.stream().filter(r -> !r.horizontal()).mapToDouble(Ruling::end).max().orElse(ys[ys.length - 1]);
            float hLeft = (float) g.stream().filter(Ruling::horizontal).mapToDouble(Ruling::start).min().orElse(xs[0]);
            float hRight = (float) g.stream().filter(Ruling::horizontal).mapToDouble(Ruling::end).max().orElse(xs[xs.length - 1]);
            boolean openTop = vTop < ys[0] - OPEN_EDGE;
            boolean openBottom = vBottom > ys[ys.length - 1] + OPEN_EDGE;
            ys = extend(ys, openTop ? vTop : Float.NaN, openBottom ? vBottom : Float.NaN);
            xs = extend(xs, hLeft < xs[0] - OPEN_EDGE ? hLeft : Float.NaN,
                    hRight > xs[xs.length - 1] + OPEN_EDGE ? hRight : Float.NaN);
            grids.add(new RulingGrid(xs, ys, openTop, openBottom, g));
        }
        grids.sort((a, b) -> Float.compare(a.top(), b.top()));
        return grids;
    }

    private static float[] positions(List<Ruling> rulings, boolean horizontal) {
        float[] p = new float[rulings.size()];
        int n = 0;
        for (Ruling r : rulings) {
            if (r.horizontal() == horizontal) {
                p[n++] = r.pos();
            }
        }
        p = Arrays.copyOf(p, n);
        Arrays.sort(p);
        float[] out = new float[n];
        int m = 0;
        for (float v : p) {
            if (m == 0 || v - out[m - 1] > TOL) {
                out[m++] = v;
            }
        }
        return Arrays.copyOf(out, m);
    }

    private static float[] extend(float[] bounds, float before, float after) {
        float[] out = bounds;
        if (!Float.isNaN(before)) {
            out = new float[out.length + 1];
            out[0] = before;
            System.arraycopy(bounds, 0, out, 1, bounds.length);
        }
        if (!Float.isNaN(after)) {
            out = Arrays.copyOf(out, out.length + 1);
            out[out.length - 1] = after;
        }
        return out;
    }

    private static boolean separated(List<Ruling> rulings, boolean horizontal, float at, float along) {
        for (Ruling r : rulings) {
            if (r.horizontal() == horizontal && r.covers(at, along, TOL)) {
                return true;
            }
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // the smaller index is the top-left slot, which becomes the anchor
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Whether the first row has no top ruling: the rest of a row begun on the previous page. */
    public boolean openTop() {
        return openTop;
    }

    /** Whether the last row has no bottom ruling: it continues on the next page. */
    public boolean openBottom() {
        return openBottom;
    }

    public float top() {
        return ys[0];
    }

    public float bottom() {
        return ys[ys.length - 1];
    }

    public float left() {
        return xs[0];
    }

    public float right() {
        return xs[xs.length - 1];
    }

    public float columnLeft(int c) {
        return xs[c];
    }

    public float columnRight(int c) {
        return xs[c + 1];
    }

    public int rowCount() {
        return ys.length - 1;
    }

    public int columnCount() {
        return xs.length - 1;
    }

    public boolean contains(float x, float y) {
        return x >= left() && x <= right() && y >= top() && y <= bottom();
    }

    /** The anchor slot (row * columns + column) of the cell whose box contains the point, or -1. */
    public int cellAt(float x, float y) {
        if (!contains(x, y)) {
            return -1;
        }
        int c = slot(xs, x);
        int r = slot(ys, y);
        return anchor[r][c];
    }

    private static int slot(float[] bounds, float v) {
        int i = Arrays.binarySearch(bounds, v);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, Math.min(bounds.length - 2, i));
    }
}
