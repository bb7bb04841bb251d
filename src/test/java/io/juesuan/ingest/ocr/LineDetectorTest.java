package io.juesuan.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The geometry decisions of the line finder on small hand-made images. */
class LineDetectorTest {
    private static final int W = 200;
    private static final int H = 60;

    /** A white image with a 1-pixel gray line at row y from x0 to x1, broken every {@code period} pixels for {@code breakLen}. */
    private static GrayImage brokenLine(int y, int x0, int x1, int gray, int period, int breakLen) {
        byte[] px = new byte[W * H];
        java.util.Arrays.fill(px, (byte) 250);
        for (int x = x0; x <= x1; x++) {
            if ((x - x0) % period >= breakLen) {
                px[y * W + x] = (byte) gray;
            }
        }
        return new GrayImage(W, H, px);
    }

    /** A band of "characters": blocks 10 px wide and {@code h} high, 3 px apart, strokes every other row. */
    private static void textBand(byte[] px, int top, int h, int x0, int x1, int gray) {
        for (int x = x0; x + 10 <= x1; x += 13) {
            for (int y = top; y < top + h; y++) {
                for (int dx = 0; dx < 10; dx++) {
                    if ((y - top) % 2 == 0 || dx % 4 == 0) {
                        px[y * W + x + dx] = (byte) gray;
                    }
                }
            }
        }
    }

    @Test
    void aBrokenOnePixelGrayLineIsFoundOnTheLightThresholdAndIsARule() {
        GrayImage img = brokenLine(30, 10, 189, 200, 12, 3);
        int dark = 128;
        assertEquals(List.of(), LineDetector.find(img.ink(dark), W, H, true, 100, 2, 3), "the text threshold misses it");
        int light = img.lightThreshold(dark, 0.6);
        assertTrue(light > 200, "light threshold " + light);
        boolean[] ink = img.ink(light);
        List<LineDetector.Line> found = LineDetector.find(ink, W, H, true, 100, 4, 3);
        assertEquals(1, found.size(), found.toString());
        LineDetector.Line l = found.get(0);
        assertEquals(30, l.pos(), 0.01);
        assertTrue(l.from() <= 13 && l.to() >= 189, l.toString());
        LineDetector.Profile p = LineDetector.profile(ink, W, H, l, 5);
        assertTrue(LineDetector.isRule(p), p.toString());
        assertEquals(List.of(l), LineDetector.addLight(List.of(), found, ink, W, H, 5, 3));
    }

    @Test
    void aRowOfTextIsNoRuleThoughItsStrokesMakeALongRun() {
        byte[] px = new byte[W * H];
        java.util.Arrays.fill(px, (byte) 250);
        textBand(px, 20, 14, 10, 190, 60);
        GrayImage img = new GrayImage(W, H, px);
        boolean[] ink = img.ink(img.lightThreshold(128, 0.6));
        // one stroke row of the band, as a run the text threshold's line finder can make of it
        LineDetector.Line stroke = new LineDetector.Line(true, 10, 189, 26, 26, 26);
        LineDetector.Profile p = LineDetector.profile(ink, W, H, stroke, 5);
        assertTrue(p.coverage() > 0.6, p.toString());
        assertFalse(LineDetector.isRule(p), p.toString());
        List<LineDetector.Line> runs = LineDetector.find(ink, W, H, true, 100, 4, 3);
        assertEquals(List.of(), LineDetector.addLight(List.of(), runs, ink, W, H, 5, 3), runs.toString());
        assertEquals(List.of(), LineDetector.addLight(List.of(), List.of(stroke), ink, W, H, 5, 3));
    }

    @Test
    void aRuleWithTextCloseAboveAndNoiseAroundIsStillARule() {
        GrayImage img = brokenLine(40, 5, 194, 190, 20, 4);
        textBand(img.px, 24, 12, 20, 120, 60); // text ending 4 px above the rule
        Random r = new Random(7);
        for (int i = 0; i < img.px.length; i++) {
            int v = (img.px[i] & 0xff) + (int) Math.round(r.nextGaussian() * 6);
            img.px[i] = (byte) Math.max(0, Math.min(255, v));
        }
        boolean[] ink = img.ink(img.lightThreshold(128, 0.6));
        List<LineDetector.Line> rules = LineDetector.addLight(List.of(), LineDetector.find(ink, W, H, true, 100, 4, 3), ink, W, H, 3, 3);
        assertEquals(1, rules.size(), rules.toString());
        assertEquals(40, rules.get(0).pos(), 1);
    }

    @Test
    void aLineAlreadyFoundIsNotAddedTwiceButAPartTheTextThresholdLostIs() {
        LineDetector.Line found = new LineDetector.Line(true, 10, 100, 30, 30, 30);
        LineDetector.Line same = new LineDetector.Line(true, 12, 98, 31, 31, 31);
        LineDetector.Line other = new LineDetector.Line(true, 110, 189, 30, 30, 30);
        boolean[] ink = new boolean[W * H];
        for (int x = 10; x < 190; x++) {
            ink[30 * W + x] = true;
            ink[31 * W + x] = true;
        }
        List<LineDetector.Line> out = LineDetector.addLight(List.of(found), List.of(same, other), ink, W, H, 5, 3);
        assertEquals(List.of(found, other), out);
    }

    @Test
    void fragmentsAlongALineAreAbsorbedButAParallelLineAndTwoLinesAlmostMeetingStay() {
        LineDetector.Line main = new LineDetector.Line(true, 10, 190, 31, 30, 32);
        LineDetector.Line piece = new LineDetector.Line(true, 50, 80, 29, 29, 29);
        LineDetector.Line next = new LineDetector.Line(true, 10, 190, 45, 45, 45);
        // two lines of one row almost meeting end to end (a merged cell's border): both kept
        LineDetector.Line left = new LineDetector.Line(true, 10, 95, 55, 55, 55);
        LineDetector.Line right = new LineDetector.Line(true, 98, 190, 55, 55, 55);
        List<LineDetector.Line> out = LineDetector.absorbFragments(List.of(piece, main, next, left, right), 3);
        assertEquals(4, out.size(), out.toString());
        assertEquals(new LineDetector.Line(true, 10, 190, 31, 29, 32), out.get(0));
        assertTrue(out.contains(next) && out.contains(left) && out.contains(right));
    }

    @Test
    void theLightThresholdLiesBetweenTheTextThresholdAndThePaper() {
        GrayImage img = brokenLine(30, 10, 189, 40, 50, 0);
        assertEquals(250, img.paper(128));
        assertEquals(128 + (int) Math.round(0.5 * (250 - 128)), img.lightThreshold(128, 0.5));
    }

    @Test
    void aRedSealOnAColourPageIsPaperButThePrintUnderItStaysInk() {
        java.awt.image.BufferedImage rgb = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 40, 20);
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(0, 0, 10, 20); // print
        g.setColor(new java.awt.Color(220, 30, 30, 170)); // the seal, half over the print
        g.fillRect(5, 0, 35, 20);
        g.dispose();
        assertTrue(GrayImage.sealed(rgb));
        GrayImage img = GrayImage.of(rgb);
        assertTrue(img.get(2, 10) < 30, "print " + img.get(2, 10));
        assertTrue(img.get(20, 10) > 200, "seal over paper " + img.get(20, 10));
        assertTrue(img.get(7, 10) < 160, "print under the seal " + img.get(7, 10));
    }

    @Test
    void aGrayPageInColourIsReadByItsLuminance() {
        java.awt.image.BufferedImage rgb = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(new java.awt.Color(250, 248, 252));
        g.fillRect(0, 0, 40, 20);
        g.setColor(new java.awt.Color(20, 28, 22));
        g.fillRect(0, 0, 10, 20);
        g.dispose();
        assertFalse(GrayImage.sealed(rgb));
        GrayImage img = GrayImage.of(rgb);
        assertTrue(img.get(2, 10) < 40 && img.get(20, 10) > 240, img.get(2, 10) + " " + img.get(20, 10));
    }
}
