package io.juesuan.sections;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Running text back into paragraphs, the same way for both front-ends. Neither front-end keeps a
 * line's x-extent, so the right margin is estimated from the lines themselves: where many lines of a
 * block are about equally wide, that width is the margin (a PDF or a pdftotext rendering wraps there);
 * where they are not (a text rendering with one paragraph per line) there is no margin.
 *
 * <p>A line ends a paragraph when the next line starts a numbered heading ((一) / 一、 / 1. / (1)),
 * when it is a short numbered heading (no sentence punctuation, ending in 情况/说明/结果/…), when a
 * table (grid) comes between it and the next line, or when it ends a sentence (。！？) and does
 * not reach the margin. A colon or semicolon at a line's end does not end it: "自评综述：" and
 * "一是…；" go on with what follows, and a numbered next line breaks anyway. A page break ends
 * nothing, and a line ending mid-sentence ("支出决算为") always continues, so a figure split over
 * two lines reads whole.
 */
public final class Reflow {
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*(?:[(（][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\\d{1,2}(?:[、．]|\\.(?!\\d))|第[一二三四五六七八九十]+部分)");
    /** How a numbered heading line ends ("（一）财政拨款收支与2022年度决算对比情况", "（二）…结果（如有）"). */
    private static final Pattern HEADING_END = Pattern.compile("(?:情况|说明|结果|概况|职责|构成|设置|情况表|[)）])$");
    private static final String ENDS = "。！!？?";

    private Reflow() {}

    /** One printed line and whether a table separates it from the line before. */
    public record Line(String text, boolean afterGrid) {}

    /** Paragraphs of {@code lines}, each joined with no break. */
    public static List<String> paragraphs(List<Line> lines, double margin) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!cur.isEmpty()) {
                join(cur, t);
            } else {
                cur.append(t);
            }
            boolean last = i + 1 == lines.size();
            if (last || endsParagraph(t, lines.get(i + 1), margin)) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    /** Convenience: paragraphs of plain lines (no grids between them). */
    public static List<String> paragraphsOf(List<String> lines) {
        return paragraphs(lines.stream().map(l -> new Line(l, false)).toList(), margin(lines));
    }

    private static boolean endsParagraph(String line, Line next, double margin) {
        if (next.afterGrid() || NUMBERED.matcher(next.text()).find()) {
            return true;
        }
        boolean full = margin > 0 && width(line) >= margin - 1.5;
        if (!full && width(line) <= 40 && NUMBERED.matcher(line).find() && HEADING_END.matcher(line).find()
                && line.chars().noneMatch(c -> "。，,；;".indexOf(c) >= 0)) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        return ENDS.indexOf(last) >= 0 && !full;
    }

    private static void join(StringBuilder cur, String next) {
        char a = cur.charAt(cur.length() - 1);
        char b = next.charAt(0);
        if (isLatin(a) && isLatin(b)) {
            cur.append(' ');
        }
        cur.append(next);
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Display width in em: CJK and full-width forms 1, everything else ½. */
    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c < 0x2E80 ? 0.5 : 1;
        }
        return w;
    }

    /**
     * The wrapping width: the widest width (in em, to ±1.5) that at least three lines and a fifth
     * of the long lines reach, or 0 when the lines are not wrapped at a common width.
     */
    public static double margin(List<String> lines) {
        double[] ws = lines.stream().mapToDouble(l -> width(l.strip())).filter(w -> w >= 12).sorted().toArray();
        if (ws.length < 3) {
            return 0;
        }
        for (int i = ws.length - 1; i >= 2; i--) {
            double top = ws[i];
            final int idx = i;
            long near = Arrays.stream(ws).filter(w -> w <= top && w >= top - 3).count();
            if (near >= 3 && near * 5 >= ws.length) {
                return top;
            }
            if (idx < ws.length * 0.5) {
                break;
            }
        }
        return 0;
    }
}
