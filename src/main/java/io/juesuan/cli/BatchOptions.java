package io.juesuan.cli;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a batch run was asked to do.
 *
 * @param lockWait how long to wait for another run's lock on the output folder
 * @param maxBytes inputs larger than this are refused before parsing (0 = no limit)
 * @param csv write the CSV exports and data package after the batch
 * @param bom CSVs start with a UTF-8 byte-order mark
 */
public record BatchOptions(Path outDir, int jobs, boolean force, boolean prune, Duration timeout, boolean quiet,
        Duration lockWait, long maxBytes, boolean csv, boolean bom) {
    public static final long DEFAULT_MAX_BYTES = 200L << 20;

    public BatchOptions(Path outDir, int jobs, boolean force, boolean prune, Duration timeout, boolean quiet) {
        this(outDir, jobs, force, prune, timeout, quiet, Duration.ZERO, DEFAULT_MAX_BYTES, false, false);
    }

    public static BatchOptions defaults(Path outDir) {
        return new BatchOptions(outDir, Runtime.getRuntime().availableProcessors(), false, false, Duration.ofSeconds(120), true);
    }

    public BatchOptions withForce(boolean f) {
        return new BatchOptions(outDir, jobs, f, prune, timeout, quiet, lockWait, maxBytes, csv, bom);
    }

    public BatchOptions withTimeout(Duration t) {
        return new BatchOptions(outDir, jobs, force, prune, t, quiet, lockWait, maxBytes, csv, bom);
    }

    public BatchOptions withJobs(int j) {
        return new BatchOptions(outDir, j, force, prune, timeout, quiet, lockWait, maxBytes, csv, bom);
    }

    public BatchOptions withPrune(boolean p) {
        return new BatchOptions(outDir, jobs, force, p, timeout, quiet, lockWait, maxBytes, csv, bom);
    }

    public BatchOptions withLockWait(Duration w) {
        return new BatchOptions(outDir, jobs, force, prune, timeout, quiet, w, maxBytes, csv, bom);
    }

    public BatchOptions withMaxBytes(long m) {
        return new BatchOptions(outDir, jobs, force, prune, timeout, quiet, lockWait, m, csv, bom);
    }

    public BatchOptions withCsv(boolean c, boolean b) {
        return new BatchOptions(outDir, jobs, force, prune, timeout, quiet, lockWait, maxBytes, c, b);
    }
}
