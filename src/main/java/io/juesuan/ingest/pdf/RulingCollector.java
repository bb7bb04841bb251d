package io.juesuan.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the table rulings a page draws: stroked axis-parallel lines and rectangle edges, and
 * filled rectangles thin enough to be a line (Excel and WPS draw borders that way). Larger filled
 * rectangles are cell shading, not borders, and are ignored. Also notes whether images are drawn,
 * to tell a scanned page from a blank one.
 */
public final class RulingCollector extends PDFGraphicsStreamEngine {
    /** Thicker than this and a filled rectangle is shading, not a line. */
    private static final float MAX_LINE_WIDTH = 3f;
    /** Shorter than this and a segment is a tick or a glyph part, not a ruling. */
    private static final float MIN_LENGTH = 3f;

    private final float llx;
    private final float lly;
    private final float width;
    private final float height;
    private final int rotation;
    private final List<float[]> path = new ArrayList<>();
    private final List<float[]> rects = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();
    private Point2D.Float subpathStart = new Point2D.Float();
    private boolean imageDrawn;

    public RulingCollector(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        llx = box.getLowerLeftX();
        lly = box.getLowerLeftY();
        width = box.getWidth();
        height = box.getHeight();
        rotation = ((page.getRotation() % 360) + 360) % 360;
    }

    public List<Ruling> collect() throws IOException {
        processPage(getPage());
        return rulings;
    }

    public boolean imageDrawn() {
        return imageDrawn;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = (float) Math.min(p0.getX(), p2.getX());
        float x1 = (float) Math.max(p0.getX(), p2.getX());
        float y0 = (float) Math.min(p0.getY(), p2.getY());
        float y1 = (float) Math.max(p0.getY(), p2.getY());
        rects.add(new float[] {x0, y0, x1, y1});
        current = new Point2D.Float((float) p0.getX(), (float) p0.getY());
        subpathStart = current;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new float[] {current.x, current.y, x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        path.add(new float[] {current.x, current.y, subpathStart.x, subpathStart.y});
        current = subpathStart;
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (float[] s : path) {
            addSegment(s[0], s[1], s[2], s[3]);
        }
        for (float[] r : rects) {
            addSegment(r[0], r[1], r[2], r[1]);
            addSegment(r[0], r[3], r[2], r[3]);
            addSegment(r[0], r[1], r[0], r[3]);
            addSegment(r[2], r[1], r[2], r[3]);
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rects) {
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h <= MAX_LINE_WIDTH && w >= MIN_LENGTH) {
                addSegment(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            } else if (w <= MAX_LINE_WIDTH && h >= MIN_LENGTH) {
                addSegment((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            }
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn; the following n/f/S decides what happens to the path
    }

    /** Text is read by the glyph pass; skipping it here spares loading every font twice. */
    @Override
    public void showTextString(byte[] string) {
        // rulings only
    }

    @Override
    public void showTextStrings(COSArray array) {
        // rulings only
    }

    @Override
    public void drawImage(PDImage pdImage) {
        imageDrawn = true;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shading is decoration
    }

    private void clearPath() {
        path.clear();
        rects.clear();
    }

    private void addSegment(float x0, float y0, float x1, float y1) {
        float[] a = toDisplay(x0, y0);
        float[] b = toDisplay(x1, y1);
        float dx = Math.abs(b[0] - a[0]);
        float dy = Math.abs(b[1] - a[1]);
        if (dy < 1f && dx >= MIN_LENGTH) {
            rulings.add(new Ruling(true, (a[1] + b[1]) / 2, a[0], b[0]));
        } else if (dx < 1f && dy >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (a[0] + b[0]) / 2, a[1], b[1]));
        }
    }

    /**
     * Device space (y up) to display space (y down, page rotation applied), the frame PDFBox's
     * text positions use, so rulings and glyphs can be compared on rotated pages too.
     */
    private float[] toDisplay(float x, float y) {
        float u = x - llx;
        float v = y - lly;
        return switch (rotation) {
            case 90 -> new float[] {v, u};
            case 180 -> new float[] {width - u, v};
            case 270 -> new float[] {height - v, width - u};
            default -> new float[] {u, height - v};
        };
    }
}
