package io.juesuan.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.GoldComparison;
import io.juesuan.GoldFiles;
import io.juesuan.Pipeline;
import io.juesuan.model.Report;
import io.juesuan.model.Row;
import io.juesuan.model.Table;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every cell of the nine 决算 tables of each sample text equals the gold, nulls included. */
class FinalAccountGoldTest {
    private static final Pipeline PIPELINE = new Pipeline();

    static Report extract(String stem, String ext) throws Exception {
        return PIPELINE.extract(Path.of("corpus", stem + "." + ext), "corpus/" + stem + "." + ext);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-yantai-ybj-final", "2024-liaocheng-ybj-final", "2023-qinglong-ybj-final"})
    void textRenderingEqualsGold(String stem) throws Exception {
        Report report = extract(stem, "txt");
        List<String> diffs = GoldComparison.differences(report, GoldFiles.read(stem), Set.of());
        assertEquals(List.of(), diffs, stem);
        assertEquals("text", report.source().format());
        assertEquals(9, report.tables().size());
    }

    @Test
    void summaryRowsAreKeyedByWhatTheItemIs() throws Exception {
        Report r = extract("2023-qinglong-ybj-final", "txt");
        Table t04 = r.tables().get("fiscal_appropriation_summary");
        // 29–31 repeat the fund names of lines 1–3: they are the parts of the opening balance
        Row part = t04.rows().stream().filter(x -> x.key().equals("income:opening_balance.general_budget")).findFirst().orElseThrow();
        assertEquals(29, part.line());
        Row health = t04.rows().stream().filter(x -> x.key().equals("expenditure:210")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("17244.41").compareTo(health.values().get("general_budget")));
    }

    @Test
    void emptyTablesKeepTheirTotalRowAndNoDataNote() throws Exception {
        Report r = extract("2024-liaocheng-ybj-final", "txt");
        Table fund = r.tables().get("government_fund");
        assertTrue(fund.empty());
        assertEquals(List.of("total"), fund.rows().stream().map(Row::key).toList());
        assertTrue(fund.notes().stream().anyMatch(n -> n.contains("故本表无数据")));
    }
}
