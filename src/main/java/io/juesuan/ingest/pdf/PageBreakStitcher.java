package io.juesuan.ingest.pdf;

import java.util.List;

/**
 * Re-joins a table row that a page break cut in two. Only when the previous page's table ends in
 * an open row (no bottom ruling) and the next page's table starts with an open row (no top
 * ruling) are the two the same row; its fragments are appended cell by cell, matching columns by
 * their x overlap because the two pages can have different column lattices.
 */
public final class PageBreakStitcher {
    private PageBreakStitcher() {}

    /** Moves the open first row of {@code next} into the open last row of {@code previous}. */
    public static boolean stitch(RuledTable previous, RuledTable next) {
        if (previous.grid() == null || next.grid() == null || !previous.grid().openBottom() || !next.grid().openTop() || previous.rows().isEmpty() || next.rows().isEmpty()) {
            return false;
        }
        List<String> tail = previous.rows().get(previous.rows().size() - 1);
        List<String> head = next.rows().remove(0);
        for (int c = 0; c < head.size(); c++) {
            String text = head.get(c);
            if (text.isEmpty()) {
                continue;
            }
            int target = bestColumn(previous.grid(), next.grid().columnLeft(c), next.grid().columnRight(c));
            while (tail.size() <= target) {
                tail.add("");
            }
            tail.set(target, LineJoiner.join(tail.get(target), text));
        }
        return true;
    }

    private static int bestColumn(RulingGrid grid, float left, float right) {
        int best = 0;
        float bestOverlap = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < grid.columnCount(); c++) {
            float overlap = Math.min(right, grid.columnRight(c)) - Math.max(left, grid.columnLeft(c));
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = c;
            }
        }
        return best;
    }
}
