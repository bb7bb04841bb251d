package io.juesuan.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into visual lines (by vertical overlap of their centres) and each line into text in
 * reading order. Spaces are put where the gap is wide, but never between two CJK characters of a
 * cell: letter-spaced names (合 计) and wrapped names must stay one word.
 */
final class LineAssembler {
    /** How many of the latest lines a glyph may join: lines are built top down, so only the last few are near. */
    private static final int RECENT_LINES = 3;
    /** A glyph joins a line when its centre is within this share of the line's half height from the line's middle … */
    private static final float SAME_LINE_OF_LINE = 0.7f;
    /** … or within this share of its own height (a small glyph beside a tall one: a superscript, a punctuation mark). */
    private static final float SAME_LINE_OF_GLYPH = 0.35f;
    /** The least half height (pt) a line is given, so a line of flat glyphs only (a dash, dots) still catches its neighbours. */
    private static final float MIN_HALF_HEIGHT = 1f;
    /** A line of stray quotes joins a line no farther than this many line heights (centre to centre). */
    private static final float STRAY_REACH = 2.5f;
    /** Between two non-CJK glyphs (digits, Latin), a gap wider than this share of the font size is a space. */
    private static final float LATIN_SPACE = 0.25f;
    /** Between a CJK and a non-CJK glyph, a gap wider than this many font sizes is a space (at most; cjkGap if smaller). */
    private static final float MIXED_SPACE = 1.0f;
    /** A line fills its cell when less room is left at either edge than this share of a glyph's size … */
    private static final float FILL_GLYPH = 0.6f;
    /** … plus this padding (pt) between the text and the cell's border. */
    private static final float FILL_PADDING = 4f;

    private LineAssembler() {}

    /** A visual line: its glyphs left to right and its vertical extent. */
    record Line(List<Glyph> glyphs, float top, float bottom) {
        float left() {
            return glyphs.get(0).x();
        }
    }

    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::centerY).thenComparingDouble(Glyph::x));
        List<List<Glyph>> groups = new ArrayList<>();
        List<float[]> extents = new ArrayList<>();
        for (Glyph g : sorted) {
            int hit = -1;
            for (int i = groups.size() - 1; i >= 0 && i >= groups.size() - RECENT_LINES; i--) {
                float[] e = extents.get(i);
                float mid = (e[0] + e[1]) / 2;
                float half = Math.max((e[1] - e[0]) / 2, MIN_HALF_HEIGHT);
                if (Math.abs(g.centerY() - mid) < Math.max(half * SAME_LINE_OF_LINE, g.height() * SAME_LINE_OF_GLYPH)) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                groups.add(new ArrayList<>());
                extents.add(new float[] {g.y(), g.y() + g.height()});
                hit = groups.size() - 1;
            }
            groups.get(hit).add(g);
            float[] e = extents.get(hit);
            e[0] = Math.min(e[0], g.y());
            e[1] = Math.max(e[1], g.y() + g.height());
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Glyph> line = groups.get(i);
            line.sort(Comparator.comparingDouble(Glyph::x));
            out.add(new Line(line, extents.get(i)[0], extents.get(i)[1]));
        }
        out.sort(Comparator.comparingDouble(Line::top));
        return mergeStrayPunctuation(out);
    }

    private static final String STRAY = "“”‘’\"'「」『』";

    /**
     * Some producers draw quotation marks on their own baseline, so “三公” comes out as a line of
     * quotes above a line without them. A line of quotes alone joins the closest line it overlaps.
     */
    private static List<Line> mergeStrayPunctuation(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            Line l = out.get(i);
            if (!l.glyphs().stream().allMatch(g -> STRAY.contains(g.text().strip()) && !g.text().isBlank())) {
                continue;
            }
            int best = -1;
            float bestD = Float.MAX_VALUE;
            float height = Math.max(l.bottom() - l.top(), 1f);
            for (int j = 0; j < out.size(); j++) {
                Line o = out.get(j);
                if (j == i || o.glyphs().get(0).x() > l.glyphs().get(l.glyphs().size() - 1).right()
                        || o.glyphs().get(o.glyphs().size() - 1).right() < l.left()) {
                    continue;
                }
                float d = Math.abs((o.top() + o.bottom()) / 2 - (l.top() + l.bottom()) / 2);
                if (d < bestD && d < STRAY_REACH * Math.max(height, o.bottom() - o.top())) {
                    best = j;
                    bestD = d;
                }
            }
            if (best >= 0) {
                Line o = out.get(best);
                List<Glyph> merged = new ArrayList<>(o.glyphs());
                merged.addAll(l.glyphs());
                merged.sort(Comparator.comparingDouble(Glyph::x));
                out.set(best, new Line(merged, o.top(), o.bottom()));
                out.remove(i);
                i = -1;
            }
        }
        return out;
    }

    /**
     * The text of one line. {@code cjkGap} is the gap (in font sizes) above which even two CJK
     * characters get a space: wide for running text (separating 部门：… from 单位：万元), infinite in cells.
     */
    static String text(Line line, float cjkGap) {
        StringBuilder b = new StringBuilder();
        Glyph prev = null;
        boolean printedSpace = false;
        for (Glyph g : line.glyphs()) {
            if (g.text().isBlank()) {
                printedSpace = prev != null;
                continue;
            }
            if (prev != null && printedSpace && (cjkGap < Float.MAX_VALUE ? prev.isCjk() && g.isCjk() : prev.isCjk() != g.isCjk())) {
                // running text keeps a printed space between CJK characters (columns of an unruled
                // form); a cell keeps one between an enumerator or number and a CJK word (1. 一般公共预算)
                b.append(' ');
            } else if (prev != null) {
                float gap = g.x() - prev.right();
                float size = Math.max(1f, Math.max(prev.fontSize(), prev.height()));
                boolean bothCjk = prev.isCjk() && g.isCjk();
                boolean anyCjk = prev.isCjk() || g.isCjk();
                if ((bothCjk && gap > cjkGap * size) || (!anyCjk && gap > LATIN_SPACE * size)
                        || (anyCjk && !bothCjk && gap > Math.min(cjkGap, MIXED_SPACE) * size)) {
                    b.append(' ');
                }
            }
            b.append(g.text());
            prev = g;
            printedSpace = false;
        }
        return b.toString();
    }

    /** All lines of a cell joined in reading order, no space at a CJK seam. */
    static String cellText(List<Glyph> glyphs) {
        return cellText(glyphs, Float.NaN, Float.NaN);
    }

    /**
     * All lines of a cell joined in reading order, no space at a CJK seam, and none where a code or
     * amount wrapped in a narrow column: a line that fills the cell from its left to its right edge
     * ({@code left}, {@code right}; NaN when unknown) and ends in a digit, continued by a line
     * starting with a digit (20805 / 05 → 2080505, 4,73 / 7.00 → 4,737.00). Amounts stacked in one
     * cell (right-aligned, short of the left edge) stay apart.
     */
    static String cellText(List<Glyph> glyphs, float left, float right) {
        String text = "";
        Line prev = null;
        for (Line l : lines(glyphs)) {
            String part = text(l, Float.MAX_VALUE).strip();
            if (prev != null && !text.isEmpty() && !part.isEmpty() && fills(prev, left, right)
                    && continuesNumber(text.substring(text.lastIndexOf(' ') + 1), part.split(" ", 2)[0])) {
                text = text + part;
            } else {
                text = CjkText.join(text, part);
            }
            prev = l;
        }
        return text;
    }

    private static final java.util.regex.Pattern CODE_HEAD = java.util.regex.Pattern.compile("\\d+");
    private static final java.util.regex.Pattern AMOUNT_HEAD = java.util.regex.Pattern.compile("-?[\\d,]*\\d(\\.\\d?)?|-?[\\d,]*\\d?\\.");
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("-?[\\d,]*\\d\\.\\d{2}");

    /**
     * {@code tail} (the end of the text so far) and {@code head} (the start of the next line) are one
     * number cut in two: a subject code of five or seven digits, or an amount whose first part has
     * not reached its two decimals. Two whole amounts stacked in a cell (515.04 over 111.57) are not.
     */
    static boolean continuesNumber(String tail, String head) {
        if (head.isEmpty() || !(Character.isDigit(head.charAt(0)) || head.charAt(0) == '.' || head.charAt(0) == ',')) {
            return false;
        }
        String joined = tail + head;
        if (CODE_HEAD.matcher(tail).matches() && CODE_HEAD.matcher(head).matches()) {
            // a subject code: 类 of 3 digits, 款 of 5, 项 of 7 (行次 1 over 2 are two numbers)
            return tail.length() >= 3 && (joined.length() == 5 || joined.length() == 7);
        }
        return AMOUNT_HEAD.matcher(tail).matches() && AMOUNT.matcher(joined).matches();
    }

    /** The line spans the cell: less room is left at either edge than one more glyph and the padding. */
    static boolean fills(Line l, float left, float right) {
        if (Float.isNaN(right) || Float.isNaN(left)) {
            return false;
        }
        Glyph last = l.glyphs().get(l.glyphs().size() - 1);
        float size = Math.max(1f, Math.max(last.fontSize(), last.height()));
        float room = FILL_GLYPH * size + FILL_PADDING;
        return right - last.right() < room && l.left() - left < room;
    }
}
