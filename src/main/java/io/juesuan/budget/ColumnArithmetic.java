package io.juesuan.budget;

import io.juesuan.normalize.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which columns a packed row's amounts can belong to. Amounts keep their printed order, so an
 * assignment is an increasing choice of columns; it is possible when every sum identity of the
 * table holds (合计 = its parts, 小计 = its parts, blanks counting as zero) and no amount sits in a
 * column known to be zero for this report.
 */
final class ColumnArithmetic {
    /** Combinations tried per row before giving up: C(14,7) is 3432, far below it. */
    private static final int MAX_TRIES = 200_000;

    private final List<String> columns;
    private final Map<String, List<String>> sums;
    private final Set<String> zero;

    ColumnArithmetic(List<String> columns, Map<String, List<String>> sums, Set<String> zero) {
        this.columns = columns;
        Map<String, List<String>> present = new LinkedHashMap<>();
        sums.forEach((parent, parts) -> {
            if (columns.contains(parent)) {
                present.put(parent, parts.stream().filter(columns::contains).toList());
            }
        });
        this.sums = present;
        this.zero = zero;
    }

    List<String> columns() {
        return columns;
    }

    /** Every distinct possible assignment, in order of preference (amounts as far left as they can go). */
    List<Map<String, BigDecimal>> assignments(List<BigDecimal> amounts) {
        Set<Map<String, BigDecimal>> out = new LinkedHashSet<>();
        if (amounts.size() <= columns.size()) {
            int[] pos = new int[amounts.size()];
            int[] tries = {0};
            choose(amounts, pos, 0, 0, out, tries);
        }
        return new ArrayList<>(out);
    }

    private void choose(List<BigDecimal> amounts, int[] pos, int k, int from, Set<Map<String, BigDecimal>> out, int[] tries) {
        if (tries[0] > MAX_TRIES) {
            return;
        }
        if (k == amounts.size()) {
            tries[0]++;
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            columns.forEach(c -> m.put(c, null));
            for (int i = 0; i < pos.length; i++) {
                m.put(columns.get(pos[i]), amounts.get(i));
            }
            if (holds(m)) {
                out.add(m);
            }
            return;
        }
        for (int c = from; c <= columns.size() - (amounts.size() - k); c++) {
            if (zero.contains(columns.get(c)) && amounts.get(k).signum() != 0) {
                continue;
            }
            pos[k] = c;
            choose(amounts, pos, k + 1, c + 1, out, tries);
        }
    }

    boolean holds(Map<String, BigDecimal> m) {
        for (Map.Entry<String, List<String>> e : sums.entrySet()) {
            BigDecimal total = m.get(e.getKey());
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            for (String p : e.getValue()) {
                BigDecimal v = m.get(p);
                if (v != null) {
                    sum = sum.add(v);
                    n++;
                }
            }
            if (!close(total == null ? BigDecimal.ZERO : total, sum, n)) {
                return false;
            }
        }
        return true;
    }

    /** Printed values are rounded to the cent each: n parts may drift from their total by n+1 half-cents. */
    static boolean close(BigDecimal a, BigDecimal b, int parts) {
        BigDecimal tolerance = Tolerance.ofSum(parts);
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }
}
