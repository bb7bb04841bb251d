package io.juesuan.cli;

/** Counts of a finished run; the exit code follows from them. */
public record BatchSummary(int ok, int withWarnings, int failed, int skipped) {
    public int exitCode() {
        return failed == 0 ? 0 : 1;
    }

    public int total() {
        return ok + withWarnings + failed + skipped;
    }
}
