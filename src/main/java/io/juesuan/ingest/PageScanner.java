package io.juesuan.ingest;

import io.juesuan.normalize.IdeographFolding;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import technology.tabula.Ruling;

/**
 * One pass over a page's content stream that collects both what the table stage needs: every
 * glyph with its position (from PDFBox's text rendering matrix) and every straight ruling line
 * (stroked segments and the thin filled rectangles some producers draw borders with). Parsing
 * the page once instead of once for text and once for graphics is what keeps the PDF front-end
 * near the cost of plain text extraction.
 */
final class PageScanner extends PDFGraphicsStreamEngine {
    /** A filled rectangle thinner than this is a drawn line. */
    private static final float THIN = 2.5f;
    /** Glyph box relative to the baseline, in font sizes: most CJK and Latin faces fit in it. */
    static final float ASCENT = 0.85f;

    private final float top;
    private final float left;
    final List<Glyph> glyphs = new ArrayList<>();
    final List<Ruling> horizontal = new ArrayList<>();
    final List<Ruling> vertical = new ArrayList<>();
    /** Glyphs drawn whose code maps to no text at all (no ToUnicode entry, no usable cmap): judged by {@link TextLayerJudge}. */
    int unmapped;
    private final List<float[]> path = new ArrayList<>();
    private final List<float[]> rects = new ArrayList<>();
    private float[] current;
    private float[] subpathStart;

    PageScanner(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        this.top = box.getUpperRightY();
        this.left = box.getLowerLeftX();
    }

    /** The batch's time limit (io.juesuan.Deadline), checked between operators: PDFBox ignores interrupts. */
    @Override
    protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
            List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
        io.juesuan.Deadline.check();
        super.processOperator(operator, operands);
    }

    static PageScanner scan(PDPage page) throws IOException {
        PageScanner s = new PageScanner(page);
        s.processPage(page);
        return s;
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, String unicode, Vector displacement) throws IOException {
        boolean type3 = font instanceof PDType3Font;
        if (!type3) {
            super.showGlyph(trm, font, code, unicode, displacement);
        }
        // a Type 3 glyph's procedure is not run: its paths are letter outlines, not ruling lines
        String text = GlyphText.of(font, code, unicode);
        if (text == null) {
            unmapped++;
            return;
        }
        text = IdeographFolding.fold(text);
        if (type3) {
            glyphs.add(Type3GlyphBox.glyph(text, (PDType3Font) font, trm, displacement, left, top));
            return;
        }
        float size = Math.abs(trm.getScalingFactorY());
        float width = displacement.getX() * trm.getScalingFactorX();
        float x = trm.getTranslateX() - left;
        float baseline = top - trm.getTranslateY();
        glyphs.add(new Glyph(text, x, baseline - ASCENT * size, Math.max(width, 0.1f), size, size));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rects.add(new float[] {(float) p0.getX(), (float) p0.getY(), (float) p2.getX(), (float) p2.getY()});
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        current = new float[] {x, y};
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        if (current != null) {
            path.add(new float[] {current[0], current[1], x, y});
        }
        current = new float[] {x, y};
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new float[] {x3, y3};
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? null : new Point2D.Float(current[0], current[1]);
    }

    @Override
    public void closePath() {
        if (current != null && subpathStart != null) {
            lineTo(subpathStart[0], subpathStart[1]);
        }
    }

    @Override
    public void endPath() {
        reset();
    }

    @Override
    public void strokePath() {
        for (float[] s : path) {
            addRuling(s[0], s[1], s[2], s[3]);
        }
        reset();
    }

    @Override
    public void fillPath(int windingRule) {
        // only thin filled rectangles are lines; large fills are cell or page backgrounds
        for (float[] r : rects) {
            float w = Math.abs(r[2] - r[0]);
            float h = Math.abs(r[3] - r[1]);
            if (h <= THIN && w > h) {
                float y = (r[1] + r[3]) / 2;
                addRuling(Math.min(r[0], r[2]), y, Math.max(r[0], r[2]), y);
            } else if (w <= THIN && h > w) {
                float x = (r[0] + r[2]) / 2;
                addRuling(x, Math.min(r[1], r[3]), x, Math.max(r[1], r[3]));
            }
        }
        reset();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    private void addRuling(float x1, float y1, float x2, float y2) {
        float ax = x1 - left;
        float bx = x2 - left;
        float ay = top - y1;
        float by = top - y2;
        if (Math.abs(ay - by) < 1f && Math.abs(ax - bx) >= 1f) {
            float y = (ay + by) / 2;
            horizontal.add(new Ruling(new Point2D.Float(Math.min(ax, bx), y), new Point2D.Float(Math.max(ax, bx), y)));
        } else if (Math.abs(ax - bx) < 1f && Math.abs(ay - by) >= 1f) {
            float x = (ax + bx) / 2;
            vertical.add(new Ruling(new Point2D.Float(x, Math.min(ay, by)), new Point2D.Float(x, Math.max(ay, by))));
        }
    }

    private void reset() {
        path.clear();
        rects.clear();
        current = null;
        subpathStart = null;
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn lines
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images carry no text; a page of only images is reported as having no text layer
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        // shadings are backgrounds, not rulings
    }
}
