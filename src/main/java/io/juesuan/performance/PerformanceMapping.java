package io.juesuan.performance;

import java.util.List;
import java.util.Map;

/**
 * {@code mappings/performance.json}, bound once (see {@code Mappings.bind}): the vocabulary of the
 * 绩效自评 forms, their summary table and the budget reports' 绩效目标 forms. Labels are as printed;
 * {@link Vocabulary} gives them normalised.
 */
public record PerformanceMapping(List<String> projectFormTitles, List<String> departmentFormTitles,
        List<String> summaryTitles, List<String> excludeTitles, List<String> level1, Map<String, String> level2ToLevel1,
        List<String> indicatorHeader, List<String> indicatorEnd, List<String> subHeader, List<String> totalScore,
        List<String> totalScoreExclude, Map<String, List<String>> fundsHeader, List<String> fundsRowLabels,
        Map<String, List<String>> fundsPairs, List<String> fundsScoreRow, Map<String, List<String>> fields,
        Map<String, List<String>> summaryColumns, String targetPattern, List<String> nameSwallowedLabels,
        Map<String, List<String>> taskColumns, List<String> taskHeader, TargetForms targetForms) {
    /**
     * The 项目支出绩效目标表 of budget reports: targets only, no scores; fields are patterns on lines
     * with spaces removed.
     *
     * @param titles the form's titles
     * @param start the line opening a form (group name)
     * @param levelColumn the label of the indicator-level column (绩效指标)
     * @param noise lines that are not part of a form (a year caption, a page number)
     * @param end a line after the last form
     */
    public record TargetForms(List<String> titles, String start, String department, String annualBudget, String goal,
            String goalEnd, List<String> levelColumn, List<String> noise, String end) {}
}
