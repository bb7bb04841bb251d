package io.juesuan.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.juesuan.model.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 预算 identities: the summary tables balance, income = expenditure across tables, parents = Σ
 * children, each row's 合计 = Σ its parts (the sums the table's columns were placed by, from
 * tables.json), and the cross-table totals listed in checks.json.
 */
final class BudgetChecks {
    private final JsonNode cfg;
    private final JsonNode tableSpecs;

    BudgetChecks(JsonNode checksConfig, JsonNode tablesConfig) {
        this.cfg = checksConfig.get("budget");
        this.tableSpecs = tablesConfig.get("tables");
    }

    void run(Tables t, CheckBuilder b) {
        TableIdentities.hierarchy(t, b, cfg.get("hierarchyTables"));
        TableIdentities.rowSums(t, b, rowSums());
        for (JsonNode id : cfg.get("identities")) {
            List<Optional<Tables.Cell>> right = new ArrayList<>();
            id.get("right").forEach(r -> right.add(cell(t, r.asText(), false)));
            if (!t.has(table(id.get("left").asText())) || right.isEmpty()) {
                continue;
            }
            boolean allTablesThere = true;
            for (JsonNode r : id.get("right")) {
                allTablesThere &= t.has(table(r.asText()));
            }
            if (allTablesThere) {
                b.sum(id.get("id").asText(), cell(t, id.get("left").asText(), true), right, id.get("message").asText());
            }
        }
        for (JsonNode s : cfg.get("listSums")) {
            String table = s.get("table").asText();
            Pattern parts = Pattern.compile(s.get("parts").asText());
            if (t.row(table, s.get("total").asText()).isEmpty()) {
                continue;
            }
            for (JsonNode col : s.get("columns")) {
                if (!t.columns(table).contains(col.asText())) {
                    continue;
                }
                List<Optional<Tables.Cell>> cells = new ArrayList<>();
                for (Row r : t.rows(table)) {
                    if (!r.key().equals(s.get("total").asText()) && parts.matcher(r.key()).matches()) {
                        cells.add(t.cell(table, r.key(), col.asText()));
                    }
                }
                b.sum(table + "." + s.get("total").asText() + "=Σrows." + col.asText(),
                        t.cell(table, s.get("total").asText(), col.asText()), cells, s.get("message").asText() + " (" + col.asText() + ")");
            }
        }
    }

    private ObjectNode rowSums() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        List<String> wanted = new ArrayList<>();
        cfg.get("rowSumTables").forEach(n -> wanted.add(n.asText()));
        for (JsonNode spec : tableSpecs) {
            if (wanted.contains(spec.get("key").asText()) && spec.has("sums")) {
                out.set(spec.get("key").asText(), spec.get("sums"));
            }
        }
        return out;
    }

    private static String table(String ref) {
        return ref.split("/", 3)[0];
    }

    /**
     * A cell reference table/row/column. A missing item row of a present table is a blank (the
     * table prints nothing there); a missing left side or subtotal row (本年收入合计, which some
     * templates do not print) makes the identity untestable: empty, so the check is a skip.
     */
    private static Optional<Tables.Cell> cell(Tables t, String ref, boolean left) {
        String[] p = ref.split("/", 3);
        if (!t.has(p[0])) {
            return Optional.empty();
        }
        Optional<Tables.Cell> c = t.cell(p[0], p[1], p[2]);
        if (c.isPresent()) {
            return c;
        }
        boolean subtotal = left || p[1].endsWith("_total");
        return subtotal ? Optional.empty() : Optional.of(new Tables.Cell(null, null));
    }
}
