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

    /** The ruled tables the lines make: the same lattice step for drawn and for detected lines. */
    static List<RuledTable> tables(List<Ruling> horizontalLines, List<Ruling> verticalLines, boolean dropNested) {
        List<Ruling> vertical = Ruling.collapseOrientedRulings(verticalLines);
        List<Ruling> horizontal = new ArrayList<>(horizontalLines);
        horizontal.addAll(closingRulings(vertical, horizontal));
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

    /** The ruled tables of a scanned page: its lines collapsed, cut rows closed, cells found (also for {@link DebugView}). */
    static List<RuledTable> tables(PageScanner page) {
        return tables(page.horizontal, page.vertical, false);
    }

    /**
     * A table cut by a page break has no line under its last row (or over its first): its column
     * lines simply end. Where two or more column lines end at the same height, that height closes
     * the row, so the cut row stays a grid row instead of falling out as loose text.
     */
    static List<Ruling> closingRulings(List<Ruling> vertical) {
        return closingRulings(vertical, List.of());
    }

    /**
     * As above, but no closing line where a drawn line already runs at that height over part of
     * the span: there the column lines end on an inner row line of a header, under a cell that
     * spans both header rows (年初结转和结余 beside 本年支出 | 小计 基本支出 项目支出), and a closing
     * line would cut that cell in two.
     */
    static List<Ruling> closingRulings(List<Ruling> vertical, List<Ruling> horizontal) {
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
                if (j - i >= 2 && maxX - minX > 1f && !drawnAt(horizontal, y, minX, maxX)) {
                    out.add(new Ruling(new java.awt.geom.Point2D.Float(minX, y), new java.awt.geom.Point2D.Float(maxX, y)));
                }
                i = j;
            }
        }
        return out;
    }

    private static boolean drawnAt(List<Ruling> horizontal, float y, float minX, float maxX) {
        for (Ruling h : horizontal) {
            if (Math.abs(h.getPosition() - y) <= 2f && h.getEnd() > minX + 1f && h.getStart() < maxX - 1f) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rows of slot row {@code r} when the table rules only its columns, not its body rows: each
     * column is then one tall cell with every row's text stacked in it. Lines that start with a
     * digit (行次, codes, amounts) mark the rows; where at least two cells hold two or more such
     * lines and every mark lines up with a mark in another column, in four or more rows (the second
     * line of a code or amount wrapped in its cell is no mark), the slot
     * row is split there,
     * every line of every cell going to the row whose marks are nearest (a wrapped name's lines sit
     * around its row's marks). Null when the slot row is an ordinary ruled row.
     */
    static List<Map<RuledTable.Box, String>> unruledRows(RuledTable t, int r, Map<RuledTable.Box, List<Glyph>> inCells) {
        Map<RuledTable.Box, List<LineAssembler.Line>> lines = new java.util.LinkedHashMap<>();
        List<Float> marks = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        int stacked = 0;
        for (RuledTable.Box b : t.boxes) {
            List<Glyph> gs = inCells.get(b);
            if (b.row0() != r || b.row1() != r + 1 || gs == null) {
                continue;
            }
            List<LineAssembler.Line> ls = LineAssembler.lines(gs);
            lines.put(b, ls);
            int numeric = 0;
            String before = null;
            LineAssembler.Line prev = null;
            for (LineAssembler.Line l : ls) {
                heights.add(l.bottom() - l.top());
                String text = LineAssembler.text(l, Float.MAX_VALUE).strip();
                boolean wrapped = prev != null && before != null && !text.isEmpty()
                        && LineAssembler.fills(prev, b.left(), b.right())
                        && LineAssembler.continuesNumber(before.substring(before.lastIndexOf(' ') + 1), text.split(" ", 2)[0]);
                prev = l;
                before = text;
                String first = l.glyphs().get(0).text();
                if (!wrapped && !first.isEmpty() && Character.isDigit(first.charAt(0))) {
                    numeric++;
                    marks.add((l.top() + l.bottom()) / 2);
                }
            }
            if (numeric >= 2) {
                stacked++;
            }
        }
        if (stacked < 2) {
            return null;
        }
        heights.sort(Float::compare);
        float tol = Math.max(1f, heights.get(heights.size() / 2) * 0.5f);
        marks.sort(Float::compare);
        List<Float> centres = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (float m : marks) {
            int last = centres.size() - 1;
            if (last >= 0 && m - centres.get(last) <= tol) {
                int n = counts.get(last);
                centres.set(last, (centres.get(last) * n + m) / (n + 1));
                counts.set(last, n + 1);
            } else {
                centres.add(m);
                counts.add(1);
            }
        }
        if (centres.size() < 4 || counts.stream().anyMatch(n -> n < 2)) {
            // a mark in one column only (a wrapped code's second line, or a row with a code and no
            // amounts) cannot be told from a row of its own: not split, the table's rows_merged
            // warning says it is lost
            return null;
        }
        List<Map<RuledTable.Box, List<Glyph>>> glyphs = new ArrayList<>();
        centres.forEach(c -> glyphs.add(new java.util.LinkedHashMap<>()));
        lines.forEach((b, ls) -> {
            for (LineAssembler.Line l : ls) {
                float y = (l.top() + l.bottom()) / 2;
                int best = 0;
                for (int k = 1; k < centres.size(); k++) {
                    if (Math.abs(centres.get(k) - y) < Math.abs(centres.get(best) - y)) {
                        best = k;
                    }
                }
                glyphs.get(best).computeIfAbsent(b, x -> new ArrayList<>()).addAll(l.glyphs());
            }
        });
        List<Map<RuledTable.Box, String>> out = new ArrayList<>();
        for (Map<RuledTable.Box, List<Glyph>> row : glyphs) {
            Map<RuledTable.Box, String> texts = new java.util.LinkedHashMap<>();
            row.forEach((b, gs) -> texts.put(b, TextNormalizer.collapse(LineAssembler.cellText(gs, b.left(), b.right()))));
            out.add(texts);
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
                slots[b.row0()][b.col0()] = TextNormalizer.collapse(LineAssembler.cellText(gs, b.left(), b.right()));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            List<Map<RuledTable.Box, String>> unruled = unruledRows(t, r, inCells);
            if (unruled != null) {
                for (Map<RuledTable.Box, String> sub : unruled) {
                    String[] cells = new String[t.cols()];
                    sub.forEach((b, text) -> cells[b.col0()] = text);
                    List<String> row = new ArrayList<>();
                    for (int c = 0; c < t.cols(); c++) {
                        if (colStarts[c]) {
                            row.add(cells[c] == null ? "" : cells[c]);
                        }
                    }
                    while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
                        row.remove(row.size() - 1);
                    }
                    if (!row.isEmpty()) {
                        rows.add(row);
                    }
                }
                continue;
            }
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
