package io.juesuan.ingest;

import java.util.List;

/**
 * Says whether a page's text layer can be read as the text of a Chinese report. A PDF re-distilled
 * through a printer driver or Ghostscript often keeps its glyphs but loses or garbles the map from
 * glyphs to characters: 支出 comes out as 支û, 单位： as 单Oÿ, whole pages as dingbats (✭✩➣) or as
 * glyphs with no character at all. Such text must never reach the table stage, where it would
 * become wrong labels and a wrong unit name; the page is treated as a page without text (left for
 * OCR) instead.
 *
 * <p>A glyph is suspect when it cannot occur in these reports: drawn with no character (no map and
 * no usable cmap), U+FFFD, private-use or control codes, letters of Latin-1 and Latin Extended,
 * Greek, Cyrillic, dingbats and the other scripts and symbol blocks a report never prints; or a
 * lone ASCII letter or bar between two ideographs (单O位, 局q级), which a wrong map produces and
 * Chinese typesetting does not. A page is undecodable when suspects are more than a small share of
 * its glyphs; single stray symbols (a ✓ in a form, a Greek Δ) stay far below it.
 */
final class TextLayerJudge {
    /** Share of suspect glyphs above which a page's text is not trusted. */
    static final double MAX_SUSPECT_SHARE = 0.05;
    /** Fewer suspects than this never condemn a page (a cover with one odd symbol). */
    static final int MIN_SUSPECTS = 4;

    private TextLayerJudge() {}

    /** Suspect glyphs and all glyphs of a page, for tests and the reason. */
    record Count(int suspects, int glyphs) {
        boolean undecodable() {
            return suspects >= MIN_SUSPECTS && suspects > MAX_SUSPECT_SHARE * glyphs;
        }
    }

    static boolean undecodable(List<Glyph> glyphs, int unmapped) {
        return count(glyphs, unmapped).undecodable();
    }

    static Count count(List<Glyph> glyphs, int unmapped) {
        int suspects = unmapped;
        int total = unmapped;
        // glyphs arrive in drawing order, which is reading order within a run of text
        for (int i = 0; i < glyphs.size(); i++) {
            String t = glyphs.get(i).text();
            if (t.isBlank()) {
                continue;
            }
            total++;
            int cp = t.codePointAt(0);
            if (!belongs(cp) || (isLoneLatin(cp) && i > 0 && i + 1 < glyphs.size()
                    && isIdeograph(glyphs.get(i - 1).text()) && isIdeograph(glyphs.get(i + 1).text()))) {
                suspects++;
            }
        }
        return new Count(suspects, total);
    }

    private static boolean isLoneLatin(int cp) {
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp == '|' || cp == '^' || cp == '`' || cp == '~';
    }

    private static boolean isIdeograph(String t) {
        return !t.isEmpty() && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /** Characters a Chinese budget report prints. */
    static boolean belongs(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return true;
        }
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
            return true;
        }
        return switch (Character.UnicodeBlock.of(cp) == null ? "" : Character.UnicodeBlock.of(cp).toString()) {
            case "CJK_SYMBOLS_AND_PUNCTUATION", "HALFWIDTH_AND_FULLWIDTH_FORMS", "CJK_COMPATIBILITY",
                    "ENCLOSED_CJK_LETTERS_AND_MONTHS", "ENCLOSED_ALPHANUMERICS", "GENERAL_PUNCTUATION",
                    "NUMBER_FORMS", "LETTERLIKE_SYMBOLS", "MATHEMATICAL_OPERATORS", "ARROWS",
                    "GEOMETRIC_SHAPES", "BOX_DRAWING", "CJK_COMPATIBILITY_FORMS", "VERTICAL_FORMS",
                    "SMALL_FORM_VARIANTS", "SUPERSCRIPTS_AND_SUBSCRIPTS", "MISCELLANEOUS_SYMBOLS",
                    "BOPOMOFO", "CJK_STROKES", "KANGXI_RADICALS", "CJK_RADICALS_SUPPLEMENT" -> true;
            // Latin-1: its symbols (° ± × ÷ · ² ³ µ ¥ §) are printed, its letters (ÿ û Ð) are a wrong map
            case "LATIN_1_SUPPLEMENT" -> cp >= 0xA0 && cp <= 0xBF || cp == 0xD7 || cp == 0xF7;
            // ✓ ✔ ✗ ✘ tick a form; the rest of the dingbats are a map gone wrong
            case "DINGBATS" -> cp >= 0x2713 && cp <= 0x2718;
            default -> false;
        };
    }
}
