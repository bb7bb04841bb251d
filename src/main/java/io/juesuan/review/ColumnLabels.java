package io.juesuan.review;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.Mappings;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The printed (Chinese) header of each canonical column key, read from {@code mappings/tables.json}: the
 * first header synonym of the column. Tables printed in blocks (三公: 预算数 | 决算数, or 上年 | 本年) have no
 * synonyms per column; their label is the block's label plus the block column's first synonym.
 */
public final class ColumnLabels {
    /** Header group of a column printed under a block heading, and the column's own label under it. */
    public record Label(String group, String text) {}

    private final Map<String, JsonNode> specs = new HashMap<>();
    private final Map<String, String> blockColumnLabels = new HashMap<>();

    public ColumnLabels(JsonNode tablesJson) {
        for (JsonNode t : tablesJson.path("tables")) {
            specs.put(t.path("key").asText(), t);
            for (Iterator<Map.Entry<String, JsonNode>> it = t.path("blockColumns").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                blockColumnLabels.putIfAbsent(e.getKey(), e.getValue().path(0).asText(e.getKey()));
            }
        }
        // 小计 alone under a block reads as the block's total; as printed it sits under 公务用车购置及运行费
        blockColumnLabels.put("vehicle_total", "公务用车购置及运行费小计");
    }

    /** From the packaged mappings. */
    public static ColumnLabels load() {
        return new ColumnLabels(Mappings.load().get("tables"));
    }

    public static ColumnLabels of(Mappings m) {
        return new ColumnLabels(m.get("tables"));
    }

    /** A table's column sums from tables.json ({@code sums}: parent column → its parts); empty when none. */
    public JsonNode sums(String tableKey) {
        JsonNode s = specs.get(tableKey);
        return s == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : s.path("sums");
    }

    /** The printed title of a table key (its first title variant), or null when the key is unknown. */
    public String title(String tableKey) {
        JsonNode s = specs.get(tableKey);
        return s == null ? null : s.path("titles").path(0).asText(null);
    }

    /** The label of one column of one table; never null (falls back to the key). */
    public Label label(String tableKey, String column) {
        JsonNode spec = specs.get(tableKey);
        // budget 三公: prior_* are last year's 预算数, the rest this year's (before the columns' own
        // synonyms, which name a column within its block only)
        if (column.startsWith("prior_") && blockColumnLabels.containsKey(column.substring(6))) {
            return new Label("上年预算数", blockColumnLabels.get(column.substring(6)));
        }
        if (spec != null && hasPriorColumns(spec) && blockColumnLabels.containsKey(column)) {
            return new Label("本年预算数", blockColumnLabels.get(column));
        }
        if (spec != null) {
            JsonNode syn = spec.path("columns").path(column);
            if (syn.isArray() && syn.size() > 0) {
                return new Label(null, syn.get(0).asText());
            }
            JsonNode blocks = spec.path("blocks");
            int us = column.indexOf('_');
            if (us > 0 && blocks.has(column.substring(0, us))) {
                String inner = column.substring(us + 1);
                return new Label(blocks.get(column.substring(0, us)).path(0).asText(),
                        blockColumnLabels.getOrDefault(inner, inner));
            }
        }
        if (blockColumnLabels.containsKey(column) && spec != null && spec.path("columns").path(column).isArray()) {
            return new Label(null, blockColumnLabels.get(column));
        }
        return new Label(null, column);
    }

    private static boolean hasPriorColumns(JsonNode spec) {
        for (Iterator<String> it = spec.path("columns").fieldNames(); it.hasNext();) {
            if (it.next().startsWith("prior_")) {
                return true;
            }
        }
        return false;
    }
}
