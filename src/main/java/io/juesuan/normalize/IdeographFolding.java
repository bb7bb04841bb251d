package io.juesuan.normalize;

import java.text.Normalizer;

/**
 * Folds the look-alike code points some producers put in a PDF's text layer back to the unified
 * ideograph a reader sees. Browsers and macOS print CJK fonts whose glyph for 入 is also the Kangxi
 * radical ⼊ (U+2F0A), and their ToUnicode maps then name the radical: 收⼊, ⽀出, ⼀般. Without this
 * no title, label or unit name matches. Applied once per character at ingest, by both front-ends,
 * before anything matches text.
 *
 * <ul>
 *   <li>Kangxi radicals U+2F00–U+2FD5 and CJK compatibility ideographs U+F900–U+FAFF,
 *       U+2F800–U+2FA1F: the JDK's NFKC, which maps every one of them to exactly one unified
 *       ideograph (the compatibility ideographs that are themselves unified, such as 﨑 U+FA11, it
 *       leaves alone, as it should).</li>
 *   <li>CJK radicals supplement U+2E80–U+2EF3: NFKC maps only ⺟ and ⻳, so a table does it — the
 *       Unicode Character Database's EquivalentUnifiedIdeograph.txt (15.0) for that block: ⺠ → 民,
 *       ⻓ → 长, ⻩ → 黄. Forms with no equivalent (⺀, ⺚ …) stay as they are.</li>
 * </ul>
 *
 * NFKC is applied only to those ranges, never to whole strings: it would also turn ① into 1,
 * ㎡ into m2, ㈠ into (一), … into ... and full-width （：， into ASCII, which the later stages read
 * as printed. Full-width digits, letters and the ideographic space stay with
 * {@link TextNormalizer#halfWidth}.
 */
public final class IdeographFolding {
    private static final int RADICALS_FROM = 0x2E80;
    private static final int RADICALS_TO = 0x2FD5;
    private static final int COMPAT_FROM = 0xF900;
    private static final int COMPAT_TO = 0xFAFF;
    private static final int COMPAT_SUPPLEMENT_FROM = 0x2F800;
    private static final int COMPAT_SUPPLEMENT_TO = 0x2FA1F;

    /** CJK radicals supplement → equivalent unified ideograph (EquivalentUnifiedIdeograph.txt, 15.0). */
    private static final int[] SUPPLEMENT = {
            0x2E81, 0x5382, 0x2E82, 0x4E5B, 0x2E83, 0x4E5A, 0x2E84, 0x4E59, 0x2E85, 0x4EBB, 0x2E86, 0x5182,
            0x2E87, 0x20628, 0x2E88, 0x5200, 0x2E89, 0x5202, 0x2E8A, 0x535C, 0x2E8B, 0x353E, 0x2E8C, 0x5C0F,
            0x2E8D, 0x5C0F, 0x2E8E, 0x5140, 0x2E8F, 0x5C23, 0x2E90, 0x5C22, 0x2E91, 0x21BC2, 0x2E92, 0x5DF3,
            0x2E93, 0x5E7A, 0x2E94, 0x5F51, 0x2E95, 0x2B739, 0x2E96, 0x5FC4, 0x2E97, 0x5FC3, 0x2E98, 0x624C,
            0x2E99, 0x6535, 0x2E9B, 0x65E1, 0x2E9C, 0x65E5, 0x2E9D, 0x6708, 0x2E9E, 0x6B7A, 0x2E9F, 0x6BCD,
            0x2EA0, 0x6C11, 0x2EA1, 0x6C35, 0x2EA2, 0x6C3A, 0x2EA3, 0x706C, 0x2EA4, 0x722B, 0x2EA5, 0x722B,
            0x2EA6, 0x4E2C, 0x2EA7, 0x725B, 0x2EA8, 0x72AD, 0x2EA9, 0x738B, 0x2EAA, 0x24D14, 0x2EAB, 0x76EE,
            0x2EAC, 0x793A, 0x2EAD, 0x793B, 0x2EAE, 0x25AD7, 0x2EAF, 0x7CF9, 0x2EB0, 0x7E9F, 0x2EB1, 0x7F53,
            0x2EB2, 0x7F52, 0x2EB3, 0x34C1, 0x2EB4, 0x5197, 0x2EB5, 0x2626B, 0x2EB6, 0x7F8A, 0x2EB7, 0x2634C,
            0x2EB8, 0x2634B, 0x2EB9, 0x8002, 0x2EBA, 0x8080, 0x2EBB, 0x807F, 0x2EBC, 0x8089, 0x2EBD, 0x26951,
            0x2EBE, 0x8279, 0x2EBF, 0x8279, 0x2EC0, 0x8279, 0x2EC1, 0x864E, 0x2EC2, 0x8864, 0x2EC3, 0x8980,
            0x2EC4, 0x897F, 0x2EC5, 0x89C1, 0x2EC6, 0x89D2, 0x2EC7, 0x278B2, 0x2EC8, 0x8BA0, 0x2EC9, 0x8D1D,
            0x2ECA, 0x27FB7, 0x2ECB, 0x8F66, 0x2ECC, 0x8FB6, 0x2ECD, 0x8FB6, 0x2ECE, 0x8FB6, 0x2ECF, 0x9091,
            0x2ED0, 0x9485, 0x2ED1, 0x9577, 0x2ED2, 0x9578, 0x2ED3, 0x957F, 0x2ED4, 0x95E8, 0x2ED5, 0x28E0F,
            0x2ED6, 0x961D, 0x2ED7, 0x96E8, 0x2ED8, 0x9752, 0x2ED9, 0x97E6, 0x2EDA, 0x9875, 0x2EDB, 0x98CE,
            0x2EDC, 0x98DE, 0x2EDD, 0x98DF, 0x2EDE, 0x2967F, 0x2EDF, 0x98E0, 0x2EE0, 0x9963, 0x2EE1, 0x29810,
            0x2EE2, 0x9A6C, 0x2EE3, 0x9AA8, 0x2EE4, 0x9B3C, 0x2EE5, 0x9C7C, 0x2EE6, 0x9E1F, 0x2EE7, 0x5364,
            0x2EE8, 0x9EA6, 0x2EE9, 0x9EC4, 0x2EEA, 0x9EFE, 0x2EEB, 0x6589, 0x2EEC, 0x9F50, 0x2EED, 0x6B6F,
            0x2EEE, 0x9F7F, 0x2EEF, 0x7ADC, 0x2EF0, 0x9F99, 0x2EF1, 0x9F9C, 0x2EF2, 0x4E80, 0x2EF3, 0x9F9F,
    };

    /** Target code point per source code point of each range, 0 where the character stays. */
    private static final int[] RADICALS = new int[RADICALS_TO - RADICALS_FROM + 1];
    private static final int[] COMPAT = new int[COMPAT_TO - COMPAT_FROM + 1];
    private static final int[] COMPAT_SUPPLEMENT = new int[COMPAT_SUPPLEMENT_TO - COMPAT_SUPPLEMENT_FROM + 1];

    static {
        for (int i = 0; i < SUPPLEMENT.length; i += 2) {
            RADICALS[SUPPLEMENT[i] - RADICALS_FROM] = SUPPLEMENT[i + 1];
        }
        fillByNfkc(RADICALS, 0x2F00, RADICALS_TO, RADICALS_FROM);
        fillByNfkc(COMPAT, COMPAT_FROM, COMPAT_TO, COMPAT_FROM);
        fillByNfkc(COMPAT_SUPPLEMENT, COMPAT_SUPPLEMENT_FROM, COMPAT_SUPPLEMENT_TO, COMPAT_SUPPLEMENT_FROM);
    }

    private IdeographFolding() {}

    /** Keeps an NFKC result only when it is one ideograph: every Kangxi radical and compatibility ideograph maps so. */
    private static void fillByNfkc(int[] table, int from, int to, int base) {
        for (int cp = from; cp <= to; cp++) {
            String nfkc = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
            if (nfkc.codePointCount(0, nfkc.length()) == 1 && nfkc.codePointAt(0) != cp
                    && Character.UnicodeScript.of(nfkc.codePointAt(0)) == Character.UnicodeScript.HAN) {
                table[cp - base] = nfkc.codePointAt(0);
            }
        }
    }

    /** The unified ideograph for {@code cp}, or {@code cp} itself. */
    public static int fold(int cp) {
        int to = 0;
        if (cp >= RADICALS_FROM && cp <= RADICALS_TO) {
            to = RADICALS[cp - RADICALS_FROM];
        } else if (cp >= COMPAT_FROM && cp <= COMPAT_TO) {
            to = COMPAT[cp - COMPAT_FROM];
        } else if (cp >= COMPAT_SUPPLEMENT_FROM && cp <= COMPAT_SUPPLEMENT_TO) {
            to = COMPAT_SUPPLEMENT[cp - COMPAT_SUPPLEMENT_FROM];
        }
        return to == 0 ? cp : to;
    }

    /** {@code s} with every foldable character folded; the same instance when there is none (the common case). */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !candidate(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            b.appendCodePoint(fold(cp));
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** A UTF-16 unit that may start a foldable character (U+2F800–U+2FA1F all have the high surrogate D87E). */
    private static boolean candidate(char c) {
        return (c >= RADICALS_FROM && c <= RADICALS_TO) || (c >= COMPAT_FROM && c <= COMPAT_TO) || c == '\uD87E';
    }
}
