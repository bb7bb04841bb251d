package io.juesuan.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * 预算 identities: the summary tables balance, income = expenditure across tables, parents = Σ
 * children, each row's 合计 = Σ its parts (the sums the table's columns were placed by, from
 * tables.json), and the identities listed in checks.json (run by {@link IdentityRules}, like the 决算 ones).
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
        new IdentityRules(cfg.get("identities")).run(t, b);
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
}
