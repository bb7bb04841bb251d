package io.juesuan.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.Mappings;
import io.juesuan.tables.TableExtractor;
import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.Page;
import io.juesuan.model.Placement;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Row;
import io.juesuan.model.Table;
import io.juesuan.model.TextLine;
import io.juesuan.model.Warning;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Placement of a budget table's amounts by position, and the fall-back to arithmetic: small
 * hand-made grids of 收入预算总表 (合计 | 事业收入 | 其他收入), one behaviour each.
 */
class BudgetPositionTest {
    private static final TableExtractor EXTRACTOR = new TableExtractor(Mappings.load(), new BudgetTables(Mappings.load()));
    private static final ReportMeta META = new ReportMeta(ReportMeta.BUDGET, 2024, "某单位", "unit", false);
    private static final List<String> HEADER_1 = List.of("项目", "", "", "", "收入预算");
    private static final List<String> HEADER_2 = List.of("功能分类科目编码", "", "", "功能分类科目名称", "合计", "事业收入", "其他收入");
    private static final List<String> HEADER_3 = List.of("类", "款", "项");

    private static Map<String, Table> extract(boolean aligned, List<List<String>> body, List<Warning> warnings) {
        List<List<String>> rows = new ArrayList<>(List.of(HEADER_1, HEADER_2, HEADER_3));
        rows.addAll(body);
        List<Block> blocks = List.of(
                new TextLine("2024年单位收入预算总表", 1, 1),
                new TextLine("编制单位：某单位 单位：元", 1, 2),
                new Grid(rows, 1, 3, aligned));
        return EXTRACTOR.extract(new Document("pdf", 1, List.of(new Page(1, blocks))), META, warnings);
    }

    private static Row row(Map<String, Table> tables, String key) {
        return tables.get("budget_income").rows().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " in " + tables.get("budget_income").rows()));
    }

    private static void eq(String expected, BigDecimal actual) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0, "expected " + expected + " got " + actual);
    }

    /** 300 = 300 fits 合计 with 事业收入 or with 其他收入; the column it is printed under says which. */
    @Test
    void anAlignedGridPlacesEachAmountUnderItsHeader() {
        List<Warning> warnings = new ArrayList<>();
        Map<String, Table> t = extract(true, List.of(
                List.of("208", "", "", "社会保障和就业支出", "3,000,000", "", "3,000,000"),
                List.of("合计", "", "", "", "3,000,000", "", "3,000,000")), warnings);
        assertEquals(List.of("total", "business_income", "other_income"), t.get("budget_income").columns());
        Row r = row(t, "208");
        eq("300", r.values().get("total"));
        assertNull(r.values().get("business_income"));
        eq("300", r.values().get("other_income"));
        assertEquals(Placement.POSITION, r.placement().get("other_income"));
        assertEquals(Placement.POSITION, r.placement().get("business_income"), "a blank cell is read by position too");
        assertTrue(warnings.stream().noneMatch(w -> w.code().equals("ambiguous_columns")), warnings.toString());
    }

    /**
     * The same cells from a grid that does not vouch for alignment: the sums cannot tell 事业收入 from
     * 其他收入, so the 合计 row is placed by assumption (leftmost columns) with a warning, and the row
     * below follows it by its sums — not where the page prints it. That is why position comes first.
     */
    @Test
    void anUnalignedGridFallsBackToArithmetic() {
        List<Warning> warnings = new ArrayList<>();
        Map<String, Table> t = extract(false, List.of(
                List.of("208", "", "", "社会保障和就业支出", "3,000,000", "", "3,000,000"),
                List.of("合计", "", "", "", "3,000,000", "", "3,000,000")), warnings);
        Row r = row(t, "208");
        eq("300", r.values().get("total"));
        assertNull(r.values().get("other_income"));
        assertEquals(Placement.SUMS, r.placement().get("total"));
        assertEquals(Placement.ASSUMED, row(t, "total").placement().get("total"));
        assertTrue(warnings.stream().anyMatch(w -> w.code().equals("assumed_columns")), warnings.toString());
    }

    /** 元 to 万元 keeps every digit: 11,281,624 元 is 1128.1624 万元. */
    @Test
    void yuanBecomeWanYuanExactly() {
        Map<String, Table> t = extract(true, List.of(
                List.of("208", "", "", "社会保障和就业支出", "11,281,624", "8,661,624", "2,620,000")), new ArrayList<>());
        Row r = row(t, "208");
        assertEquals("1128.1624", r.values().get("total").toPlainString());
        assertEquals("866.1624", r.values().get("business_income").toPlainString());
        assertEquals("元", t.get("budget_income").sourceUnit());
    }

    /** A header cell gluing the name column's label to 合计 means the header is shifted: no positions. */
    @Test
    void aGluedHeaderGivesNoPositions() {
        List<List<String>> rows = List.of(
                List.of("科目编码", "科目名称合计", "事业收入", "其他收入"),
                List.of("208", "社会保障和就业支出", "69.80", "69.80"));
        List<Block> blocks = List.of(new TextLine("收入预算总表", 1, 1), new TextLine("单位：万元", 1, 2), new Grid(rows, 1, 3, true));
        Map<String, Table> t = EXTRACTOR.extract(new Document("pdf", 1, List.of(new Page(1, blocks))), META, new ArrayList<>());
        Row r = row(t, "208");
        assertEquals(Placement.SUMS, r.placement().get("total"));
        eq("69.80", r.values().get("total"));
        assertNull(r.values().get("business_income"), "position would have put 69.80 under 事业收入, and nothing under 合计");
    }

    /** In a column the header names, 100 is an amount even though three digits look like a code. */
    @Test
    void digitsUnderAValueHeaderAreAnAmount() {
        Map<String, Table> t = extract(true, List.of(
                List.of("208", "", "", "社会保障和就业支出", "100", "100")), new ArrayList<>());
        Row r = row(t, "208");
        eq("0.01", r.values().get("total"));
        eq("0.01", r.values().get("business_income"));
    }

    /** 7 | 11 | 02 under 210 / 21011: an item of the current 款 with a misprinted class, and a warning. */
    @Test
    void aMisprintedClassIsReadUnderTheRowsAbove() {
        List<Warning> warnings = new ArrayList<>();
        Map<String, Table> t = extract(true, List.of(
                List.of("210", "", "", "卫生健康支出", "503,724", "503,724"),
                List.of("210", "11", "", "行政事业单位医疗", "503,724", "503,724"),
                List.of("7", "11", "02", "事业单位医疗", "503,724", "503,724")), warnings);
        eq("50.3724", row(t, "2101102").values().get("total"));
        assertTrue(warnings.stream().anyMatch(w -> w.code().equals("code_misprinted") && w.message().contains("2101102")), warnings.toString());
    }

    /** An empty ruled table still prints a blank 合计 row; it is kept, all null. */
    @Test
    void anEmptyTableKeepsItsBlankTotalRow() {
        Map<String, Table> t = extract(true, List.of(List.of("无"), List.of("合计")), new ArrayList<>());
        assertTrue(t.get("budget_income").empty());
        assertTrue(row(t, "total").values().values().stream().allMatch(v -> v == null));
    }
}
