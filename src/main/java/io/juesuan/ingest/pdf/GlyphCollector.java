package io.juesuan.ingest.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Takes PDFBox's text positions as drawn, before its own line and word heuristics, so that the
 * cell boxes (not the stripper's reading order) decide which characters belong together. One pass
 * over the document; each page's glyphs are handed on when the page ends, so only one page of
 * glyphs is held at a time.
 */
public final class GlyphCollector extends PDFTextStripper {
    /** Receives each page with content as it is finished. */
    public interface PageSink {
        void page(int pageNumber, PDPage page, List<Glyph> glyphs) throws IOException;
    }

    private final List<Glyph> glyphs = new ArrayList<>();
    private PageSink sink;

    public GlyphCollector() throws IOException {
        super();
    }

    /** Streams every page that has a content stream to the sink, in page order. */
    public void collect(PDDocument doc, PageSink pageSink) throws IOException {
        this.sink = pageSink;
        writeText(doc, new StringWriter());
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        glyphs.clear();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        sink.page(getCurrentPageNo(), page, new ArrayList<>(glyphs));
        glyphs.clear();
    }

    @Override
    protected void writePage() {
        // the stripper's own text output is not used
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
