package io.juesuan.normalize;

import java.util.regex.Pattern;

/** Character-level clean-up shared by both front-ends and the table stage. */
public final class TextNormalizer {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern CJK_GAP = Pattern.compile("(?<=[\\p{IsHan}（）()“”、])[ ]+(?=[\\p{IsHan}（）()“”、])");

    private TextNormalizer() {}

    /**
     * Full-width digits, Latin letters and a few number-forming signs to ASCII; the ideographic
     * and no-break spaces to a plain space. CJK punctuation such as （ ） ， ： is kept as printed.
     */
    public static String halfWidth(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')
                    || c == '．' || c == '％' || c == '－' || c == '＋' || c == '＜' || c == '＞' || c == '＝') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Collapses runs of white space into one space and trims. */
    public static String collapse(String s) {
        return SPACES.matcher(halfWidth(s)).replaceAll(" ").trim();
    }

    /** Removes every white space: for matching letter-spaced labels such as 合 计 or 项 目. */
    public static String squeeze(String s) {
        return SPACES.matcher(halfWidth(s)).replaceAll("");
    }

    /**
     * Collapses white space and drops the spaces between CJK characters that letter-spacing and
     * line wrapping leave (因 公 出 国 → 因公出国), keeping spaces next to Latin text and digits.
     */
    public static String cleanName(String s) {
        return CJK_GAP.matcher(collapse(s)).replaceAll("");
    }
}
