package io.juesuan.model;

import java.util.List;

/**
 * A table region as rows of cell strings. A blank cell is the empty string, never null. Rows may
 * have different lengths: merged cells and producer quirks make ragged rows normal, so consumers
 * align by content (headers, column-number rows), not by a fixed width.
 *
 * @param aligned the front-end vouches that every amount sits in the column slot it is printed
 *     under: a delimited text row that keeps empty cells, or a ruled PDF table whose every amount
 *     cell is bounded on both sides within one column. False where a producer left empty cells
 *     unbordered, so an amount's cell may span its neighbours' slots; then position says nothing.
 */
public record Grid(List<List<String>> rows, int page, int line, boolean aligned) implements Block {
    public Grid {
        rows = rows.stream().map(r -> List.copyOf(r.stream().map(c -> c == null ? "" : c).toList())).toList();
    }

    /** A grid whose alignment the front-end cannot vouch for. */
    public Grid(List<List<String>> rows, int page, int line) {
        this(rows, page, line, false);
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
