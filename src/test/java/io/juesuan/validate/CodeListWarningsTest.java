package io.juesuan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.Mappings;
import io.juesuan.tables.TableCatalog;
import io.juesuan.model.Report;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Row;
import io.juesuan.model.Severity;
import io.juesuan.model.SourceInfo;
import io.juesuan.model.Table;
import io.juesuan.model.Warning;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The code list is partial: what it lacks is INFO; what the report contradicts in itself is a DOUBT. */
class CodeListWarningsTest {
    private static Row row(String code, String name) {
        return Row.builder(code).code(code).name(name).values(Map.of("total", BigDecimal.ONE)).page(3).build();
    }

    private static List<Warning> run(Map<String, List<Row>> tables) {
        Map<String, Table> t = new LinkedHashMap<>();
        tables.forEach((k, rows) -> t.put(k, new Table(null, k, "万元", List.of(3), false, List.of("total"), rows, List.of())));
        Report r = new Report(Report.SCHEMA_VERSION, new SourceInfo("x", "0", "text", 1),
                new ReportMeta("final_account", 2023, "某局", "unit", false), List.of(), t, null, List.of(), List.of());
        List<Warning> w = new ArrayList<>();
        new CodeListWarnings(Mappings.load().bind("codes", CodeLists.class), CodeListWarnings.classes(new TableCatalog(Mappings.load()))).run(r, w);
        return w;
    }

    @Test
    void unknownCodeIsInfo() {
        List<Warning> w = run(Map.of("expenditure", List.of(row("201", "一般公共服务支出"), row("20199", "其他一般公共服务支出"))));
        assertEquals(1, w.size(), w.toString());
        assertEquals("unknown_code", w.get(0).code());
        assertEquals(Severity.INFO, w.get(0).severity());
    }

    @Test
    void twoNamesForOneCodeAndAnOrphanAreDoubts() {
        List<Warning> w = run(Map.of(
                "expenditure", List.of(row("210", "卫生健康支出"), row("21011", "行政事业单位医疗"), row("2101101", "行政单位医疗")),
                "general_budget_expenditure", List.of(row("210", "医疗卫生与计划生育支出"), row("21011", "行政事业单位医疗"),
                        row("2080505", "机关事业单位基本养老保险缴费支出"))));
        assertTrue(w.stream().anyMatch(x -> x.code().equals("code_names_differ") && x.severity() == Severity.DOUBT
                && x.message().contains("210")), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.code().equals("code_parent_mismatch") && x.severity() == Severity.DOUBT
                && x.message().contains("2080505")), w.toString());
        // the list's own name differs (older name): about the list, INFO
        assertTrue(w.stream().filter(x -> x.code().equals("code_name_differs")).allMatch(x -> x.severity() == Severity.INFO));
    }
}
