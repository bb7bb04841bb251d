package io.juesuan.ingest.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Takes PDFBox's text positions as drawn, before its own line and word heuristics, so that the
 * cell boxes (not the stripper's reading order) decide which characters belong together.
 */
public final class GlyphCollector extends PDFTextStripper {
    private final List<Glyph> glyphs = new ArrayList<>();

    public GlyphCollector() throws IOException {
        super();
    }

    /** Glyphs of one page (1-based), in drawing order. */
    public List<Glyph> collect(PDDocument doc, int pageNumber) throws IOException {
        glyphs.clear();
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        writeText(doc, new StringWriter());
        return new ArrayList<>(glyphs);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String s = t.getUnicode();
        if (s == null || s.isBlank()) {
            return;
        }
        float h = t.getHeightDir();
        float size = Math.abs(t.getFontSizeInPt()) > 0 ? Math.abs(t.getFontSizeInPt()) : h;
        if (h <= 0) {
            h = size;
        }
        // getHeightDir is the cap height: the glyph body reaches below it, so the box is
        // baseline-minus-height to baseline plus a small descent
        float baseline = t.getYDirAdj();
        float top = baseline - h;
        float bottom = baseline + h * 0.15f;
        glyphs.add(new Glyph(s, t.getXDirAdj(), top, Math.max(t.getWidthDirAdj(), 0.1f), bottom, size));
    }
}
