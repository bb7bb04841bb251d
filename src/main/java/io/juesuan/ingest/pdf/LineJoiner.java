package io.juesuan.ingest.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into visual lines and lines into text. Spaces are inferred from gaps, never from
 * space glyphs, because producers differ in whether they draw them; CJK neighbours are never
 * separated, so letter-spacing and wrapping do not split Chinese words.
 */
public final class LineJoiner {
    private LineJoiner() {}

    /** Visual lines, top to bottom, each sorted left to right. */
    public static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::centreY).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = null;
        float top = 0;
        float bottom = 0;
        for (Glyph g : sorted) {
            // same line when the glyph's centre falls inside the band of the line so far
            if (current != null && g.centreY() >= top && g.centreY() <= bottom) {
                current.add(g);
                top = Math.min(top, g.top());
                bottom = Math.max(bottom, g.bottom());
                // a tall glyph must not swallow the next line: keep the band near the first glyphs
                continue;
            }
            current = new ArrayList<>();
            current.add(g);
            lines.add(current);
            top = g.top();
            bottom = g.bottom();
        }
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x));
        }
        return lines;
    }

    /**
     * One line's text. A gap wider than a quarter of the font size is a space next to Latin text
     * or digits; between two CJK characters only a gap of a full em is (letter-spaced names such as
     * 因 公 出 国 stay one word), and inside a cell never.
     */
    public static String lineText(List<Glyph> line, boolean inCell) {
        StringBuilder b = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : line) {
            if (g.text().isBlank()) {
                continue;
            }
            if (prev != null) {
                float gap = g.x() - prev.right();
                float size = Math.max(1f, Math.min(prev.fontSize(), g.fontSize()));
                boolean cjkPair = !isAscii(prev.text()) && !isAscii(g.text());
                float threshold = cjkPair ? (inCell ? Float.MAX_VALUE : size) : size * 0.25f;
                if (gap > threshold) {
                    b.append(' ');
                }
            }
            b.append(g.text());
            prev = g;
        }
        return b.toString();
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }

    /** The lines of a cell joined in reading order: no space where either side is not ASCII. */
    public static String cellText(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        for (List<Glyph> line : lines(glyphs)) {
            String t = lineText(line, true).strip();
            if (t.isEmpty()) {
                continue;
            }
            b.replace(0, b.length(), join(b.toString(), t));
        }
        return b.toString();
    }

    /** Two fragments of one cell: a space only between ASCII characters (Latin words, numbers). */
    public static String join(String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        if (second.isEmpty()) {
            return first;
        }
        char last = first.charAt(first.length() - 1);
        char next = second.charAt(0);
        return last < 0x80 && next < 0x80 ? first + " " + second : first + second;
    }
}
