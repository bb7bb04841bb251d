package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;

/** A Type 3 glyph's box: the FontBBox through the FontMatrix and the text matrix, as a browser's Skia fonts need. */
class Type3GlyphBoxTest {
    private static PDType3Font font(float[] matrix, float[] bbox) throws Exception {
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, COSName.FONT);
        d.setItem(COSName.SUBTYPE, COSName.TYPE3);
        d.setItem(COSName.FONT_MATRIX, array(matrix));
        if (bbox != null) {
            d.setItem(COSName.FONT_BBOX, array(bbox));
        }
        return new PDType3Font(d);
    }

    private static COSArray array(float[] v) {
        COSArray a = new COSArray();
        for (float f : v) {
            a.add(new COSFloat(f));
        }
        return a;
    }

    /** Skia: FontMatrix 0.001 with y pointing down, FontBBox from −880 (ascent) to 120 (descent); text at 26 pt. */
    @Test
    void skiaFontBoxFromFontBBox() throws Exception {
        PDType3Font f = font(new float[] {0.001f, 0, 0, -0.001f, 0, 0}, new float[] {0, 120, 1000, -880});
        // text space to page: 26 pt (the browser's Tm and CTM both flip y, so the product is upright), baseline at y=700
        Matrix trm = new Matrix(26, 0, 0, 26, 100, 700);
        Glyph g = Type3GlyphBox.glyph("收", f, trm, new Vector(1, 0), 0, 842);
        assertEquals(100, g.x(), 0.01);
        assertEquals(26, g.width(), 0.01);
        assertEquals(26, g.height(), 0.01);
        // top 0.88 em above the baseline (842 − 700 = 142 from the top)
        assertEquals(142 - 0.88f * 26, g.y(), 0.01);
        assertEquals(26, g.fontSize(), 0.01);
    }

    @Test
    void missingOrFlatFontBBoxFallsBackToTheEmBox() throws Exception {
        Matrix trm = new Matrix(10, 0, 0, 10, 50, 700);
        for (float[] bbox : new float[][] {null, {0, 0, 0, 0}}) {
            PDType3Font f = font(new float[] {0.001f, 0, 0, 0.001f, 0, 0}, bbox);
            Glyph g = Type3GlyphBox.glyph("1", f, trm, new Vector(0.5f, 0), 0, 842);
            assertEquals(5, g.width(), 0.01);
            assertEquals(10, g.height(), 0.01);
            assertEquals(142 - PageScanner.ASCENT * 10, g.y(), 0.01);
        }
    }
}
