package io.juesuan.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.juesuan.model.Report;

/**
 * One input of a run.
 *
 * @param status "ok", "ok-with-warnings" or "failed"
 * @param output the JSON written, relative to the output folder (null when failed)
 */
@JsonPropertyOrder({"input", "sha256", "status", "reason", "output", "format", "pages", "warnings", "millis", "toolVersion"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(String input, String sha256, String status, String reason, String output,
        String format, Integer pages, Integer warnings, Long millis, String toolVersion) {
    public static final String OK = "ok";
    public static final String OK_WITH_WARNINGS = "ok-with-warnings";
    public static final String FAILED = "failed";

    public boolean succeeded() {
        return !FAILED.equals(status);
    }

    /** The status of an extracted report: ok, or ok-with-warnings when it has any. */
    public static String statusOf(Report r) {
        return r.warnings().isEmpty() ? OK : OK_WITH_WARNINGS;
    }

    /** The reason column of an extracted report: its first warning and how many more, or null. */
    public static String reasonOf(Report r) {
        if (r.warnings().isEmpty()) {
            return null;
        }
        return r.warnings().get(0).message() + (r.warnings().size() > 1 ? " (+" + (r.warnings().size() - 1) + " more)" : "");
    }
}
