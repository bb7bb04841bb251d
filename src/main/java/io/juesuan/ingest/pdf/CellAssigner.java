package io.juesuan.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Puts every glyph into the cell box that contains its centre and renders the table as rows of
 * cell strings. All fragments of a wrapped cell share the box, so a name wrapped over three lines
 * with its numbers on the middle line stays one row; the rows come from the rulings, never from
 * text lines.
 */
public final class CellAssigner {
    private CellAssigner() {}

    /**
     * Rows of cell text; slots covered by a merged cell but not its anchor are "". Trailing blank
     * cells are dropped as in the text renderings; a fully blank row stays as [""].
     */
    public static List<List<String>> rows(RulingGrid grid, List<Glyph> glyphs, Function<String, String> cellCleaner) {
        Map<Integer, List<Glyph>> byCell = new HashMap<>();
        for (Glyph g : glyphs) {
            int cell = grid.cellAt(g.centreX(), g.centreY());
            if (cell >= 0) {
                byCell.computeIfAbsent(cell, k -> new ArrayList<>()).add(g);
            }
        }
        int cols = grid.columnCount();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < grid.rowCount(); r++) {
            List<String> row = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                List<Glyph> in = byCell.get(r * cols + c);
                row.add(in == null ? "" : cellCleaner.apply(LineJoiner.cellText(in)));
            }
            while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
                row.remove(row.size() - 1);
            }
            if (row.isEmpty()) {
                row.add("");
            }
            rows.add(row);
        }
        return rows;
    }
}
