package io.juesuan.cli;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Counts of a finished run; the exit code follows from them. Check and warning counts are over
 * every input of the run that has a report, skipped (unchanged) ones included, from their manifest rows.
 */
public record BatchSummary(int ok, int withWarnings, int failed, int skipped, int withFailedChecks,
        long checksPassed, long checksFailed, long checksSkipped, long independentPassed, long independentFailed,
        long warningsLoss, long warningsDoubt, long warningsInfo, Path outDir) {

    public BatchSummary(int ok, int withWarnings, int failed, int skipped) {
        this(ok, withWarnings, failed, skipped, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }

    public int exitCode() {
        return failed == 0 ? 0 : 1;
    }

    /** Inputs extracted in this run, whatever their status but failed. */
    public int extracted() {
        return ok + withWarnings + withFailedChecks;
    }

    public int total() {
        return ok + withWarnings + withFailedChecks + failed + skipped;
    }

    /** The run's summary line (stderr). */
    public String line() {
        return String.format(Locale.ROOT,
                "%d inputs: %d ok, %d ok with warnings, %d ok with failed checks, %d failed, %d unchanged (skipped);"
                        + " checks %d passed (%d independent), %d failed (%d independent), %d skipped;"
                        + " warnings %d loss, %d doubt, %d info; output in %s",
                total(), ok, withWarnings, withFailedChecks, failed, skipped, checksPassed, independentPassed, checksFailed,
                independentFailed, checksSkipped, warningsLoss, warningsDoubt, warningsInfo,
                outDir == null ? "?" : outDir.toAbsolutePath().normalize());
    }
}
