package io.juesuan.tables;

/**
 * A printed row of a packed (预算) table as the locator found it, not yet split into codes, labels
 * and amounts (package {@code budget} does that): a text line, or a row of one of the region's grids.
 *
 * @param text the text line as printed, or null for a grid row
 * @param page the page it was printed on
 * @param grid for a grid row, the index of its grid in {@link TableRegion#grids()}; -1 for a text line
 * @param row for a grid row, its index in that grid; -1 for a text line
 * @param amount for a text line, whether it prints an amount (a grid row: false, its grid counts)
 */
public record PackedLine(String text, int page, int grid, int row, boolean amount) {
    static PackedLine text(String text, int page, boolean amount) {
        return new PackedLine(text, page, -1, -1, amount);
    }

    static PackedLine gridRow(int page, int grid, int row) {
        return new PackedLine(null, page, grid, row, false);
    }

    public boolean isText() {
        return grid < 0;
    }
}
