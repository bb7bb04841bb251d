package io.juesuan.sections;

import java.util.List;
import java.util.Map;

/**
 * {@code mappings/report.json}, bound once (see {@code Mappings.bind}): the vocabulary that tells a
 * report's kind, scope, year, unit and consolidation.
 *
 * @param kindWords kind → patterns voting for it
 * @param scopeWords scope → patterns voting for it
 * @param consolidatedMarkers what a consolidated (汇总) unit name contains
 * @param unitLinePatterns 部门：/单位： caption patterns (group unit)
 * @param coverUnitPatterns cover lines naming the unit (group unit)
 * @param coverTitlePattern a cover title (group unit), possibly broken over lines
 * @param currencies currency words, never a unit name
 * @param yearPatterns patterns voting for the report year (group year)
 * @param scopeTitlePatterns titles and headings saying the scope (group scope)
 * @param consolidatedStatements a department's statement that its tables include subordinate units
 */
public record ReportMapping(Map<String, List<String>> kindWords, Map<String, List<String>> scopeWords,
        List<String> consolidatedMarkers, List<String> unitLinePatterns, List<String> coverUnitPatterns,
        String coverTitlePattern, List<String> currencies, List<String> yearPatterns, List<String> scopeTitlePatterns,
        List<Statement> consolidatedStatements) {
    /**
     * @param pattern the statement (group n: a count, or group list: names separated by 、); null for a comment entry
     * @param min the count from which the report is consolidated (default 2)
     */
    public record Statement(String pattern, Integer min) {
        public int minimum() {
            return min == null ? 2 : min;
        }
    }
}
