package io.juesuan.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** An 8-bit gray image (0 black, 255 white) with the few operations a scanned page needs. */
final class GrayImage {
    final int width;
    final int height;
    final byte[] px;

    GrayImage(int width, int height, byte[] px) {
        this.width = width;
        this.height = height;
        this.px = px;
    }

    /**
     * The page in gray (luminance). A page with a seal on it (more than {@link #SEAL_SHARE} of its
     * pixels of strong colour: channels more than {@link #CHROMA} apart, which neither black print nor
     * a gray JPEG's colour noise is) is taken by each pixel's lightest channel instead: the luminance
     * makes a red seal a mid gray that the threshold takes for ink over the figures; by the lightest
     * channel it is as light as the paper, and print under it stays darker than the paper around it.
     * (Per page, not per pixel: JPEG keeps colour at half resolution, so a thin seal stroke and the
     * print under it do not look coloured pixel by pixel.) {@code -Docr.sealFilter=false} keeps the
     * luminance.
     */
    static GrayImage of(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_BYTE_GRAY && img.getColorModel().getNumColorComponents() >= 3
                && !"false".equals(System.getProperty("ocr.sealFilter")) && sealed(img)) {
            int w = img.getWidth();
            int h = img.getHeight();
            byte[] out = new byte[w * h];
            int[] line = new int[w];
            for (int y = 0; y < h; y++) {
                img.getRGB(0, y, w, 1, line, 0, w);
                for (int x = 0; x < w; x++) {
                    out[y * w + x] = (byte) lightest(line[x]);
                }
            }
            return new GrayImage(w, h, out);
        }
        BufferedImage gray = img;
        if (img.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var g = gray.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.drawImage(img, 0, 0, null);
            g.dispose();
        }
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        return new GrayImage(gray.getWidth(), gray.getHeight(), data.clone());
    }

    /** Channels further apart than this make a pixel strongly coloured (a seal), not gray print or paper. */
    static final int CHROMA = 80;
    /** The share of strongly coloured pixels from which a page is taken to carry a seal. */
    static final double SEAL_SHARE = 0.0005;

    /** Whether more than {@link #SEAL_SHARE} of the image's pixels are strongly coloured. */
    static boolean sealed(BufferedImage img) {
        int w = img.getWidth();
        int[] line = new int[w];
        long coloured = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            img.getRGB(0, y, w, 1, line, 0, w);
            for (int argb : line) {
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > CHROMA) {
                    coloured++;
                }
            }
        }
        return coloured > SEAL_SHARE * w * img.getHeight();
    }

    /** A pixel's lightest channel, over white where transparent. */
    static int lightest(int argb) {
        int max = Math.max((argb >> 16) & 0xff, Math.max((argb >> 8) & 0xff, argb & 0xff));
        int a = argb >>> 24;
        return (max * a + 255 * (255 - a)) / 255;
    }

    int get(int x, int y) {
        return px[y * width + x] & 0xff;
    }

    BufferedImage toImage() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(px, 0, ((DataBufferByte) img.getRaster().getDataBuffer()).getData(), 0, px.length);
        return img;
    }

    /** Otsu's threshold over the histogram: pixels at or below it are ink. */
    int otsu() {
        long[] hist = new long[256];
        for (byte b : px) {
            hist[b & 0xff]++;
        }
        long total = px.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (double) t * hist[t];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    /** Ink mask at the threshold, isolated specks (no inked 8-neighbour) removed. */
    boolean[] ink(int threshold) {
        boolean[] raw = new boolean[px.length];
        for (int i = 0; i < px.length; i++) {
            raw[i] = (px[i] & 0xff) <= threshold;
        }
        boolean[] out = new boolean[px.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (!raw[i]) {
                    continue;
                }
                int n = 0;
                for (int dy = -1; dy <= 1 && n == 0; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= height) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        if ((dx != 0 || dy != 0) && xx >= 0 && xx < width && raw[yy * width + xx]) {
                            n++;
                            break;
                        }
                    }
                }
                out[i] = n > 0;
            }
        }
        return out;
    }

    /**
     * The skew in radians, from the ink: the angle whose sheared row profile is sharpest (ruled
     * tables and text lines both make it peak). Searched over ±2° in two passes.
     */
    static double skew(boolean[] ink, int width, int height) {
        int count = 0;
        for (boolean b : ink) {
            if (b) {
                count++;
            }
        }
        int step = Math.max(1, count / 400_000);
        int[] xs = new int[count / step + 1];
        int[] ys = new int[xs.length];
        int n = 0;
        int k = 0;
        for (int i = 0; i < ink.length; i++) {
            if (ink[i] && (k++ % step) == 0 && n < xs.length) {
                xs[n] = i % width;
                ys[n] = i / width;
                n++;
            }
        }
        double best = 0;
        double bestScore = -1;
        for (int pass = 0; pass < 2; pass++) {
            double centre = best;
            double range = pass == 0 ? Math.toRadians(2) : Math.toRadians(0.06);
            double inc = pass == 0 ? Math.toRadians(0.05) : Math.toRadians(0.005);
            for (double a = centre - range; a <= centre + range + 1e-12; a += inc) {
                double t = Math.tan(a);
                int margin = (int) Math.ceil(Math.abs(t) * width) + 2;
                long[] hist = new long[height + 2 * margin];
                for (int i = 0; i < n; i++) {
                    int y = (int) Math.round(ys[i] - (xs[i] - width / 2.0) * t) + margin;
                    if (y >= 0 && y < hist.length) {
                        hist[y]++;
                    }
                }
                double score = 0;
                for (long h : hist) {
                    score += (double) h * h;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = a;
                }
            }
        }
        return best;
    }

    /** Rotated by {@code -angle} about the centre (undoing a skew of {@code angle}), bilinear, white fill. */
    GrayImage deskew(double angle) {
        if (Math.abs(angle) < 1e-4) {
            return this;
        }
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double cx = width / 2.0;
        double cy = height / 2.0;
        byte[] out = new byte[px.length];
        for (int y = 0; y < height; y++) {
            double dy = y - cy;
            for (int x = 0; x < width; x++) {
                double dx = x - cx;
                double sx = cx + dx * cos - dy * sin;
                double sy = cy + dx * sin + dy * cos;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                int v;
                if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height) {
                    v = 255;
                } else {
                    double fx = sx - x0;
                    double fy = sy - y0;
                    double a = get(x0, y0) * (1 - fx) + get(x0 + 1, y0) * fx;
                    double b = get(x0, y0 + 1) * (1 - fx) + get(x0 + 1, y0 + 1) * fx;
                    v = (int) Math.round(a * (1 - fy) + b * fy);
                }
                out[y * width + x] = (byte) v;
            }
        }
        return new GrayImage(width, height, out);
    }

    /** The paper's gray: the most frequent value lighter than {@code threshold}. */
    int paper(int threshold) {
        long[] hist = new long[256];
        for (byte b : px) {
            hist[b & 0xff]++;
        }
        int best = 255;
        for (int t = threshold + 1; t < 256; t++) {
            if (hist[t] > hist[best]) {
                best = t;
            }
        }
        return best;
    }

    /**
     * A lighter threshold for thin rules: {@code share} of the way from the text threshold to the
     * paper. A rule of half a point scanned at 150–200 dpi is a pixel wide, and the scanner averages
     * it with the paper into a light gray the text threshold misses.
     */
    int lightThreshold(int threshold, double share) {
        return (int) Math.round(threshold + share * (paper(threshold) - threshold));
    }
}
