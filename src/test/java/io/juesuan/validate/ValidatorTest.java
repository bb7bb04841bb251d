package io.juesuan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.Pipeline;
import io.juesuan.model.Check;
import io.juesuan.model.Report;
import io.juesuan.model.Row;
import io.juesuan.model.Table;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidatorTest {
    private static final Pipeline PIPELINE = new Pipeline();

    private static Report extract(String stem) throws Exception {
        return PIPELINE.extract(Path.of("corpus", stem + ".txt"), stem);
    }

    private static Check check(Report r, String id) {
        return r.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-yantai-ybj-final", "2024-liaocheng-ybj-final", "2023-qinglong-ybj-final"})
    void samplesHoldWithinRounding(String stem) throws Exception {
        Report r = extract(stem);
        assertTrue(r.checks().size() > 100, "checks run: " + r.checks().size());
        // the 绩效 forms' own known inconsistencies are asserted in PerformanceGoldTest
        assertEquals(List.of(), r.checks().stream().filter(c -> c.status() == Check.Status.FAIL)
                .map(Check::id).filter(id -> !id.startsWith("performance.")).toList());
    }

    @Test
    void roundingDifferencesPassAndSayHowMuch() throws Exception {
        // 人员经费合计 526.48 is printed; 301 + 303 = 515.04 + 11.43 = 526.47
        Check c = check(extract("2023-yantai-ybj-final"), "general_budget_basic_expenditure.personnel_total=Σclasses");
        assertEquals(Check.Status.PASS, c.status());
        assertEquals(0, new BigDecimal("0.01").compareTo(c.difference()));
        assertEquals(0, new BigDecimal("526.47").compareTo(c.expected()));
    }

    @Test
    void consolidatedReportSkipsTheSingleUnitIdentity() throws Exception {
        Check c = check(extract("2024-liaocheng-ybj-final"), "narrative.running_costs");
        assertEquals(Check.Status.SKIP, c.status());
        assertTrue(c.message().contains("47.53"));
    }

    @Test
    void anAlteredValueFailsWithTheRightDifferenceAndIsNotFixed() throws Exception {
        Report r = extract("2023-yantai-ybj-final");
        Report altered = withValue(r, "income", "total", "total", new BigDecimal("5867.96"));
        Report checked = altered.withChecks(new Validator(PIPELINE.mappings()).check(altered, null));
        Check cross = check(checked, "01.income_total=02.total");
        assertEquals(Check.Status.FAIL, cross.status());
        assertEquals(0, new BigDecimal("-0.30").compareTo(cross.difference()));
        Check parent = check(checked, "income.total=Σclasses.total");
        assertEquals(Check.Status.FAIL, parent.status());
        assertEquals(0, new BigDecimal("0.31").compareTo(parent.difference()), "Σ 类 is 5,867.65");
        assertEquals(0, new BigDecimal("5867.96").compareTo(
                checked.tables().get("income").rows().get(0).values().get("total")), "values are never changed");
        long failures = checked.checks().stream().filter(c -> c.status() == Check.Status.FAIL)
                .filter(c -> !c.id().startsWith("performance.")).count();
        assertEquals(3, failures, "01 vs 02, 合计 = Σ类, and 合计 = Σ columns of the 合计 row");
    }

    static Report withValue(Report r, String table, String row, String column, BigDecimal value) {
        Map<String, Table> tables = new LinkedHashMap<>(r.tables());
        Table t = tables.get(table);
        List<Row> rows = t.rows().stream().map(x -> {
            if (!x.key().equals(row)) {
                return x;
            }
            Map<String, BigDecimal> v = new LinkedHashMap<>(x.values());
            v.put(column, value);
            return Row.builder(x.key()).line(x.line()).code(x.code()).level(x.level()).name(x.name()).side(x.side()).values(v).page(x.page()).build();
        }).toList();
        tables.put(table, new Table(t.label(), t.title(), t.unit(), t.pages(), t.empty(), t.columns(), rows, t.notes()));
        return new Report(r.schemaVersion(), r.source(), r.report(), r.sections(), tables, r.performance(), List.of(), r.warnings());
    }
}
