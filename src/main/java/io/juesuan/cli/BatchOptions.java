package io.juesuan.cli;

import java.nio.file.Path;
import java.time.Duration;

/** What a batch run was asked to do. */
public record BatchOptions(Path outDir, int jobs, boolean force, boolean prune, Duration timeout, boolean quiet) {
    public static BatchOptions defaults(Path outDir) {
        return new BatchOptions(outDir, Runtime.getRuntime().availableProcessors(), false, false, Duration.ofSeconds(120), true);
    }

    public BatchOptions withForce(boolean f) {
        return new BatchOptions(outDir, jobs, f, prune, timeout, quiet);
    }

    public BatchOptions withTimeout(Duration t) {
        return new BatchOptions(outDir, jobs, force, prune, t, quiet);
    }

    public BatchOptions withJobs(int j) {
        return new BatchOptions(outDir, j, force, prune, timeout, quiet);
    }

    public BatchOptions withPrune(boolean p) {
        return new BatchOptions(outDir, jobs, force, p, timeout, quiet);
    }
}
