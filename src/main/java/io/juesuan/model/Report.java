package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** One extracted report: the top level of the output contract (contract/output-json.md). */
@JsonPropertyOrder({"schemaVersion", "source", "report", "sections", "tables", "performance", "checks", "warnings"})
public record Report(
        String schemaVersion,
        SourceInfo source,
        ReportMeta report,
        List<Section> sections,
        Map<String, Table> tables,
        Performance performance,
        List<Check> checks,
        List<Warning> warnings) {

    public static final String SCHEMA_VERSION = "1.0";

    public Report withChecks(List<Check> newChecks) {
        return new Report(schemaVersion, source, report, sections, tables, performance, newChecks, warnings);
    }

    public Report withPerformance(Performance p) {
        return new Report(schemaVersion, source, report, sections, tables, p, checks, warnings);
    }
}
