package io.juesuan.review;

import io.juesuan.Mappings;
import io.juesuan.tables.TableSpec;
import io.juesuan.tables.TablesMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed (Chinese) header of each canonical column key, read from {@code mappings/tables.json}: the
 * first header synonym of the column. Tables printed in blocks (三公: 预算数 | 决算数, or 上年 | 本年) have no
 * synonyms per column; their label is the block's label plus the block column's first synonym.
 */
public final class ColumnLabels {
    /** Header group of a column printed under a block heading, and the column's own label under it. */
    public record Label(String group, String text) {}

    private final Map<String, TableSpec> specs = new HashMap<>();
    private final Map<String, String> blockColumnLabels = new HashMap<>();

    public ColumnLabels(TablesMapping tables) {
        for (TableSpec t : tables.tables()) {
            specs.put(t.key(), t);
            t.blockColumns().forEach((column, labels) -> blockColumnLabels.putIfAbsent(column, labels.isEmpty() ? column : labels.get(0)));
        }
        // 小计 alone under a block reads as the block's total; as printed it sits under 公务用车购置及运行费
        blockColumnLabels.put("vehicle_total", "公务用车购置及运行费小计");
    }

    /** From the packaged mappings. */
    public static ColumnLabels load() {
        return of(Mappings.load());
    }

    public static ColumnLabels of(Mappings m) {
        return new ColumnLabels(m.bind("tables", TablesMapping.class));
    }

    /** A table's column sums from tables.json ({@code sums}: parent column → its parts); empty when none. */
    public Map<String, List<String>> sums(String tableKey) {
        TableSpec s = specs.get(tableKey);
        return s == null ? Map.of() : s.sums();
    }

    /** The printed title of a table key (its first title variant), or null when the key is unknown. */
    public String title(String tableKey) {
        TableSpec s = specs.get(tableKey);
        return s == null || s.titles().isEmpty() ? null : s.titles().get(0);
    }

    /** The label of one column of one table; never null (falls back to the key). */
    public Label label(String tableKey, String column) {
        TableSpec spec = specs.get(tableKey);
        // budget 三公: prior_* are last year's 预算数, the rest this year's (before the columns' own
        // synonyms, which name a column within its block only)
        if (column.startsWith("prior_") && blockColumnLabels.containsKey(column.substring(6))) {
            return new Label("上年预算数", blockColumnLabels.get(column.substring(6)));
        }
        if (spec != null && hasPriorColumns(spec) && blockColumnLabels.containsKey(column)) {
            return new Label("本年预算数", blockColumnLabels.get(column));
        }
        if (spec != null) {
            List<String> syn = spec.columns().get(column);
            if (syn != null && !syn.isEmpty()) {
                return new Label(null, syn.get(0));
            }
            int us = column.indexOf('_');
            if (us > 0 && spec.blocks().containsKey(column.substring(0, us))) {
                String inner = column.substring(us + 1);
                List<String> block = spec.blocks().get(column.substring(0, us));
                return new Label(block.isEmpty() ? "" : block.get(0), blockColumnLabels.getOrDefault(inner, inner));
            }
        }
        if (blockColumnLabels.containsKey(column) && spec != null && spec.columns().containsKey(column)) {
            return new Label(null, blockColumnLabels.get(column));
        }
        return new Label(null, column);
    }

    private static boolean hasPriorColumns(TableSpec spec) {
        return spec.columns().keySet().stream().anyMatch(c -> c.startsWith("prior_"));
    }
}
