package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.juesuan.GoldComparison;
import io.juesuan.GoldFiles;
import io.juesuan.Pipeline;
import io.juesuan.model.Report;
import io.juesuan.model.Row;
import io.juesuan.model.Table;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PDF front-end gives exactly the gold cells, pages included, for the samples and a real report. */
class PdfGoldTest {
    private static final Pipeline PIPELINE = new Pipeline();
    private static final Path REAL = Path.of("..", "shared", "real");

    /**
     * {@code t3.pdf}: the same report printed from a browser with Noto CJK — every font Type 3, many
     * characters mapped to Kangxi radicals (⼊ for 入, ⽀ for 支); same gold.
     */
    @ParameterizedTest
    @CsvSource({"2023-yantai-ybj-final,pdf,27", "2024-liaocheng-ybj-final,pdf,51", "2023-qinglong-ybj-final,pdf,61",
            "2023-yantai-ybj-final,t3.pdf,27"})
    void samplePdfEqualsGold(String stem, String ext, int pages) throws Exception {
        Report r = PIPELINE.extract(Path.of("corpus", stem + "." + ext), "corpus/" + stem + "." + ext);
        assertEquals("pdf", r.source().format());
        assertEquals(pages, r.source().pageCount());
        assertEquals(List.of(), GoldComparison.differences(r, GoldFiles.read(stem), Set.of()), stem);
        // the same report as text gives the same tables
        Report text = PIPELINE.extract(Path.of("corpus", stem + ".txt"), stem);
        for (String key : text.tables().keySet()) {
            assertEquals(values(text.tables().get(key)), values(r.tables().get(key)), key);
        }
    }

    private static List<String> values(Table t) {
        return t.rows().stream().map(row -> row.key() + "=" + row.values()).toList();
    }

    /**
     * 上海市普陀区财政局 2024 (ONLYOFFICE): no labels, no 行次, split 类/款/项 columns, continuation
     * pages without header, values not on their label's text line, 三公 with two values only.
     */
    @Test
    void realOnlyOfficeReportEqualsGold() throws Exception {
        Path pdf = REAL.resolve("sh-putuo-czj-2024.pdf");
        assumeTrue(Files.exists(pdf), "../shared/real is absent");
        Report r = PIPELINE.extract(pdf, "sh-putuo-czj-2024.pdf");
        assertEquals(List.of(), GoldComparison.differences(r, GoldFiles.read("sh-putuo-czj-2024"), Set.of()));
        assertEquals(25, r.source().pageCount());
        Row debt = row(r.tables().get("income_expenditure_summary"), "expenditure:231");
        assertEquals("二十四、债务还本支出", debt.name());
        Row reception = row(r.tables().get("three_public"), "all");
        assertEquals(0, new BigDecimal("0.95").compareTo(reception.values().get("budget_reception")));
        assertEquals(null, reception.values().get("actual_vehicle_operation"));
    }

    @Test
    void blankOfficialTemplateHasAllNineTablesEmpty() throws Exception {
        Path pdf = REAL.resolve("template-2024.pdf");
        assumeTrue(Files.exists(pdf), "../shared/real is absent");
        Report r = PIPELINE.extract(pdf, "template-2024.pdf");
        assertEquals(9, r.tables().size());
        for (Table t : r.tables().values()) {
            assertTrue(t.empty(), t.title());
            assertTrue(t.rows().stream().allMatch(x -> x.values().values().stream().allMatch(v -> v == null)), t.title());
        }
    }

    private static Row row(Table t, String key) {
        return t.rows().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }
}
