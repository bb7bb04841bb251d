package io.juesuan.performance;

import java.util.Collections;
import java.util.LinkedHashMap;
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
    public PerformanceMapping {
        projectFormTitles = list(projectFormTitles);
        departmentFormTitles = list(departmentFormTitles);
        summaryTitles = list(summaryTitles);
        excludeTitles = list(excludeTitles);
        level1 = list(level1);
        level2ToLevel1 = level2ToLevel1 == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(level2ToLevel1));
        indicatorHeader = list(indicatorHeader);
        indicatorEnd = list(indicatorEnd);
        subHeader = list(subHeader);
        totalScore = list(totalScore);
        totalScoreExclude = list(totalScoreExclude);
        fundsHeader = lists(fundsHeader);
        fundsRowLabels = list(fundsRowLabels);
        fundsPairs = lists(fundsPairs);
        fundsScoreRow = list(fundsScoreRow);
        fields = lists(fields);
        summaryColumns = lists(summaryColumns);
        nameSwallowedLabels = list(nameSwallowedLabels);
        taskColumns = lists(taskColumns);
        taskHeader = list(taskHeader);
    }

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
            String goalEnd, List<String> levelColumn, List<String> noise, String end) {
        public TargetForms {
            titles = list(titles);
            levelColumn = list(levelColumn);
            noise = list(noise);
        }
    }

    private static List<String> list(List<String> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    private static Map<String, List<String>> lists(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((k, v) -> out.put(k, list(v)));
        }
        return Collections.unmodifiableMap(out);
    }
}
