package io.juesuan.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.juesuan.Mappings;
import io.juesuan.budget.BudgetTables;
import io.juesuan.ingest.TextDocumentReader;
import io.juesuan.model.Document;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Table;
import io.juesuan.model.Warning;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new title variant or header synonym is a data change: adding one string to
 * mappings/tables.json makes a table the code has never seen readable.
 */
class MappingVariantTest {
    private static final ReportMeta FINAL = new ReportMeta("final_account", 2023, "某单位", "unit", false);

    /** A 05 table printed with an unusual title and 决算金额 / 支出小计 headers. */
    private static final String VARIANT = String.join("\n",
            "一般公共预算财政拨款支出决算情况表",
            "公开05表",
            "金额单位：元",
            "",
            "科目编码\t科目名称\t支出小计\t基本支出\t项目支出",
            "\t合计\t58,676,600.00\t5,961,600.00\t52,715,000.00",
            "210\t卫生健康支出\t58,676,600.00\t5,961,600.00\t52,715,000.00",
            "");

    private static Map<String, Table> extract(Mappings m) {
        Document doc = new TextDocumentReader().parse(VARIANT);
        return new TableExtractor(m, new BudgetTables(m)).extract(doc, FINAL, new ArrayList<Warning>());
    }

    @Test
    void unknownVariantIsNotGuessed() {
        assertFalse(extract(Mappings.load()).containsKey("general_budget_expenditure"));
    }

    @Test
    void oneAddedTitleAndOneAddedSynonymMakeItReadable(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode tables = Mappings.load().get("tables").deepCopy();
        JsonNode spec = null;
        for (JsonNode t : tables.get("tables")) {
            if (t.get("key").asText().equals("general_budget_expenditure")) {
                spec = t;
            }
        }
        ((ArrayNode) spec.get("titles")).add("一般公共预算财政拨款支出决算情况表");
        Map<String, Table> withTitleOnly = extractWith(dir, json, tables);
        assertTrue(withTitleOnly.containsKey("general_budget_expenditure"));
        assertNull(withTitleOnly.get("general_budget_expenditure").rows().get(0).values().get("total"),
                "支出小计 is not a known synonym yet");

        ((ArrayNode) spec.get("columns").get("total")).add("支出小计");
        Table t = extractWith(dir, json, tables).get("general_budget_expenditure");
        // printed in 元: converted to 万元 exactly
        assertEquals(0, new BigDecimal("5867.66").compareTo(t.rows().get(0).values().get("total")));
        assertEquals(0, new BigDecimal("596.16").compareTo(t.rows().get(1).values().get("basic")));
        assertEquals("210", t.rows().get(1).code());
        assertEquals("万元", t.unit());
    }

    private static Map<String, Table> extractWith(Path dir, ObjectMapper json, JsonNode tables) throws Exception {
        Files.writeString(dir.resolve("tables.json"), json.writeValueAsString(tables));
        return extract(Mappings.withOverrides(dir));
    }
}
