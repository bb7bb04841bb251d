package io.juesuan;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.model.Report;
import io.juesuan.model.Row;
import io.juesuan.model.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares an extracted report with its gold file cell by cell: every gold row must be present
 * with equal values (null = blank), no extra rows, equal table fields, and equal report meta.
 * Returns every difference, so a failing test shows all of them at once.
 */
public final class GoldComparison {
    private GoldComparison() {}

    public static List<String> differences(Report report, JsonNode gold, Set<String> skipRows) {
        List<String> diffs = new ArrayList<>();
        JsonNode meta = gold.get("report");
        compare(diffs, "report.kind", meta.get("kind"), report.report().kind());
        compare(diffs, "report.year", meta.get("year"), report.report().year());
        compare(diffs, "report.unit", meta.get("unit"), report.report().unit());
        compare(diffs, "report.scope", meta.get("scope"), report.report().scope());
        compare(diffs, "report.consolidated", meta.get("consolidated"), report.report().consolidated());
        gold.get("tables").fields().forEachRemaining(e -> {
            String key = e.getKey();
            JsonNode gt = e.getValue();
            Table t = report.tables().get(key);
            if (t == null) {
                diffs.add(key + ": table missing");
                return;
            }
            compare(diffs, key + ".label", gt.get("label"), t.label());
            compare(diffs, key + ".title", gt.get("title"), t.title());
            compare(diffs, key + ".empty", gt.get("empty"), t.empty());
            if (gt.has("pages") && report.source().format().equals("pdf")) {
                List<Integer> pages = new ArrayList<>();
                gt.get("pages").forEach(p -> pages.add(p.asInt()));
                if (!pages.equals(t.pages())) {
                    diffs.add(key + ".pages: gold " + pages + " got " + t.pages());
                }
            }
            List<String> cols = new ArrayList<>();
            gt.get("columns").forEach(c -> cols.add(c.asText()));
            // a partial gold (the budget's) lists only the columns it checks
            boolean partial = gold.path("partial").asBoolean(false);
            if (partial ? !t.columns().containsAll(cols) : !cols.equals(t.columns())) {
                diffs.add(key + ".columns: gold " + cols + " got " + t.columns());
            }
            Map<String, Row> rows = new HashMap<>();
            t.rows().forEach(r -> rows.put(r.key(), r));
            Set<String> seen = new java.util.HashSet<>();
            for (JsonNode gr : gt.get("rows")) {
                String rk = gr.get("key").asText();
                seen.add(rk);
                if (skipRows.contains(key + "/" + rk)) {
                    continue;
                }
                Row r = rows.get(rk);
                if (r == null) {
                    diffs.add(key + "/" + rk + ": row missing");
                    continue;
                }
                gr.get("values").fields().forEachRemaining(v -> {
                    BigDecimal got = r.values().get(v.getKey());
                    boolean present = r.values().containsKey(v.getKey());
                    boolean equal = v.getValue().isNull() ? present && got == null
                            : got != null && got.compareTo(v.getValue().decimalValue()) == 0;
                    if (!equal) {
                        diffs.add(key + "/" + rk + "." + v.getKey() + ": gold " + v.getValue() + " got "
                                + (present ? got : "(no such column)"));
                    }
                });
                for (String f : List.of("name", "code", "level", "side", "line")) {
                    if (gr.has(f)) {
                        Object got = switch (f) {
                            case "name" -> r.name();
                            case "code" -> r.code();
                            case "level" -> r.level() == null ? null : r.level().json();
                            case "side" -> r.side() == null ? null : r.side().json();
                            default -> r.line();
                        };
                        compare(diffs, key + "/" + rk + "." + f, gr.get(f), got);
                    }
                }
            }
            for (Row r : t.rows()) {
                if (!seen.contains(r.key()) && !skipRows.contains(key + "/" + r.key())) {
                    diffs.add(key + "/" + r.key() + ": extra row");
                }
            }
        });
        return diffs;
    }

    private static void compare(List<String> diffs, String what, JsonNode gold, Object got) {
        if (gold == null) {
            return;
        }
        Object expected = gold.isNull() ? null : gold.isBoolean() ? (Object) gold.asBoolean()
                : gold.isInt() ? (Object) gold.asInt() : gold.asText();
        if (expected == null ? got != null : !expected.equals(got)) {
            diffs.add(what + ": gold " + expected + " got " + got);
        }
    }
}
