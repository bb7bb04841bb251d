package io.juesuan.normalize;

/** Small Chinese numerals (一 … 九十九, 〇) as section numbers and ordinals are printed. */
public final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {}

    /** The value of a numeral such as 十三 or 二十六, or -1 when it is not one. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int tenAt = s.indexOf('十');
        if (tenAt < 0) {
            return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
        }
        int tens = tenAt == 0 ? 1 : (tenAt == 1 ? DIGITS.indexOf(s.charAt(0)) : -1);
        int ones = tenAt == s.length() - 1 ? 0 : (tenAt == s.length() - 2 ? DIGITS.indexOf(s.charAt(tenAt + 1)) : -1);
        return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
    }
}
