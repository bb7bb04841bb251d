package io.juesuan.normalize;

import java.util.regex.Pattern;

/** Normalising printed labels (titles, item names, header cells) for matching against mappings. */
public final class Labels {
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十]+[)）、．.]+|[(（]\\d+[)）]|\\d+[、．.](?!\\d))");
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’'「」『』]");
    private static final Pattern BRACKETED = Pattern.compile("[(（][^()（）]*[)）]");

    private Labels() {}

    /** No spaces, no quotes, half-width brackets: the form titles and header synonyms are written in. */
    public static String key(String s) {
        return QUOTES.matcher(TextNormalizer.squeeze(s)).replaceAll("").replace('（', '(').replace('）', ')');
    }

    /** Like {@link #key} and also without a leading enumerator (一、 (二) 3.). */
    public static String withoutEnumerator(String s) {
        String k = key(s);
        String prev;
        do {
            prev = k;
            k = ENUMERATOR.matcher(k).replaceFirst("");
        } while (!k.equals(prev));
        return k;
    }

    /** Like {@link #withoutEnumerator} and also without bracketed parts, for loose item-name matching. */
    public static String core(String s) {
        return BRACKETED.matcher(withoutEnumerator(s)).replaceAll("");
    }
}
