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

    /**
     * The fragments of one stroke seen apart: a line whose lanes lie within one pixel of a longer
     * line's and whose span lies inside that line's (give or take {@code gap}) is dropped, the longer
     * line taking its lanes. (The runs of a light rule break along one lane, and only the first of
     * them joins the stroke's group.)
     */
    static List<Line> absorbFragments(List<Line> lines, int gap) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingInt((Line l) -> l.to() - l.from()).reversed());
        List<Line> kept = new ArrayList<>();
        for (Line l : sorted) {
            int hit = -1;
            for (int k = 0; k < kept.size(); k++) {
                Line o = kept.get(k);
                if (l.lo() >= o.lo() - 1 && l.hi() <= o.hi() + 1 && l.from() >= o.from() - gap && l.to() <= o.to() + gap) {
                    hit = k;
                    break;
                }
            }
            if (hit < 0) {
                kept.add(l);
            } else {
                Line o = kept.get(hit);
                kept.set(hit, new Line(o.horizontal(), o.from(), o.to(), o.pos(), Math.min(o.lo(), l.lo()), Math.max(o.hi(), l.hi())));
            }
        }
        kept.sort(Comparator.comparingDouble(Line::pos));
        return kept;
    }

    /** How a candidate line looks in the ink: its coverage along its span, and the ink just beside it. */
    record Profile(double coverage, double flank) {}

    /**
     * Along the line's span: the share of positions with ink in its lanes ({@code coverage}), and
     * the share with ink in the lanes {@code 2..reach} pixels beside it, the larger of the two sides
     * ({@code flank}). A rule has ink along it and next to none beside it (where other lines cross
     * it, or text touches it); a row of text has ink over the height of its characters, so beside
     * any one row of it too.
     */
    static Profile profile(boolean[] ink, int width, int height, Line l, int reach) {
        int len = l.to() - l.from() + 1;
        int lanes = l.horizontal() ? height : width;
        int on = 0;
        int before = 0;
        int after = 0;
        for (int i = l.from(); i <= l.to(); i++) {
            if (any(ink, width, l.horizontal(), i, l.lo(), l.hi(), lanes)) {
                on++;
            }
            if (any(ink, width, l.horizontal(), i, l.lo() - reach, l.lo() - 2, lanes)) {
                before++;
            }
            if (any(ink, width, l.horizontal(), i, l.hi() + 2, l.hi() + reach, lanes)) {
                after++;
            }
        }
        return new Profile((double) on / len, (double) Math.max(before, after) / len);
    }

    private static boolean any(boolean[] ink, int width, boolean horizontal, int along, int laneFrom, int laneTo, int lanes) {
        for (int lane = Math.max(0, laneFrom); lane <= Math.min(lanes - 1, laneTo); lane++) {
            if (horizontal ? ink[lane * width + along] : ink[along * width + lane]) {
                return true;
            }
        }
        return false;
    }

    /** A thin straight rule: ink along most of its span, little beside it (see {@link #profile}). */
    static boolean isRule(Profile p) {
        return p.coverage() >= 0.6 && p.flank() <= 0.25 * p.coverage();
    }

    /**
     * Lines found on a lighter ink mask (light, thin rules the text threshold breaks up) that are
     * thin straight rules and not already among {@code found}: those are added. A candidate already
     * found is one whose position lies within {@code near} pixels of a found line that covers most
     * of its span.
     */
    static List<Line> addLight(List<Line> found, List<Line> candidates, boolean[] light, int width, int height, int reach, int near) {
        List<Line> out = new ArrayList<>(found);
        for (Line c : candidates) {
            boolean known = false;
            for (Line f : found) {
                int overlap = Math.min(f.to(), c.to()) - Math.max(f.from(), c.from());
                if (Math.abs(f.pos() - c.pos()) <= near && overlap >= 0.8 * (c.to() - c.from())) {
                    known = true;
                    break;
                }
            }
            if (!known && isRule(profile(light, width, height, c, reach))) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingDouble(Line::pos));
        return out;
    }
}
