package io.juesuan.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on stderr: a live bar with counts and ETA on a terminal, a plain line every few
 * seconds otherwise (logs of schedulers are not terminals and must not fill with bars).
 */
final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean live;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastLine;
    private int done;
    private int failed;
    private int skipped;

    Progress(PrintStream err, int total, boolean terminal, boolean enabled) {
        this.err = err;
        this.total = total;
        this.live = terminal;
        this.enabled = enabled && total > 0;
    }

    synchronized void step(boolean wasFailed, boolean wasSkipped) {
        done++;
        failed += wasFailed ? 1 : 0;
        skipped += wasSkipped ? 1 : 0;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (live) {
            err.print("\r" + line(now));
            if (done == total) {
                err.println();
            }
        } else if (done == total || now - lastLine > 5_000_000_000L) {
            err.println(line(now));
            lastLine = now;
        }
        err.flush();
    }

    /** Clears the bar so that a per-file message prints on its own line. */
    synchronized void interrupt() {
        if (enabled && live && done < total) {
            err.print("\r\033[K");
        }
    }

    private String line(long now) {
        double secs = (now - start) / 1e9;
        double eta = done == 0 ? 0 : secs / done * (total - done);
        int width = 30;
        int filled = (int) Math.round(width * (double) done / total);
        String bar = "=".repeat(filled) + (filled < width ? ">" + " ".repeat(width - filled - 1) : "");
        return String.format(Locale.ROOT, "[%s] %d/%d  failed %d  skipped %d  %.0fs elapsed, ETA %s",
                bar, done, total, failed, skipped, secs, done == total ? "0s" : formatEta(eta));
    }

    private static String formatEta(double s) {
        long t = Math.round(s);
        return t >= 60 ? (t / 60) + "m" + (t % 60) + "s" : t + "s";
    }
}
