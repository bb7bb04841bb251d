package io.juesuan.budget;

import io.juesuan.normalize.AmountParser;
import io.juesuan.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a printed row (a text line, or each cell of a grid row) into codes, labels and amounts.
 * Space-separated renderings keep single spaces between columns and letter-space some labels
 * (本 年 收 入 合 计); runs of single CJK characters are joined back into one label.
 */
final class RowTokenizer {
    private static final Pattern PIECE = Pattern.compile("(\\s*)(\\S+)");
    private static final Pattern CODE = Pattern.compile("\\d{2,3}|\\d{5}|\\d{7}");
    private static final Pattern SINGLE_CJK = Pattern.compile("[\\p{IsHan}]");

    private RowTokenizer() {}

    /** @param keepIndent whether leading spaces are as printed (a text line) or were trimmed (a grid cell) */
    static List<Token> tokens(String text, boolean keepIndent) {
        String s = TextNormalizer.halfWidth(text).stripTrailing();
        List<String> pieces = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        Matcher m = PIECE.matcher(s);
        while (m.find()) {
            gaps.add(m.group(1).length());
            pieces.add(m.group(2));
        }
        List<Token> out = new ArrayList<>();
        boolean previousSingle = false;
        for (int i = 0; i < pieces.size(); i++) {
            String p = pieces.get(i);
            boolean single = p.length() == 1 && SINGLE_CJK.matcher(p).matches();
            if (isCode(pieces, i)) {
                out.add(new Token(Token.Type.CODE, p, -1, null));
            } else if (AmountParser.isAmount(p)) {
                out.add(new Token(Token.Type.MONEY, p, -1, AmountParser.parse(p).orElseThrow()));
            } else {
                Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (single && previousSingle && prev != null && prev.is(Token.Type.LABEL)) {
                    out.set(out.size() - 1, new Token(Token.Type.LABEL, prev.text() + p, prev.indent(), null));
                } else {
                    int indent = -1;
                    if (keepIndent) {
                        boolean afterCode = prev != null && prev.is(Token.Type.CODE);
                        indent = afterCode ? Math.max(0, gaps.get(i) - 1) : (prev == null ? gaps.get(i) : -1);
                    }
                    out.add(new Token(Token.Type.LABEL, p, indent, null));
                }
            }
            previousSingle = single;
        }
        return out;
    }

    /**
     * Code-shaped digits are a code when the run of such pieces ends in a label, or ends the line and
     * is no longer than a split code (类 款 项: three pieces) — not when an amount follows. The run is
     * judged whole, from its first piece: {@code 栏次 10 20 30 40} is four amounts, not an amount and
     * three codes.
     */
    private static boolean isCode(List<String> pieces, int i) {
        if (!CODE.matcher(pieces.get(i)).matches()) {
            return false;
        }
        int start = i;
        while (start > 0 && CODE.matcher(pieces.get(start - 1)).matches()) {
            start--;
        }
        int end = i;
        while (end < pieces.size() && CODE.matcher(pieces.get(end)).matches()) {
            end++;
        }
        return end == pieces.size() ? end - start <= 3 : !AmountParser.isAmount(pieces.get(end));
    }
}
