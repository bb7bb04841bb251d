package io.juesuan.output;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.juesuan.model.Check;
import io.juesuan.model.Report;
import io.juesuan.model.Severity;
import io.juesuan.model.Warning;
import java.util.List;

/**
 * One input of a run.
 *
 * @param input the input's absolute real path (symbolic links resolved): the key of the row
 * @param status see {@link Status}
 * @param output the JSON written, relative to the output folder (null when failed)
 * @param checksPassed checks of the report with status pass (and likewise failed / skipped)
 * @param independentPassed passed checks whose basis is {@code independent} (their pass is evidence)
 * @param warningsLoss warnings of severity loss (and likewise doubt / info)
 */
@JsonPropertyOrder({"input", "sha256", "status", "reason", "output", "format", "pages", "warnings", "millis", "toolVersion",
    "checksPassed", "checksFailed", "checksSkipped", "independentPassed", "independentFailed",
    "warningsLoss", "warningsDoubt", "warningsInfo"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(String input, String sha256, ManifestEntry.Status status, String reason, String output,
        String format, Integer pages, Integer warnings, Long millis, String toolVersion,
        Integer checksPassed, Integer checksFailed, Integer checksSkipped, Integer independentPassed, Integer independentFailed,
        Integer warningsLoss, Integer warningsDoubt, Integer warningsInfo) {
    /** What became of an input; written as {@code ok}, {@code ok-with-warnings}, {@code ok-with-failed-checks}, {@code failed}. */
    public enum Status implements io.juesuan.model.JsonEnum {
        OK,
        OK_WITH_WARNINGS,
        OK_WITH_FAILED_CHECKS,
        FAILED;

        @Override
        public String json() {
            return io.juesuan.model.JsonEnum.super.json().replace('_', '-');
        }
    }

    /** A row without counts (a failed input). */
    public ManifestEntry(String input, String sha256, Status status, String reason, String output,
            String format, Integer pages, Integer warnings, Long millis, String toolVersion) {
        this(input, sha256, status, reason, output, format, pages, warnings, millis, toolVersion,
                null, null, null, null, null, null, null, null);
    }

    /** The row of an extracted report, with its check and warning counts. */
    public static ManifestEntry of(String input, Report r, String output, long millis, String toolVersion) {
        int[] c = new int[5];
        for (Check k : r.checks()) {
            boolean independent = Check.Basis.INDEPENDENT.equals(k.basis());
            switch (k.status()) {
                case PASS -> { c[0]++; c[3] += independent ? 1 : 0; }
                case FAIL -> { c[1]++; c[4] += independent ? 1 : 0; }
                default -> c[2]++;
            }
        }
        int[] w = new int[3];
        for (Warning x : r.warnings()) {
            Severity s = x.severity() == null ? Severity.DOUBT : x.severity();
            w[s.ordinal()]++;
        }
        return new ManifestEntry(input, r.source().sha256(), statusOf(r), reasonOf(r), output, r.source().format(),
                r.source().pageCount(), r.warnings().size(), millis, toolVersion, c[0], c[1], c[2], c[3], c[4],
                w[Severity.LOSS.ordinal()], w[Severity.DOUBT.ordinal()], w[Severity.INFO.ordinal()]);
    }

    /** The same row under another input key (a copy of an already extracted file). */
    public ManifestEntry withInput(String newInput) {
        return new ManifestEntry(newInput, sha256, status, reason, output, format, pages, warnings, millis, toolVersion,
                checksPassed, checksFailed, checksSkipped, independentPassed, independentFailed, warningsLoss, warningsDoubt,
                warningsInfo);
    }

    public boolean succeeded() {
        return status != Status.FAILED;
    }

    @JsonIgnore
    public boolean hasCounts() {
        return checksPassed != null;
    }

    /**
     * The status of an extracted report: {@code ok} only when no check failed and no warning says
     * something was lost or is in doubt (an {@code info} warning — a code not in the partial code
     * list, a unit converted — changes nothing); {@code ok-with-failed-checks} when any check failed
     * (whatever the warnings); else {@code ok-with-warnings}.
     */
    public static Status statusOf(Report r) {
        if (r.checks().stream().anyMatch(c -> c.status() == Check.Status.FAIL)) {
            return Status.OK_WITH_FAILED_CHECKS;
        }
        return r.warnings().stream().allMatch(w -> w.severity() == Severity.INFO) ? Status.OK : Status.OK_WITH_WARNINGS;
    }

    /**
     * The reason column of an extracted report: its first failed check, then its most severe loss or
     * doubt warning and how many more there are; null when neither (info warnings are no reason).
     */
    public static String reasonOf(Report r) {
        long failed = r.checks().stream().filter(c -> c.status() == Check.Status.FAIL).count();
        String warnings = warningsReason(r);
        if (failed > 0) {
            Check first = r.checks().stream().filter(c -> c.status() == Check.Status.FAIL).findFirst().orElseThrow();
            String checks = failed + " failed check" + (failed > 1 ? "s" : "") + ", first " + first.id();
            return warnings == null ? checks : checks + "; " + warnings;
        }
        return warnings;
    }

    private static String warningsReason(Report r) {
        List<Warning> serious = r.warnings().stream().filter(w -> w.severity() != Severity.INFO)
                .sorted(java.util.Comparator.comparing(Warning::severity)).toList();
        if (serious.isEmpty()) {
            return null;
        }
        return serious.get(0).message() + (serious.size() > 1 ? " (+" + (serious.size() - 1) + " more)" : "");
    }
}
