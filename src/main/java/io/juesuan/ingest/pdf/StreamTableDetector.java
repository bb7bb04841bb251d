package io.juesuan.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fallback for tables drawn without column rulings: a run of text lines split into chunks by wide
 * gaps, whose chunks stack into at least three column bands and which carries amounts, is read as
 * a grid. Deliberately conservative: a paragraph, a 目录 line with a page number, or a caption with
 * a label on the right must stay text, so only blocks of three or more such lines qualify.
 */
public final class StreamTableDetector {
    /** A gap this many font sizes wide separates columns; CJK letter-spacing stays below one. */
    private static final float COLUMN_GAP = 1.5f;
    private static final int MIN_LINES = 3;
    private static final int MIN_COLUMNS = 3;
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?%?");

    private StreamTableDetector() {}

    /** A detected table: the lines it consumed (indexes into the input) and its rows. */
    public record StreamTable(int firstLine, int lastLine, float top, List<List<String>> rows) {}

    public static List<StreamTable> detect(List<List<Glyph>> lines) {
        List<List<List<Glyph>>> chunked = new ArrayList<>();
        for (List<Glyph> line : lines) {
            chunked.add(chunks(line));
        }
        List<StreamTable> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && chunked.get(j).size() >= 2 && (j == i || adjacent(lines.get(j - 1), lines.get(j)))) {
                j++;
            }
            if (j - i >= MIN_LINES) {
                StreamTable t = build(chunked.subList(i, j), i, lines.get(i));
                if (t != null) {
                    tables.add(t);
                }
            }
            i = Math.max(j, i + 1);
        }
        return tables;
    }

    private static StreamTable build(List<List<List<Glyph>>> block, int first, List<Glyph> firstLine) {
        List<float[]> bands = new ArrayList<>();
        for (List<List<Glyph>> line : block) {
            for (List<Glyph> chunk : line) {
                addBand(bands, left(chunk), right(chunk));
            }
        }
        bands.sort((a, b) -> Float.compare(a[0], b[0]));
        int withAmounts = 0;
        List<List<String>> rows = new ArrayList<>();
        for (List<List<Glyph>> line : block) {
            List<String> row = new ArrayList<>();
            for (int b = 0; b < bands.size(); b++) {
                row.add("");
            }
            boolean amount = false;
            for (List<Glyph> chunk : line) {
                int b = bandOf(bands, left(chunk), right(chunk));
                String text = LineJoiner.lineText(chunk, true).strip();
                row.set(b, LineJoiner.join(row.get(b), text));
                amount |= AMOUNT.matcher(text).matches();
            }
            withAmounts += amount ? 1 : 0;
            while (!row.isEmpty() && row.get(row.size() - 1).isEmpty()) {
                row.remove(row.size() - 1);
            }
            rows.add(row);
        }
        if (bands.size() < MIN_COLUMNS || withAmounts * 2 < block.size()) {
            return null;
        }
        float top = (float) firstLine.stream().mapToDouble(Glyph::top).min().orElse(0);
        return new StreamTable(first, first + block.size() - 1, top, rows);
    }

    /** Merges the chunk's x-range into the band it overlaps, joining bands it bridges. */
    private static void addBand(List<float[]> bands, float l, float r) {
        float[] merged = {l, r};
        for (int k = bands.size() - 1; k >= 0; k--) {
            float[] b = bands.get(k);
            if (b[0] <= merged[1] && merged[0] <= b[1]) {
                merged[0] = Math.min(merged[0], b[0]);
                merged[1] = Math.max(merged[1], b[1]);
                bands.remove(k);
            }
        }
        bands.add(merged);
    }

    private static int bandOf(List<float[]> bands, float l, float r) {
        for (int k = 0; k < bands.size(); k++) {
            if (bands.get(k)[0] <= r && l <= bands.get(k)[1]) {
                return k;
            }
        }
        return bands.size() - 1;
    }

    private static boolean adjacent(List<Glyph> upper, List<Glyph> lower) {
        float upperBottom = (float) upper.stream().mapToDouble(Glyph::bottom).max().orElse(0);
        float lowerTop = (float) lower.stream().mapToDouble(Glyph::top).min().orElse(0);
        float size = (float) lower.stream().mapToDouble(Glyph::fontSize).max().orElse(10);
        return lowerTop - upperBottom < 2 * size;
    }

    static List<List<Glyph>> chunks(List<Glyph> line) {
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null && g.x() - prev.right() > COLUMN_GAP * Math.max(1f, Math.min(prev.fontSize(), g.fontSize()))) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(g);
            prev = g;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static float left(List<Glyph> chunk) {
        return chunk.get(0).x();
    }

    private static float right(List<Glyph> chunk) {
        return chunk.get(chunk.size() - 1).right();
    }
}
