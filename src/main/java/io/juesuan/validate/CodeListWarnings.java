package io.juesuan.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.model.Report;
import io.juesuan.model.Row;
import io.juesuan.model.Table;
import io.juesuan.model.Warning;
import io.juesuan.normalize.Labels;
import java.util.List;
import java.util.Map;

/**
 * Codes not in the year's code list, or printed under another name, are warnings: names change
 * between years and lists lag behind, so this flags rather than fails.
 */
final class CodeListWarnings {
    private static final List<String> FUNCTIONAL_TABLES = List.of("income", "expenditure", "general_budget_expenditure",
            "government_fund", "state_capital");
    private final JsonNode cfg;

    CodeListWarnings(JsonNode cfg) {
        this.cfg = cfg;
    }

    void run(Report report, List<Warning> warnings) {
        JsonNode functional = listFor(cfg.get("functional"), report.report().year());
        JsonNode economic = cfg.get("economic").get("default");
        for (Map.Entry<String, Table> e : report.tables().entrySet()) {
            JsonNode list = FUNCTIONAL_TABLES.contains(e.getKey()) ? functional
                    : e.getKey().equals("general_budget_basic_expenditure") ? economic : null;
            if (list == null) {
                continue;
            }
            for (Row r : e.getValue().rows()) {
                if (r.code() == null) {
                    continue;
                }
                JsonNode known = list.get(r.code());
                if (known == null) {
                    warnings.add(new Warning("unknown_code", e.getKey() + ": code " + r.code() + " (" + r.name()
                            + ") is not in mappings/codes.json", r.page()));
                } else if (r.name() != null && !r.name().isEmpty() && !Labels.key(known.asText()).equals(Labels.key(r.name()))) {
                    warnings.add(new Warning("code_name_differs", e.getKey() + ": code " + r.code() + " printed as '" + r.name()
                            + "', code list says '" + known.asText() + "'", r.page()));
                }
            }
        }
    }

    /** The list of the report's year, else of the nearest year listed. */
    private static JsonNode listFor(JsonNode byYear, Integer year) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        var it = byYear.fieldNames();
        while (it.hasNext()) {
            String y = it.next();
            int d = year == null ? 0 : Math.abs(Integer.parseInt(y) - year);
            if (d < bestD) {
                best = y;
                bestD = d;
            }
        }
        return best == null ? byYear : byYear.get(best);
    }
}
