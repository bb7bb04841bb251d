package io.juesuan.ingest;

/** Where a space may go between two pieces of text: never inside CJK text or next to CJK punctuation. */
final class CjkText {
    private CjkText() {}

    static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)
                || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '—' || cp == '…';
    }

    /** Joins two fragments of one cell or line: no space when either side at the seam is CJK. */
    static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        boolean cjkSeam = isCjk(a.codePointBefore(a.length())) || isCjk(b.codePointAt(0));
        return cjkSeam ? a + b : a + " " + b;
    }
}
