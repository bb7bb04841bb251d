package io.juesuan.spark;

import io.juesuan.output.ManifestEntry;
import io.juesuan.output.OutputNames;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What an executor holds for one input: its manifest fields and, once named, the export rows the
 * CLI's CSVs would hold. Plain serialisable values, so nothing of the pipeline crosses to the
 * driver. {@code json} is kept only until the document is written; {@code skipped} marks an input
 * an incremental run found already done.
 */
record DocumentResult(String input, String sha256, ManifestEntry.Status status, String reason, String format, Integer year,
        String unit, Integer pages, Integer warnings, long millis, String version, boolean skipped, String json,
        String output, Map<String, List<String[]>> rows) implements Serializable {

    static DocumentResult unchanged(String input, String sha256, String version) {
        return new DocumentResult(input, sha256, null, null, null, null, null, null, null, 0, version, true, null, null, Map.of());
    }

    static DocumentResult failed(String input, String sha256, String reason, long millis, String version) {
        return new DocumentResult(input, sha256, ManifestEntry.Status.FAILED, reason, null, null, null, null, null, millis, version, false, null, null,
                Map.of());
    }

    boolean extracted() {
        return json != null || output != null;
    }

    /** The name this report gets unless another report already holds it. */
    String baseName() {
        return OutputNames.base(year, unit);
    }

    /** Written under {@code output}: the JSON is dropped, the export rows taken on. */
    DocumentResult named(String name, Map<String, List<String[]>> exportRows) {
        return new DocumentResult(input, sha256, status, reason, format, year, unit, pages, warnings, millis, version, false,
                null, name, exportRows);
    }
}
