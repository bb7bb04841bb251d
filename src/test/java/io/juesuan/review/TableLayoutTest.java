package io.juesuan.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables laid out as printed: Chinese headers, block headings, the summary tables' two sides on one line. */
class TableLayoutTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ColumnLabels LABELS = ColumnLabels.load();

    private static JsonNode table(String file, String key) throws IOException {
        return JSON.readTree(Path.of("extracted", file).toFile()).path("tables").path(key);
    }

    private static List<String> names(List<TableLayout.Cell> line) {
        return line.stream().filter(c -> c.kind() == TableLayout.Kind.NAME).map(TableLayout.Cell::text).toList();
    }

    @Test
    void summaryTablesPairTheirTotalsOnOneLine() throws IOException {
        for (String file : List.of("2023/青龙满族自治县医疗保障局（汇总）.json", "2023/青龙满族自治县医疗保障局（汇总）~29f5a099.json",
                "2025/烟台市医疗保障局.json", "2025/烟台市医疗保障局~9044b5d3.json")) {
            String key = file.startsWith("2025") ? "budget_summary" : "income_expenditure_summary";
            TableLayout l = TableLayout.of(key, table(file, key), LABELS);
            assertEquals("收入", l.header().get(0).get(0).text());
            boolean totals = false;
            boolean grand = false;
            for (List<TableLayout.Cell> line : l.body()) {
                List<String> n = names(line);
                totals |= n.get(0).startsWith("本年收入合计") && n.get(1).startsWith("本年支出合计");
                grand |= n.get(0).startsWith("收入总计") || n.get(0).equals("总计");
            }
            assertTrue(totals, file + ": 本年收入合计 beside 本年支出合计");
            assertTrue(grand, file);
            // every value of the table is in the layout once
            long values = 0;
            for (JsonNode r : table(file, key).path("rows")) {
                values += r.path("values").size();
            }
            assertEquals(values, l.body().stream().flatMap(List::stream).filter(c -> c.kind() == TableLayout.Kind.AMOUNT).count(), file);
        }
    }

    @Test
    void threePublicPrintsItsBlocks() throws IOException {
        TableLayout l = TableLayout.of("three_public", table("2023/烟台市医疗保障局本级.json", "three_public"), LABELS);
        assertEquals(List.of("预算数", "决算数"), l.header().get(0).stream().map(TableLayout.HeaderCell::text).toList());
        assertEquals("因公出国(境)费", l.header().get(1).get(1).text());
        assertEquals(12, l.width());
        TableLayout b = TableLayout.of("budget_three_public", table("2025/烟台市医疗保障局.json", "budget_three_public"), LABELS);
        assertEquals(List.of("上年预算数", "本年预算数"), b.header().get(0).stream().map(TableLayout.HeaderCell::text).toList());
        TableLayout income = TableLayout.of("income", table("2023/烟台市医疗保障局本级.json", "income"), LABELS);
        assertEquals(List.of("科目编码", "科目名称", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"),
                income.header().get(0).stream().map(TableLayout.HeaderCell::text).toList());
    }
}
