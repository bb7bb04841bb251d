package io.juesuan.validate;

import io.juesuan.tables.TableSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 预算 identities: the summary tables balance, income = expenditure across tables, parents = Σ
 * children, each row's 合计 = Σ its parts (the sums the table's columns were placed by, from
 * tables.json), and the identities listed in checks.json (run by {@link IdentityRules}, like the 决算 ones).
 */
final class BudgetChecks {
    private final ChecksMapping.Budget cfg;
    private final List<TableSpec> tableSpecs;

    /** @param cfg checks.json {@code budget}; @param tableSpecs the standard tables of tables.json */
    BudgetChecks(ChecksMapping.Budget cfg, List<TableSpec> tableSpecs) {
        this.cfg = cfg;
        this.tableSpecs = tableSpecs;
    }

    void run(Tables t, CheckBuilder b) {
        TableIdentities.hierarchy(t, b, cfg.hierarchyTables());
        TableIdentities.rowSums(t, b, rowSums());
        new IdentityRules(cfg.identities()).run(t, b);
    }

    /** The sums of the {@code rowSumTables}, in the order of tables.json. */
    private Map<String, Map<String, List<String>>> rowSums() {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        for (TableSpec spec : tableSpecs) {
            if (cfg.rowSumTables().contains(spec.key()) && !spec.sums().isEmpty()) {
                out.put(spec.key(), spec.sums());
            }
        }
        return out;
    }
}
