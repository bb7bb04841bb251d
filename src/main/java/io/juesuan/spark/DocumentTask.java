package io.juesuan.spark;

import io.juesuan.Pipeline;
import io.juesuan.model.Report;
import io.juesuan.output.CsvExporter;
import io.juesuan.output.JsonReportWriter;
import io.juesuan.output.ManifestEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * One document on an executor: the same {@link Pipeline} call as the CLI's batch runner, any
 * failure (bad input or a bug) turned into a failed result with its reason — never a failed job.
 */
final class DocumentTask {
    private static final ThreadLocal<Pipeline> PIPELINE = ThreadLocal.withInitial(Pipeline::new);

    private DocumentTask() {}

    static DocumentResult run(String input, byte[] content, String version) {
        long t0 = System.nanoTime();
        String sha = Pipeline.sha256(content);
        String name = input.substring(input.lastIndexOf('/') + 1);
        try {
            Report r = PIPELINE.get().extract(Path.of(name), content, input);
            byte[] json = JsonReportWriter.toBytes(r);
            String output = outputName(r, sha);
            Map<String, java.util.List<String[]>> rows = CsvExporter.rowsOf(output.replaceAll("\\.json$", ""), json);
            String status = r.warnings().isEmpty() ? ManifestEntry.OK : ManifestEntry.OK_WITH_WARNINGS;
            return new DocumentResult(input, sha, status, r.warnings().isEmpty() ? null : r.warnings().get(0).message(),
                    output, r.report().year(), r.source().pageCount(), millis(t0), version,
                    new String(json, StandardCharsets.UTF_8), rows);
        } catch (Exception | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new DocumentResult(input, sha, ManifestEntry.FAILED, reason, null, null, null, millis(t0), version, null, Map.of());
        }
    }

    /** year/unit~sha8.json: unique without knowing the rest of the batch, so executors need not agree. */
    private static String outputName(Report r, String sha) {
        String unit = r.report().unit() == null ? "unknown" : r.report().unit().replaceAll("[\\\\/:*?\"<>|\\s]", "_");
        String year = r.report().year() == null ? "unknown-year" : String.valueOf(r.report().year());
        return year + "/" + unit + "~" + sha.substring(0, 8) + ".json";
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
