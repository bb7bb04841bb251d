package io.juesuan.ingest;

import io.juesuan.model.Block;
import io.juesuan.model.Grid;
import io.juesuan.model.Page;
import io.juesuan.model.TextLine;
import io.juesuan.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import technology.tabula.Ruling;

/**
 * One PDF page into the model: glyphs inside a ruled table go to the cell box holding their
 * centre; the others become text lines. Blocks are ordered top to bottom.
 */
final class PdfPageReader {
    /** Gap, in font sizes, between two CJK characters of running text that counts as a space. */
    private static final float TEXT_CJK_GAP = 1.5f;

    private PdfPageReader() {}

    private record Positioned(float top, Block block) {}

    static Page read(PageScanner page, int number) {
        List<Glyph> glyphs = FakeBoldFilter.filter(page.glyphs);
        List<Ruling> vertical = Ruling.collapseOrientedRulings(page.vertical);
        List<Ruling> horizontal = new ArrayList<>(page.horizontal);
        horizontal.addAll(closingRulings(vertical));
        List<RuledTable> tables = RuledTableFinder.find(Ruling.collapseOrientedRulings(horizontal), vertical);
        Map<RuledTable.Box, List<Glyph>> inCells = new HashMap<>();
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : glyphs) {
            RuledTable.Box box = null;
            for (RuledTable t : tables) {
                if (t.contains(g.centerX(), g.centerY())) {
                    box = t.boxAt(g.centerX(), g.centerY());
                    break;
                }
            }
            if (box != null) {
                inCells.computeIfAbsent(box, b -> new ArrayList<>()).add(g);
            } else {
                outside.add(g);
            }
        }
        List<Positioned> blocks = new ArrayList<>();
        for (RuledTable t : tables) {
            List<List<String>> rows = gridRows(t, inCells);
            if (!rows.isEmpty()) {
                blocks.add(new Positioned(t.top, new Grid(rows, number, 0, aligned(t, inCells))));
            }
        }
        for (LineAssembler.Line l : LineAssembler.lines(outside)) {
            String text = LineAssembler.text(l, TEXT_CJK_GAP).strip();
            if (!text.isEmpty()) {
                blocks.add(new Positioned(l.top(), new TextLine(TextNormalizer.halfWidth(text), number, 0)));
            }
        }
        blocks.sort(Comparator.comparingDouble(Positioned::top));
        return new Page(number, blocks.stream().map(Positioned::block).toList());
    }

    /**
     * A table cut by a page break has no line under its last row (or over its first): its column
     * lines simply end. Where two or more column lines end at the same height, that height closes
     * the row, so the cut row stays a grid row instead of falling out as loose text.
     */
    static List<Ruling> closingRulings(List<Ruling> vertical) {
        List<Ruling> out = new ArrayList<>();
        for (boolean top : new boolean[] {true, false}) {
            List<Ruling> sorted = new ArrayList<>(vertical);
            sorted.sort(Comparator.comparingDouble(r -> top ? r.getTop() : r.getBottom()));
            int i = 0;
            while (i < sorted.size()) {
                float y = top ? sorted.get(i).getTop() : sorted.get(i).getBottom();
                float minX = Float.MAX_VALUE;
                float maxX = -Float.MAX_VALUE;
                int j = i;
                while (j < sorted.size() && Math.abs((top ? sorted.get(j).getTop() : sorted.get(j).getBottom()) - y) <= 2f) {
                    minX = Math.min(minX, sorted.get(j).getLeft());
                    maxX = Math.max(maxX, sorted.get(j).getLeft());
                    j++;
                }
                if (j - i >= 2 && maxX - minX > 1f) {
                    out.add(new Ruling(new java.awt.geom.Point2D.Float(minX, y), new java.awt.geom.Point2D.Float(maxX, y)));
                }
                i = j;
            }
        }
        return out;
    }

    /**
     * Whether every amount sits in a cell one column wide. A producer that draws no border around
     * empty cells leaves an amount's cell spanning its empty neighbours' slots, and the amount's
     * slot is then only the first of them — not necessarily the column it is printed under.
     */
    static boolean aligned(RuledTable t, Map<RuledTable.Box, List<Glyph>> inCells) {
        boolean[] colStarts = colStarts(t);
        for (RuledTable.Box b : t.boxes) {
            List<Glyph> gs = inCells.get(b);
            if (gs == null || !io.juesuan.normalize.AmountParser.isAmount(TextNormalizer.collapse(LineAssembler.cellText(gs)))) {
                continue;
            }
            int width = 0;
            for (int c = b.col0(); c < b.col1(); c++) {
                width += colStarts[c] ? 1 : 0;
            }
            if (width != 1) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] colStarts(RuledTable t) {
        boolean[] colStarts = new boolean[t.cols()];
        for (RuledTable.Box b : t.boxes) {
            colStarts[b.col0()] = true;
        }
        return colStarts;
    }

    /**
     * Rows of cell strings. A slot column (or row) that starts no drawn cell only exists because of
     * edges elsewhere and is dropped; rows with no text at all are dropped.
     */
    private static List<List<String>> gridRows(RuledTable t, Map<RuledTable.Box, List<Glyph>> inCells) {
        boolean[] colStarts = colStarts(t);
        String[][] slots = new String[t.rows()][t.cols()];
        for (RuledTable.Box b : t.boxes) {
            List<Glyph> gs = inCells.get(b);
            if (gs != null) {
                slots[b.row0()][b.col0()] = TextNormalizer.collapse(LineAssembler.cellText(gs));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            List<String> row = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < t.cols(); c++) {
                if (!colStarts[c]) {
                    continue;
                }
                String s = slots[r][c] == null ? "" : slots[r][c];
                any |= !s.isEmpty();
                row.add(s);
            }
            while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
                row.remove(row.size() - 1);
            }
            if (any) {
                rows.add(row);
            }
        }
        return rows;
    }
}
