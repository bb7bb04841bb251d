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
        return read(page.glyphs, page.horizontal, page.vertical, number, false);
    }

    /** Glyphs and ruling lines from any source (the content stream, or OCR of a page image) into a page. */
    static Page read(List<Glyph> allGlyphs, List<Ruling> horizontalLines, List<Ruling> verticalLines, int number, boolean dropNested) {
        List<Glyph> glyphs = FakeBoldFilter.filter(allGlyphs);
        List<RuledTable> tables = tables(horizontalLines, verticalLines, dropNested);
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
                blocks.add(new Positioned(t.top, new Grid(rows, number, 0)));
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

    /** The ruled tables the lines make: the same lattice step for drawn and for detected lines. */
    static List<RuledTable> tables(List<Ruling> horizontalLines, List<Ruling> verticalLines, boolean dropNested) {
        List<Ruling> vertical = Ruling.collapseOrientedRulings(verticalLines);
        List<Ruling> horizontal = new ArrayList<>(horizontalLines);
        horizontal.addAll(closingRulings(vertical));
        List<RuledTable> tables = RuledTableFinder.find(Ruling.collapseOrientedRulings(horizontal), vertical);
        if (dropNested) {
            // lines found in an image end a little off; the lattice step may then see a strip of a
            // table as a table of its own: a table inside another is that strip
            List<RuledTable> kept = new ArrayList<>();
            for (RuledTable t : tables) {
                boolean inside = tables.stream().anyMatch(o -> o != t && o.left <= t.left + 2 && o.top <= t.top + 2 && o.right >= t.right - 2
                        && o.bottom >= t.bottom - 2 && (o.right - o.left) * (o.bottom - o.top) > (t.right - t.left) * (t.bottom - t.top));
                if (!inside) {
                    kept.add(t);
                }
            }
            return kept;
        }
        return tables;
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
     * Rows of cell strings. A slot column (or row) that starts no drawn cell only exists because of
     * edges elsewhere and is dropped; rows with no text at all are dropped.
     */
    private static List<List<String>> gridRows(RuledTable t, Map<RuledTable.Box, List<Glyph>> inCells) {
        boolean[] colStarts = new boolean[t.cols()];
        for (RuledTable.Box b : t.boxes) {
            colStarts[b.col0()] = true;
        }
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
