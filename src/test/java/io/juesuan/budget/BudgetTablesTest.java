package io.juesuan.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.GoldComparison;
import io.juesuan.GoldFiles;
import io.juesuan.Pipeline;
import io.juesuan.model.Check;
import io.juesuan.model.Report;
import io.juesuan.model.Placement;
import io.juesuan.model.Row;
import io.juesuan.model.Table;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 预算 sample as pdftotext-style text (space-separated, empty cells missing, codes split
 * 208 / 05 / 01 with levels shown only by indentation) and as PDF (grids whose empty cells have no
 * border, so amounts arrive packed as well): gold values for 收入/支出总体, and the other ten
 * tables' rows and totals as read off the sample.
 */
class BudgetTablesTest {
    private static final Pipeline PIPELINE = new Pipeline();
    private static final Map<String, Report> CACHE = new HashMap<>();

    private static synchronized Report extract(String ext) throws Exception {
        if (!CACHE.containsKey(ext)) {
            String f = "corpus/2025-yantai-ybj-budget." + ext;
            CACHE.put(ext, PIPELINE.extract(Path.of(f), f));
        }
        return CACHE.get(ext);
    }

    private static BigDecimal v(Report r, String table, String row, String col) {
        Table t = r.tables().get(table);
        Row x = t.rows().stream().filter(y -> y.key().equals(row)).findFirst()
                .orElseThrow(() -> new AssertionError(table + "/" + row + " missing"));
        assertTrue(x.values().containsKey(col), table + " has no column " + col);
        return x.values().get(col);
    }

    private static void eq(String expected, BigDecimal got) {
        assertTrue(got != null && new BigDecimal(expected).compareTo(got) == 0, "expected " + expected + " got " + got);
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "pdf"})
    void incomeAndExpenditureEqualTheGold(String ext) throws Exception {
        Report r = extract(ext);
        assertEquals(List.of(), GoldComparison.differences(r, GoldFiles.read("2025-yantai-ybj-budget"), Set.of()));
        assertEquals(12, r.tables().size(), r.tables().keySet().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "pdf"})
    void theOtherTenTablesHoldTheirRowsAndTotals(String ext) throws Exception {
        Report r = extract(ext);
        // 公开表1: two sides, keyed by what the item is; 40 rows on the sample's template
        assertEquals(40, r.tables().get("budget_summary").rows().size());
        eq("5314.29", v(r, "budget_summary", "income:grand_total", "amount"));
        eq("5201.98", v(r, "budget_summary", "expenditure:210", "amount"));
        assertNull(v(r, "budget_summary", "income:government_fund", "amount"));
        // 公开表4: its expenditure side has four columns; 政府性基金 prints no income, so 69.80 is 一般公共预算
        eq("69.80", v(r, "budget_fiscal_summary", "expenditure:208", "general_budget"));
        assertNull(v(r, "budget_fiscal_summary", "expenditure:208", "government_fund"));
        eq("5314.29", v(r, "budget_fiscal_summary", "expenditure:grand_total", "total"));
        // 公开表5: 医疗救助 prints two equal amounts; only 项目支出 fits the 基本支出 = 人员 + 公用 sum
        eq("4743.40", v(r, "budget_general_expenditure", "total", "project"));
        eq("66.49", v(r, "budget_general_expenditure", "2101501", "public"));
        eq("4194.00", v(r, "budget_general_expenditure", "21013", "project"));
        assertNull(v(r, "budget_general_expenditure", "21013", "basic_total"));
        // 公开表6 and 10: 经济分类 codes printed 301 / 01
        assertEquals(24, r.tables().get("budget_general_basic").rows().size());
        eq("2.25", v(r, "budget_general_basic", "30217", "public"));
        eq("504.40", v(r, "budget_general_basic", "total", "personnel"));
        eq("0.79", v(r, "budget_basic", "30399", "general_budget"));
        eq("570.89", v(r, "budget_basic", "total", "total"));
        // … with the 政府预算经济分类 code and name printed beside each (303 09 奖励金 509 01 社会福利和救助)
        for (String table : List.of("budget_general_basic", "budget_basic")) {
            Row reward = row(r, table, "30309");
            assertEquals("50901 社会福利和救助", reward.govCode() + " " + reward.govName());
            Row cls = row(r, table, "301");
            assertEquals("501 机关工资福利支出", cls.govCode() + " " + cls.govName());
            assertNull(row(r, table, "total").govCode());
        }
        // 公开表7: the previous year's block is placed by its sums; this year's 2.25 could be
        // 因公出国 or 公务接待 by the sums alone, and last year's 1.35 of 公务用车 购置 or 运行 — the
        // 说明 states 因公出国（境）费0万元, 公务接待费2.25万元 and 公务用车运行维护费0万元，比上年减少1.35万元
        eq("3.60", v(r, "budget_three_public", "all", "prior_total"));
        eq("1.35", v(r, "budget_three_public", "all", "prior_vehicle_total"));
        eq("1.35", v(r, "budget_three_public", "all", "prior_vehicle_operation"));
        assertNull(v(r, "budget_three_public", "all", "prior_vehicle_purchase"));
        eq("2.25", v(r, "budget_three_public", "all", "prior_reception"));
        eq("2.25", v(r, "budget_three_public", "all", "total"));
        eq("2.25", v(r, "budget_three_public", "all", "reception"));
        assertNull(v(r, "budget_three_public", "all", "overseas"));
        assertEquals(List.of(), r.warnings(), "every amount placed");
        // neither rendering keeps empty cells: every value was placed by an identity, and says so;
        // so no check of the sample's tables counts as independent evidence
        for (Table t : r.tables().values()) {
            for (Row x : t.rows()) {
                assertEquals(x.values().keySet(), x.placement().keySet(), t.title() + " " + x.key());
                assertTrue(x.placement().values().stream().noneMatch(Placement::fromPage), t.title() + " " + x.key());
            }
        }
        assertTrue(r.checks().stream().filter(c -> !c.id().startsWith("narrative") && !c.id().startsWith("performance"))
                .allMatch(c -> io.juesuan.model.Check.Basis.PLACEMENT.equals(c.basis())), "table checks on placed values are no evidence");
        // 公开表8, 9: empty, with their notes
        assertTrue(r.tables().get("budget_government_fund").empty());
        assertTrue(r.tables().get("budget_state_capital").notes().stream().anyMatch(n -> n.contains("没有使用国有资本经营预算")));
        // 公开表11: project names without the 项目类别 a PDF cell glues on
        Table project = r.tables().get("budget_project");
        assertEquals(List.of("total", "医疗保障工作经费", "实施公车统管费用", "医疗服务与保障能力提升补助资金第一批", "困难群众医疗救助补助",
                "2025年城乡医疗救助补助资金"), project.rows().stream().map(Row::key).toList());
        eq("3794.00", v(r, "budget_project", "2025年城乡医疗救助补助资金", "general_budget"));
        assertEquals(java.util.Arrays.asList(null, "其他运转类", "其他运转类", "其他运转类", "特定目标类", "特定目标类"),
                project.rows().stream().map(Row::category).toList());
        // 公开表12
        eq("386.40", v(r, "budget_procurement", "2101502", "total"));
        assertEquals(io.juesuan.model.Level.ITEM, r.tables().get("budget_procurement").rows().get(4).level());
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "pdf"})
    void budgetChecksPass(String ext) throws Exception {
        Report r = extract(ext);
        List<Check> checks = r.checks();
        assertTrue(checks.stream().filter(c -> c.status() == Check.Status.PASS).count() > 250, "" + checks.size());
        assertEquals(List.of(), checks.stream().filter(c -> c.status() == Check.Status.FAIL).map(Check::id).toList());
        for (String id : List.of("budget_summary.income_total=expenditure_total", "budget_income.total=budget_expenditure.total",
                "budget_income.210=Σchildren.total", "budget_expenditure.project=budget_project")) {
            assertTrue(checks.stream().anyMatch(c -> c.id().equals(id) && c.status() == Check.Status.PASS), id);
        }
        // the 说明's figures against the tables: 收入预算5,314.29万元, 基本支出570.89万元, “三公”经费预算共2.25万元
        // (wrapped between 万 and 元), 机关运行经费安排66.49万元 = 公开表6 公用经费, 政府采购预算387.4万元
        assertEquals(List.of("narrative.budget.income_total", "narrative.budget.expenditure_total", "narrative.budget.basic",
                "narrative.budget.project", "narrative.budget.three_public_total", "narrative.budget.three_public_overseas",
                "narrative.budget.three_public_vehicle", "narrative.budget.three_public_reception",
                "narrative.budget.operating_costs", "narrative.budget.procurement"),
                checks.stream().filter(c -> c.id().startsWith("narrative.") && c.status() == Check.Status.PASS).map(Check::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "pdf"})
    void theReportIsAUnitBudget(String ext) throws Exception {
        Report r = extract(ext);
        assertEquals("budget", r.report().kind());
        assertEquals(2025, r.report().year());
        assertEquals("unit", r.report().scope());
        assertEquals("烟台市医疗保障局", r.report().unit());
    }

    /**
     * The 绩效目标表: names, annual budgets and indicator counts equal the gold; no scores and no
     * execution in a budget. The rows are unruled and wrap name and value independently, so the
     * rows asserted here are the hard ones: a name over two lines with its value on the second,
     * a value sentence over two lines, a value line that itself contains an operator, the
     * 服务对象满意度指标 label wrapped in its cell, and rows carried over a page break.
     */
    @ParameterizedTest
    @ValueSource(strings = {"txt", "pdf"})
    void targetFormsGiveTheGoldNamesBudgetsAndIndicators(String ext) throws Exception {
        Report r = extract(ext);
        com.fasterxml.jackson.databind.JsonNode gold = GoldFiles.read("2025-yantai-ybj-budget").get("performance").get("projects");
        List<io.juesuan.model.ProjectForm> forms = r.performance().projects();
        assertEquals(gold.size(), forms.size());
        for (int i = 0; i < gold.size(); i++) {
            assertEquals(gold.get(i).get("name").asText(), forms.get(i).name());
            eq(gold.get(i).get("funds").get("annualBudget").asText(), forms.get(i).funds().annualBudget());
            assertEquals(gold.get(i).get("indicatorCount").asInt(), forms.get(i).indicators().size(), forms.get(i).name());
            assertNull(forms.get(i).funds().executed());
            assertNull(forms.get(i).totalScore());
            assertEquals("烟台市医疗保障局", forms.get(i).implementer());
        }
        assertTrue(forms.get(1).goals().get(0).planned().startsWith("通过实施公车统管"));
        assertTrue(r.warnings().stream().noneMatch(w -> w.code().equals("target_indicators_unread")));

        List<io.juesuan.model.Indicator> capacity = forms.get(2).indicators();
        assertEquals("产出指标|数量指标|每个县(区)范围内开通门诊慢特病相关治疗费用跨省联网定点医疗机|≥1|≥|1",
                describe(capacity.get(3)));
        assertEquals("产出指标|质量指标|医保基金综合监管能力|推进智能监管子系统（国家版）全面应用工作，完成各级医疗机构事前提醒接口"
                + "对接全覆盖；稽核管理模块上线使用。|null|null", describe(capacity.get(6)));
        assertEquals("产出指标|质量指标|提升公立医疗机构平台采购药品耗材比例|公立医疗机构药品网采率≥90%|null|null",
                describe(capacity.get(10)));
        assertEquals("产出指标|时效指标|医保信息系统重大安全事件响应时间|≤60分钟|≤|60", describe(capacity.get(15)));
        assertEquals("满意度指标|服务对象满意度指标|参保人员对医保服务的满意度|≥85%|≥|85", describe(capacity.get(20)));
        List<io.juesuan.model.Indicator> car = forms.get(1).indicators();
        assertEquals("成本指标|经济成本指标|公车统管费用总金额|≤8万|≤|8", describe(car.get(0)));
        assertEquals("效益指标|经济效益指标|公车运行维护费|较去年降低|null|null", describe(car.get(6)));
        assertEquals("成本指标|社会成本指标|特困人员参加居民基本医疗保险个人负担的金额|0元|null|0",
                describe(forms.get(4).indicators().get(1)));
    }

    /**
     * 支出总体's 合计 row prints two amounts after its total, which any two of its six columns fit;
     * 公开表10's and 11's totals settle them as 基本支出 and 项目支出. Without that cross-table rule
     * (a mapping override dropping {@code rootFrom}) the same values come out only as an assumption,
     * and a warning says so.
     */
    @org.junit.jupiter.api.Test
    void otherTablesTotalsSettleTheExpenditureTotalRow(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Report settled = extract("txt");
        eq("570.89", v(settled, "budget_expenditure", "total", "basic"));
        eq("4743.40", v(settled, "budget_expenditure", "total", "project"));
        assertTrue(settled.warnings().stream().noneMatch(w -> w.code().equals("assumed_columns")), settled.warnings().toString());
        assertEquals(Placement.OTHER_TABLE, row(settled, "budget_expenditure", "total").placement().get("basic"));
        assertEquals(Placement.SUMS, row(settled, "budget_expenditure", "208").placement().get("basic"));

        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var tables = io.juesuan.Mappings.load().get("tables").deepCopy();
        tables.get("tables").forEach(t -> ((com.fasterxml.jackson.databind.node.ObjectNode) t).remove("rootFrom"));
        json.writeValue(dir.resolve("tables.json").toFile(), tables);
        String f = "corpus/2025-yantai-ybj-budget.txt";
        Report assumed = new Pipeline(io.juesuan.Mappings.withOverrides(dir)).extract(Path.of(f), f);
        eq("570.89", v(assumed, "budget_expenditure", "total", "basic"));
        assertTrue(assumed.warnings().stream().anyMatch(w -> w.code().equals("assumed_columns")
                && w.message().startsWith("budget_expenditure")), assumed.warnings().toString());
        assertEquals(Placement.ASSUMED, row(assumed, "budget_expenditure", "total").placement().get("basic"));
    }

    /** Without the 说明's statements (a mapping override dropping narrativeHints) the 三公 amounts the sums leave open stay blank, and a warning lists them. */
    @org.junit.jupiter.api.Test
    void withoutTheNarrativeThreePublicAmountsStayOpen(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var tables = io.juesuan.Mappings.load().get("tables").deepCopy();
        tables.get("tables").forEach(t -> ((com.fasterxml.jackson.databind.node.ObjectNode) t).remove("narrativeHints"));
        json.writeValue(dir.resolve("tables.json").toFile(), tables);
        String f = "corpus/2025-yantai-ybj-budget.txt";
        Report open = new Pipeline(io.juesuan.Mappings.withOverrides(dir)).extract(Path.of(f), f);
        eq("2.25", v(open, "budget_three_public", "all", "total"));
        assertNull(v(open, "budget_three_public", "all", "reception"));
        assertNull(v(open, "budget_three_public", "all", "prior_vehicle_operation"));
        assertTrue(open.warnings().stream().anyMatch(w -> w.code().equals("ambiguous_columns")
                && w.message().contains("prior_vehicle_purchase/prior_vehicle_operation/overseas/reception")), open.warnings().toString());
        assertEquals(Placement.SUMS, row(open, "budget_three_public", "all").placement().get("total"));
        assertEquals(Placement.NARRATIVE, row(extract("txt"), "budget_three_public", "all").placement().get("reception"));
    }

    private static Row row(Report r, String table, String key) {
        return r.tables().get(table).rows().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
    }

    private static String describe(io.juesuan.model.Indicator i) {
        return i.level1() + "|" + i.level2() + "|" + i.name() + "|" + i.target() + "|" + i.targetOp() + "|"
                + (i.targetValue() == null ? null : i.targetValue().toPlainString());
    }
}
