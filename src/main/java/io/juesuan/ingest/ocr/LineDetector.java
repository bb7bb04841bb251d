package io.juesuan.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ruling lines in a page image: long runs of ink along rows (horizontal) or columns (vertical),
 * small breaks from noise or JPEG bridged, the runs of adjacent rows of one stroke merged into one
 * line. What a PDF draws as a stroked segment, the scan shows as such a run.
 */
final class LineDetector {
    /** A line in pixels: along {@code from..to} at {@code pos}, covering {@code lo..hi} across. */
    record Line(boolean horizontal, int from, int to, double pos, int lo, int hi) {}

    private LineDetector() {}

    /** Runs of ink along one axis, gaps up to {@code gap} bridged, at least {@code minLength} long. */
    static List<Line> find(boolean[] ink, int width, int height, boolean horizontal, int minLength, int gap, int maxThickness) {
        int lanes = horizontal ? height : width;
        int len = horizontal ? width : height;
        List<int[]> runs = new ArrayList<>(); // lane, from, to
        for (int lane = 0; lane < lanes; lane++) {
            int start = -1;
            int lastInk = -10_000;
            for (int i = 0; i <= len; i++) {
                boolean on = i < len && (horizontal ? ink[lane * width + i] : ink[i * width + lane]);
                if (on) {
                    if (start < 0 || i - lastInk - 1 > gap) {
                        if (start >= 0 && lastInk - start + 1 >= minLength) {
                            runs.add(new int[] {lane, start, lastInk});
                        }
                        start = i;
                    }
                    lastInk = i;
                }
            }
            if (start >= 0 && lastInk - start + 1 >= minLength) {
                runs.add(new int[] {lane, start, lastInk});
            }
        }
        // merge runs of adjacent lanes that overlap along the axis into one stroke
        List<List<int[]>> groups = new ArrayList<>();
        List<int[]> open = new ArrayList<>(); // group index, last lane, from, to
        for (int[] r : runs) {
            int hit = -1;
            for (int[] g : open) {
                if (r[0] - g[1] <= 1 && r[0] != g[1] && Math.min(r[2], g[3]) - Math.max(r[1], g[2]) > 0.5 * Math.min(r[2] - r[1], g[3] - g[2])) {
                    hit = g[0];
                    g[1] = r[0];
                    g[2] = Math.min(g[2], r[1]);
                    g[3] = Math.max(g[3], r[2]);
                    break;
                }
            }
            if (hit < 0) {
                groups.add(new ArrayList<>());
                hit = groups.size() - 1;
                open.add(new int[] {hit, r[0], r[1], r[2]});
            }
            groups.get(hit).add(r);
            int lane = r[0];
            open.removeIf(g -> lane - g[1] > 1);
        }
        List<Line> lines = new ArrayList<>();
        for (List<int[]> g : groups) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            int from = Integer.MAX_VALUE;
            int to = Integer.MIN_VALUE;
            double weighted = 0;
            double total = 0;
            for (int[] r : g) {
                lo = Math.min(lo, r[0]);
                hi = Math.max(hi, r[0]);
                from = Math.min(from, r[1]);
                to = Math.max(to, r[2]);
                weighted += (double) r[0] * (r[2] - r[1] + 1);
                total += r[2] - r[1] + 1;
            }
            if (hi - lo + 1 <= maxThickness) {
                lines.add(new Line(horizontal, from, to, weighted / total, lo, hi));
            }
        }
        lines.sort(Comparator.comparingDouble(Line::pos));
        return lines;
    }
}
