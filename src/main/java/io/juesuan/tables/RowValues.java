package io.juesuan.tables;

import io.juesuan.normalize.AmountParser;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a row's values map: every column key present, null for a blank cell. */
final class RowValues {
    private RowValues() {}

    static Map<String, BigDecimal> read(SourcedRow row, Map<Integer, String> columnAt, List<String> columns) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        columns.forEach(c -> values.put(c, null));
        columnAt.forEach((idx, key) -> {
            if (values.containsKey(key)) {
                values.put(key, AmountParser.parse(row.cell(idx)).orElse(null));
            }
        });
        return values;
    }

    static boolean allNull(Map<String, BigDecimal> values) {
        return values.values().stream().allMatch(v -> v == null);
    }
}
