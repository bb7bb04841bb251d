package io.juesuan.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What an executor sends back for one input: its manifest fields, the report JSON and the export
 * rows (cells, projects, indicators, checks) the CLI's CSVs would hold. Plain serialisable values,
 * so nothing of the pipeline crosses to the driver.
 */
record DocumentResult(String input, String sha256, String status, String reason, String output, Integer year,
        Integer pages, long millis, String version, String json, Map<String, List<String[]>> rows) implements Serializable {}
