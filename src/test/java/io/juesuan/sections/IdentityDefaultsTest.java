package io.juesuan.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.Mappings;
import io.juesuan.ingest.TextDocumentReader;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Severity;
import io.juesuan.model.Warning;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fallbacks are said, not silent; a department listing its subordinate units is consolidated. */
class IdentityDefaultsTest {
    private static ReportMeta identify(String text, List<Warning> w) {
        return new ReportIdentifier(Mappings.load()).identify(new TextDocumentReader().parse(text), w);
    }

    /** A Shanghai budget prints 名词解释 before its 编制说明 and continues part 3 in 其他相关情况说明. */
    @Test
    void shanghaiBudgetPartsInTheirOwnOrder() throws Exception {
        java.nio.file.Path pdf = java.nio.file.Path.of("..", "shared", "real", "sh-putuo-sfj-2026-budget.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(pdf), "../shared/real is absent");
        io.juesuan.model.Report r = new io.juesuan.Pipeline().extract(pdf, pdf.toString());
        List<String> keys = r.sections().stream().map(io.juesuan.model.Section::key).toList();
        assertEquals(List.of("overview", "glossary", "explanation", "explanation", "explanation.1", "explanation.2",
                "explanation.3", "explanation.4", "explanation.5"), keys.subList(0, 9));
        assertTrue(r.sections().get(2).title().contains("预算编制说明"));
        assertTrue(r.sections().get(4).title().contains("三公"));
        assertEquals(3, r.sections().get(4).part());
        // the 说明's figures are found (compared with the tables once they are read)
        assertTrue(r.checks().stream().filter(c -> c.id().startsWith("narrative.budget.three_public"))
                .allMatch(c -> c.message().startsWith("stated") || c.status() == io.juesuan.model.Check.Status.PASS), r.checks().toString());
    }

    @Test
    void kindAndScopeFallbacksAreDoubts() {
        List<Warning> w = new ArrayList<>();
        ReportMeta m = identify("某某局\n2024年度\n收入支出总表\n", w);
        assertEquals("final_account", m.kind());
        assertEquals("unit", m.scope());
        assertTrue(w.stream().anyMatch(x -> x.code().equals("kind_assumed") && x.severity() == Severity.DOUBT), w.toString());
        assertTrue(w.stream().anyMatch(x -> x.code().equals("scope_assumed") && x.severity() == Severity.DOUBT), w.toString());
    }

    @Test
    void subordinateUnitsMakeItConsolidated() {
        List<Warning> w = new ArrayList<>();
        String head = "上海市普陀区司法局2026年部门预算\n部门：上海市普陀区司法局\n";
        ReportMeta m = identify(head + "上海市普陀区司法局部门预算是包括区司法局本部以及下属1家预算单位的综合收支计划。\n", w);
        assertTrue(m.consolidated());
        assertTrue(identify(head + "从决算编报单位构成看，纳入2023年度本部门决算汇编范围的独立核算单位共\n2个，具体情况如下：\n", w)
                .consolidated(), "a count split over a line break");
        assertTrue(identify(head + "从单位构成看,某局部门决算包括:某局(本级)、某中心、某所。\n", w).consolidated());
        assertFalse(identify(head + "本单位为某局二级预算单位，无下属单位。\n", w).consolidated());
        assertTrue(w.stream().noneMatch(x -> x.code().equals("kind_assumed")));
    }
}
