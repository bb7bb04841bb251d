package io.juesuan.budget;

import io.juesuan.model.Warning;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a row's remaining possible assignments into values: cells on which every possibility
 * agrees are kept, the others left blank and listed in one warning per table — a guess would be
 * silently wrong half the time.
 */
final class AmbiguityReport {
    private final String table;
    private final List<String> rows = new ArrayList<>();
    private Integer page;

    AmbiguityReport(String table) {
        this.table = table;
    }

    Map<String, BigDecimal> settle(String rowKey, List<Map<String, BigDecimal>> options, List<String> columns,
            List<BigDecimal> amounts, int rowPage) {
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        columns.forEach(c -> out.put(c, null));
        if (options.isEmpty()) {
            rows.add(rowKey + " (" + amounts + " fit no column assignment)");
            page = page == null ? rowPage : page;
            return out;
        }
        Set<String> open = new LinkedHashSet<>();
        for (String c : columns) {
            BigDecimal first = options.get(0).get(c);
            boolean same = options.stream().allMatch(o -> o.get(c) == null ? first == null
                    : first != null && o.get(c).compareTo(first) == 0);
            if (same) {
                out.put(c, first);
            } else {
                open.add(c);
            }
        }
        if (!open.isEmpty()) {
            rows.add(rowKey + " (one of " + String.join("/", open) + ")");
            page = page == null ? rowPage : page;
        }
        return out;
    }

    void report(List<Warning> warnings) {
        if (!rows.isEmpty()) {
            warnings.add(new Warning("ambiguous_columns", table + ": amounts whose column neither position nor the"
                    + " table's sums decide, left blank: " + String.join("; ", rows), page));
        }
    }
}
