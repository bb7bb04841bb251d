package io.juesuan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.juesuan.Pipeline;
import io.juesuan.model.Check;
import io.juesuan.model.Report;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every 类/款/项 statement of the 说明 is found, resolved through the report's tables and checked.
 * Per report: statements printed, resolved, and the outcomes of their checks.
 */
class ItemStatementsTest {
    private static final Pipeline PIPELINE = new Pipeline();
    private static final Path REAL = Path.of("..", "shared", "real");

    private static Report extract(Path p) throws Exception {
        return PIPELINE.extract(p, p.toString());
    }

    private static List<Check> items(Report r) {
        return r.checks().stream().filter(c -> c.id().startsWith("narrative.item.")).toList();
    }

    /** kind of check → status → count, e.g. {amount={pass=6}, rate={pass=6}}. */
    private static Map<String, Map<String, Long>> outcomes(List<Check> checks) {
        return checks.stream().collect(Collectors.groupingBy(c -> c.id().substring(c.id().lastIndexOf('.') + 1).replaceAll("#\\d+$", ""),
                TreeMap::new, Collectors.groupingBy(c -> c.status().json(), TreeMap::new, Collectors.counting())));
    }

    /** Statements printed = distinct statements with a check; resolved = those with a code in their id. */
    private static long[] counts(List<Check> checks) {
        long printed = checks.stream().map(c -> c.id().substring(0, c.id().lastIndexOf('.'))).distinct().count();
        long resolved = checks.stream().map(c -> c.id().substring(0, c.id().lastIndexOf('.'))).distinct()
                .filter(id -> !id.contains("#")).count();
        return new long[] {printed, resolved};
    }

    @Test
    void samplesEveryStatementFoundResolvedAndPassing() throws Exception {
        Map<String, long[]> expected = Map.of(
                "2023-yantai-ybj-final", new long[] {6, 6},
                "2024-liaocheng-ybj-final", new long[] {15, 15},
                "2023-qinglong-ybj-final", new long[] {0, 0},
                "2025-yantai-ybj-budget", new long[] {0, 0});
        StringBuilder table = new StringBuilder();
        for (Map.Entry<String, long[]> e : new TreeMap<>(expected).entrySet()) {
            for (String ext : List.of("txt", "pdf")) {
                Report r = extract(Path.of("corpus", e.getKey() + "." + ext));
                List<Check> checks = items(r);
                long[] n = counts(checks);
                table.append(e.getKey()).append('.').append(ext).append(": printed ").append(n[0]).append(", resolved ").append(n[1])
                        .append(", ").append(outcomes(checks)).append('\n');
                assertEquals(e.getValue()[0], n[0], e.getKey() + "." + ext + " printed");
                assertEquals(e.getValue()[1], n[1], e.getKey() + "." + ext + " resolved");
                assertTrue(checks.stream().allMatch(c -> c.status() == Check.Status.PASS), checks.stream()
                        .filter(c -> c.status() != Check.Status.PASS).map(Check::message).toList().toString());
                assertTrue(checks.stream().allMatch(c -> Check.Basis.INDEPENDENT.equals(c.basis())));
            }
        }
        System.out.println(table);
        Report yt = extract(Path.of("corpus", "2023-yantai-ybj-final.txt"));
        Map<String, Map<String, Long>> o = outcomes(items(yt));
        assertEquals(Map.of("pass", 6L), o.get("amount"));
        assertEquals(Map.of("pass", 6L), o.get("rate"));
        assertEquals(Map.of("pass", 6L), o.get("direction"));
        Report lc = extract(Path.of("corpus", "2024-liaocheng-ybj-final.txt"));
        assertEquals(Map.of("pass", 12L), outcomes(items(lc)).get("rate"), "three state no rate (年初无预算 …)");
    }

    @Test
    void czjFinalAccountStatementsAgreeWithTheTable() throws Exception {
        Path pdf = REAL.resolve("sh-putuo-czj-2024.pdf");
        assumeTrue(Files.exists(pdf), "../shared/real is absent");
        List<Check> checks = items(extract(pdf));
        assertEquals(11, counts(checks)[0]);
        assertEquals(11, counts(checks)[1]);
        assertEquals(Map.of("pass", 11L), outcomes(checks).get("amount"));
        assertTrue(checks.stream().allMatch(c -> c.status() == Check.Status.PASS));
    }

    /**
     * A real budget with real errors: the rate, renamed-class and stated-twice problems fail, and every
     * stated amount equals its cell in 一般公共预算支出功能分类预算表 (208.8 of 住房公积金 included: 201.50
     * is the typo).
     */
    @Test
    void sfjBudgetErrorsAreFailingChecksAndNothingElseFails() throws Exception {
        Path pdf = REAL.resolve("sh-putuo-sfj-2026-budget.pdf");
        assumeTrue(Files.exists(pdf), "../shared/real is absent");
        List<Check> checks = items(extract(pdf));
        Map<String, String> failed = new TreeMap<>();
        checks.stream().filter(c -> c.status() == Check.Status.FAIL).forEach(c -> failed.put(c.id(), c.message()));
        assertEquals(13, counts(checks)[0], "13 statements");
        assertEquals(13, counts(checks)[1], "each with its code printed: 204类 06款 01项");
        assertEquals(List.of(
                "narrative.item.2040699.change",    // 43269.3 → 3845.49 stated as 增加 17.62 % (from 3269.3 it would be)
                "narrative.item.2080506.change",    // 77.99 → 91.97 is +17.93 %, stated 17.66 % (the line above's figure)
                "narrative.item.2101101.name",      // 医疗卫生与计划生育支出: the older name of 210 卫生健康支出
                "narrative.item.2210201.twice"),    // 208.8 万元, then 预算安排 201.50 万元
                List.copyOf(failed.keySet()), failed.toString());
        Check twice = checks.stream().filter(c -> c.id().equals("narrative.item.2210201.twice")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("208.8").compareTo(twice.expected()));
        // the change of 住房公积金 follows from 208.8 (not from 201.50): one error, one failure
        assertEquals(Check.Status.PASS, checks.stream().filter(c -> c.id().equals("narrative.item.2210201.change")).findFirst()
                .orElseThrow().status());
        assertEquals(11, checks.stream().filter(c -> c.id().endsWith(".change") && c.status() == Check.Status.PASS).count());
        assertEquals(Map.of("pass", 13L), outcomes(checks).get("amount"));
        // 增加 / 减少 is the change's sign, not a second check of the same sentence
        assertTrue(checks.stream().noneMatch(c -> c.id().endsWith(".direction")));
    }

    /**
     * The other two real budgets: every statement read (quoted names), and of what follows from the
     * sentences alone only the real contradictions fail (ids become codes once the tables resolve them).
     */
    @Test
    void otherShanghaiBudgetsStatementsAndTheirOwnContradictions() throws Exception {
        Path wanli = REAL.resolve("sh-putuo-wanli-2023-budget.pdf");
        assumeTrue(Files.exists(wanli), "../shared/real is absent");
        List<Check> w = items(extract(wanli));
        assertEquals(34, counts(w)[0], "34 statements");
        List<String> own = w.stream().filter(c -> c.status() == Check.Status.FAIL
                && (c.id().endsWith(".change") || c.id().endsWith(".twice") || c.id().endsWith(".direction")))
                .map(c -> c.id().substring(c.id().lastIndexOf('.') + 1) + " " + c.message().substring(1, c.message().indexOf('（'))).toList();
        // 11.67 → 45.41 is +289.12 %, stated 314.82 %; 职业年金 220.63 then 预算安排 441.25 (the line above's), +60.54 % from neither
        assertEquals(List.of("change 一般公共服务支出", "change 社会保障和就业支出", "twice 社会保障和就业支出"), own.stream().sorted().toList());
        assertTrue(w.stream().filter(c -> c.id().endsWith(".change") && c.status() == Check.Status.SKIP)
                .allMatch(c -> c.message().contains("last is 0")), "从 0 增加100.00%: no % follows, said so");

        Path fuli = REAL.resolve("sh-putuo-fuliyuan-2024-budget.pdf");
        List<Check> f = items(extract(fuli));
        assertEquals(6, counts(f)[0]);
        assertEquals(Map.of("pass", 6L), outcomes(f).get("change"));
        // the older class name, and 社会福利事业单位 stated as 738.66 万元 where its table prints 696.4796
        // (738.66 is printed in no table of the report)
        assertEquals(List.of("narrative.item.2081005.amount", "narrative.item.2101102.name"),
                f.stream().filter(c -> c.status() == Check.Status.FAIL).map(Check::id).sorted().toList());
    }

    @Test
    void formulaToleranceFollowsPrintedRounding() {
        Formula f = new Formula("rate = amount / budget * 100");
        Formula.Result r = f.evaluate(Map.of("rate", new BigDecimal("1.98"), "amount", new BigDecimal("43.35"),
                "budget", new BigDecimal("2188.35")));
        assertEquals(0, new BigDecimal("1.981").compareTo(r.expected().setScale(3, java.math.RoundingMode.HALF_UP)));
        assertTrue(r.tolerance().compareTo(new BigDecimal("0.005")) > 0 && r.tolerance().compareTo(new BigDecimal("0.01")) < 0,
                r.tolerance().toPlainString());
        Formula c = new Formula("change = (amount - last) / last * 100");
        Formula.Result x = c.evaluate(Map.of("change", new BigDecimal("-1.39"), "amount", new BigDecimal("53.84"),
                "last", new BigDecimal("54.60")));
        assertTrue(x.expected().subtract(new BigDecimal("-1.39")).abs().compareTo(x.tolerance()) <= 0);
    }
}
