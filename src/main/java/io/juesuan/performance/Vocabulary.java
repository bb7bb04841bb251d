package io.juesuan.performance;

import io.juesuan.Mappings;
import io.juesuan.normalize.TextNormalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * mappings/performance.json as lookups; labels compared without spaces, brackets or a "(N分)" tail,
 * so the labels here are normalised once ({@link #norm}); {@link #cfg} has them as printed.
 */
final class Vocabulary {
    private static final Pattern POINTS_TAIL = Pattern.compile("\\(\\d+(\\.\\d+)?分\\)$");
    final PerformanceMapping cfg;
    final List<String> level1;
    final List<String> indicatorHeader;
    final List<String> indicatorEnd;
    final List<String> subHeader;
    final List<String> totalScore;
    final List<String> totalScoreExclude;
    final List<String> fundsScoreRow;
    final List<String> nameSwallowedLabels;
    final List<String> taskHeader;
    final Map<String, List<String>> fundsHeader;
    final Map<String, List<String>> fundsPairs;
    final Map<String, List<String>> fields;
    final Map<String, List<String>> summaryColumns;
    final Map<String, List<String>> taskColumns;

    Vocabulary(PerformanceMapping cfg) {
        this.cfg = cfg;
        level1 = norm(cfg.level1());
        indicatorHeader = norm(cfg.indicatorHeader());
        indicatorEnd = norm(cfg.indicatorEnd());
        subHeader = norm(cfg.subHeader());
        totalScore = norm(cfg.totalScore());
        totalScoreExclude = norm(cfg.totalScoreExclude());
        fundsScoreRow = norm(cfg.fundsScoreRow());
        nameSwallowedLabels = norm(cfg.nameSwallowedLabels());
        taskHeader = norm(cfg.taskHeader());
        fundsHeader = norm(cfg.fundsHeader());
        fundsPairs = norm(cfg.fundsPairs());
        fields = norm(cfg.fields());
        summaryColumns = norm(cfg.summaryColumns());
        taskColumns = norm(cfg.taskColumns());
    }

    static Vocabulary of(Mappings mappings) {
        return new Vocabulary(mappings.bind("performance", PerformanceMapping.class));
    }

    static String norm(String cell) {
        return POINTS_TAIL.matcher(TextNormalizer.squeeze(cell).replace('（', '(').replace('）', ')')).replaceAll("");
    }

    private static List<String> norm(List<String> labels) {
        return labels.stream().map(Vocabulary::norm).toList();
    }

    private static Map<String, List<String>> norm(Map<String, List<String>> labels) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        labels.forEach((k, v) -> out.put(k, norm(v)));
        return Collections.unmodifiableMap(out);
    }

    boolean startsWithAny(String cell, List<String> words) {
        String n = norm(cell);
        return words.stream().anyMatch(n::startsWith);
    }

    /** Label match that also accepts a label clipped by its merged cell (预算执行情 for 预算执行情况). */
    static boolean labelIs(String cell, List<String> words) {
        String n = norm(cell);
        if (n.length() < 2) {
            return false;
        }
        return words.stream().anyMatch(w -> n.equals(w) || (n.length() >= 3 && w.startsWith(n)) || n.startsWith(w));
    }
}
