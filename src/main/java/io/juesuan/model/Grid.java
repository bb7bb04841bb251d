package io.juesuan.model;

import java.util.List;

/**
 * A table region as rows of cell strings. A blank cell is the empty string, never null. Rows may
 * have different lengths: merged cells and producer quirks make ragged rows normal, so consumers
 * align by content (headers, column-number rows), not by a fixed width.
 */
public record Grid(List<List<String>> rows, int page, int line) implements Block {
    public Grid {
        rows = rows.stream().map(r -> List.copyOf(r.stream().map(c -> c == null ? "" : c).toList())).toList();
    }

    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The cell at (r, c), or "" when the row is shorter. */
    public String cell(int r, int c) {
        List<String> row = rows.get(r);
        return c < row.size() ? row.get(c) : "";
    }
}
