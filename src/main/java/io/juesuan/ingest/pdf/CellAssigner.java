package io.juesuan.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Puts every glyph into the cell box that contains its centre and renders the table as rows of
 * cell strings. All fragments of a wrapped cell share the box, so a name wrapped over three lines
 * with its numbers on the middle line stays one row; the rows come from the rulings, never from
 * text lines.
 *
 * <p>One exception: some producers draw column lines but no lines between data rows, so one
 * ruled row holds many printed rows. An amount never wraps, so a cell holding two or more lines
 * that are all amounts marks such a row; it is split at those amounts' lines, and every other
 * cell's lines go to the nearest of them.
 */
public final class CellAssigner {
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9][0-9,]*\\.[0-9]+%?");

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
            List<List<Glyph>> cells = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                List<Glyph> in = byCell.get(r * cols + c);
                cells.add(in == null ? List.of() : in);
            }
            float[] centres = packedRowCentres(cells);
            if (centres == null) {
                rows.add(render(cells, cellCleaner));
                continue;
            }
            List<List<List<Glyph>>> split = new ArrayList<>();
            for (int k = 0; k < centres.length; k++) {
                List<List<Glyph>> sub = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    sub.add(new ArrayList<>());
                }
                split.add(sub);
            }
            for (int c = 0; c < cols; c++) {
                for (List<Glyph> line : LineJoiner.lines(cells.get(c))) {
                    split.get(nearest(centres, centreY(line))).get(c).addAll(line);
                }
            }
            split.forEach(sub -> rows.add(render(sub, cellCleaner)));
        }
        return rows;
    }

    /** The centres of the printed rows packed into one ruled row, or null when it holds one. */
    private static float[] packedRowCentres(List<List<Glyph>> cells) {
        List<List<Glyph>> best = null;
        for (List<Glyph> cell : cells) {
            if (cell.isEmpty()) {
                continue;
            }
            List<List<Glyph>> lines = LineJoiner.lines(cell);
            if (lines.size() >= 2 && (best == null || lines.size() > best.size())
                    && lines.stream().allMatch(l -> AMOUNT.matcher(LineJoiner.lineText(l, true).strip()).matches())) {
                best = lines;
            }
        }
        if (best == null) {
            return null;
        }
        float[] centres = new float[best.size()];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = centreY(best.get(i));
        }
        return centres;
    }

    private static List<String> render(List<List<Glyph>> cells, Function<String, String> cellCleaner) {
        List<String> row = new ArrayList<>(cells.size());
        for (List<Glyph> in : cells) {
            row.add(in.isEmpty() ? "" : cellCleaner.apply(LineJoiner.cellText(in)));
        }
        while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
            row.remove(row.size() - 1);
        }
        if (row.isEmpty()) {
            row.add("");
        }
        return row;
    }

    private static float centreY(List<Glyph> line) {
        return (float) line.stream().mapToDouble(Glyph::centreY).average().orElse(0);
    }

    private static int nearest(float[] centres, float y) {
        int best = 0;
        for (int i = 1; i < centres.length; i++) {
            if (Math.abs(centres[i] - y) < Math.abs(centres[best] - y)) {
                best = i;
            }
        }
        return best;
    }
}
