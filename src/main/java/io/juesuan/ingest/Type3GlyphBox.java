package io.juesuan.ingest;

import java.awt.geom.Point2D;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The box of a Type 3 glyph (browsers printing CJK text, Ghostscript re-distilling bitmap fonts). A
 * Type 3 font draws in its own glyph space, mapped to text space by its FontMatrix (Skia: 0.001, y
 * pointing down), and its glyphs may be drawn at any scale of that space; the em box of a TrueType
 * glyph says nothing about them. Here the vertical extent comes from the font's FontBBox taken
 * through the FontMatrix and the text rendering matrix (the glyph space's ascent and descent,
 * alike for every glyph of the font as a TrueType em box is, so lines group and centres land in
 * their cells as for TrueType), the advance from the glyph's width as for any font. When the
 * FontBBox is missing, flat or implausible the em box is used.
 *
 * <p>The glyph's procedure is not run (its paths are letter outlines, not rulings), which also keeps
 * PDFBox from concatenating the FontMatrix into the text rendering matrix it hands over.
 */
final class Type3GlyphBox {
    /** A FontBBox taller than this many ems is not the glyphs' extent (some producers write the page size). */
    private static final float MAX_EMS = 3f;

    private Type3GlyphBox() {}

    /**
     * @param trm text space to page space
     * @param displacement the advance in text space
     * @param left the crop box's left edge
     * @param top the crop box's top edge, for top-down page coordinates
     */
    static Glyph glyph(String text, PDType3Font font, Matrix trm, Vector displacement, float left, float top) {
        float em = Math.abs(trm.getScalingFactorY());
        float advance = displacement.getX() * trm.getScalingFactorX();
        float x = trm.getTranslateX() - left;
        float baseline = top - trm.getTranslateY();
        float y = baseline - PageScanner.ASCENT * em;
        float height = em;
        PDRectangle bbox = font.getFontBBox();
        if (bbox != null && bbox.getHeight() != 0) {
            Matrix glyphToPage = font.getFontMatrix().multiply(trm);
            Point2D.Float low = glyphToPage.transformPoint(0, bbox.getLowerLeftY());
            Point2D.Float high = glyphToPage.transformPoint(0, bbox.getUpperRightY());
            float h = Math.abs(high.y - low.y);
            if (h > 0.1f * em && h < MAX_EMS * em) {
                y = top - Math.max(high.y, low.y);
                height = h;
            }
        }
        return new Glyph(text, x, y, Math.max(advance, 0.1f), height, em);
    }
}
