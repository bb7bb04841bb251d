package io.juesuan.ingest;

import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text of one drawn glyph when the PDF's ToUnicode map gives none. PDFBox already falls back
 * to a simple font's encoding and glyph names, and to the Adobe-GB1 (CNS1, Japan1, Korea1) UCS-2
 * map for CID fonts whose CIDSystemInfo names that ordering. What it leaves empty is the common
 * re-distilled case: an embedded TrueType (a subset, or a CID font Identity-H without a map) whose
 * only key to the characters is the font's own Unicode cmap. There the glyph id is looked up
 * backwards in that cmap. What still has no text returns null and is counted as unmapped by the
 * page scanner; whether the page's text can be trusted is {@link TextLayerJudge}'s call.
 */
final class GlyphText {
    private GlyphText() {}

    static String of(PDFont font, int code, String unicode) {
        if (unicode != null && !unicode.isEmpty()) {
            return unicode;
        }
        try {
            if (font instanceof PDType0Font t0 && t0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                return fromCmap(cid.getTrueTypeFont(), cid.codeToGID(code));
            }
            if (font instanceof PDTrueTypeFont tt) {
                return fromCmap(tt.getTrueTypeFont(), tt.codeToGID(code));
            }
        } catch (IOException | RuntimeException e) {
            // a damaged font: the glyph stays unmapped
        }
        return null;
    }

    private static String fromCmap(TrueTypeFont ttf, int gid) throws IOException {
        if (ttf == null || gid <= 0) {
            return null;
        }
        CmapLookup cmap = ttf.getUnicodeCmapLookup(true);
        if (cmap == null) {
            return null;
        }
        List<Integer> codes = cmap.getCharCodes(gid);
        if (codes == null || codes.isEmpty()) {
            return null;
        }
        // several code points can share a glyph (a Kangxi radical and its ideograph): prefer the ideograph
        int best = codes.get(0);
        for (int cp : codes) {
            if (cp >= 0x4E00 && cp <= 0x9FFF) {
                best = cp;
                break;
            }
        }
        return Character.toString(best);
    }
}
