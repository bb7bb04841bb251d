package io.juesuan.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.juesuan.GoldComparison;
import io.juesuan.GoldFiles;
import io.juesuan.Pipeline;
import io.juesuan.model.Check;
import io.juesuan.model.Placement;
import io.juesuan.model.Report;
import io.juesuan.model.Severity;
import io.juesuan.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three real 上海市普陀区 budgets (WPS, landscape, fully ruled), never seen by the budget code when it
 * was written: all nine tables equal their gold cell by cell, nulls included, with report meta.
 */
class RealBudgetGoldTest {
    private static final Pipeline PIPELINE = new Pipeline();
    private static final Path REAL = Path.of("..", "shared", "real");

    @ParameterizedTest
    @ValueSource(strings = {"sh-putuo-wanli-2023-budget", "sh-putuo-fuliyuan-2024-budget", "sh-putuo-sfj-2026-budget"})
    void realBudgetEqualsGold(String stem) throws Exception {
        Path pdf = REAL.resolve(stem + ".pdf");
        assumeTrue(Files.exists(pdf), "../shared/real is absent");
        Report r = PIPELINE.extract(pdf, stem + ".pdf");
        assertEquals(List.of(), GoldComparison.differences(r, GoldFiles.read(stem), Set.of()), stem);
        // every amount was read by position, so every check that ran is independent evidence, and passes
        for (Table t : r.tables().values()) {
            t.rows().forEach(x -> assertTrue(x.placement().values().stream().allMatch(Placement.POSITION::equals), t.title() + " " + x.key()));
        }
        List<Check> ran = r.checks().stream().filter(c -> c.status() != Check.Status.SKIP && !c.id().startsWith("narrative")).toList();
        assertTrue(ran.size() > 100, stem + ": " + ran.size());
        assertEquals(List.of(), ran.stream().filter(c -> c.status() != Check.Status.PASS || !Check.Basis.INDEPENDENT.equals(c.basis())).toList());
        // the tables Shanghai's template does not print are no loss; a misprinted code is a doubt the page earns
        assertEquals(List.of(), r.warnings().stream().filter(w -> w.severity() == Severity.LOSS
                || w.severity() == Severity.DOUBT && !w.code().equals("code_misprinted")).toList());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("tables_not_printed") && w.message().contains("budget_project")));
    }
}
