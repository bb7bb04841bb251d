package io.juesuan.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.Mappings;
import io.juesuan.budget.BudgetTables;
import io.juesuan.ingest.TextDocumentReader;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Row;
import io.juesuan.model.Table;
import io.juesuan.model.Warning;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row with amounts and no code that equals Σ 类 rows is the 合计, whether or not its label was read. */
class CodelessTotalTest {
    private static final ReportMeta FINAL = new ReportMeta("final_account", 2024, "某单位", "unit", false);

    private static Table read(String totalRow, List<Warning> warnings) {
        String text = String.join("\n",
                "一般公共预算财政拨款支出决算表",
                "单位：万元",
                "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                "201\t一般公共服务支出\t2,106.66\t1,503.52\t603.14",
                "20106\t财政事务\t2,106.66\t1,503.52\t603.14",
                "221\t住房保障支出\t445.69\t445.69\t",
                totalRow,
                "");
        return new TableExtractor(Mappings.load(), new BudgetTables(Mappings.load())).extract(new TextDocumentReader().parse(text), FINAL, warnings)
                .get("general_budget_expenditure");
    }

    @Test
    void unlabelledSumRowIsTheTotal() {
        List<Warning> w = new ArrayList<>();
        Table t = read("\t\t2,552.35\t1,949.21\t603.14", w);
        Row total = t.rows().stream().filter(r -> r.key().equals("total")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("2552.35").compareTo(total.values().get("total")));
        assertEquals("合计", total.name());
        assertTrue(w.stream().noneMatch(x -> x.code().equals("row_without_code")), w.toString());
    }

    @Test
    void aRowThatIsNotTheSumIsStillReported() {
        List<Warning> w = new ArrayList<>();
        Table t = read("\t\t99.00\t1,949.21\t603.14", w);
        assertTrue(t.rows().stream().noneMatch(r -> r.key().equals("total")));
        assertTrue(w.stream().anyMatch(x -> x.code().equals("row_without_code")), w.toString());
    }
}
