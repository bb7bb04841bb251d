package io.juesuan.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.juesuan.GoldComparison;
import io.juesuan.GoldFiles;
import io.juesuan.Pipeline;
import io.juesuan.model.Report;
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
    }
}
