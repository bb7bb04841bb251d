package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real ONLYOFFICE report: codes in 类/款/项 columns, numbers not on their name's text line,
 * continuation pages without header, landscape pages. Cells are checked against the gold JSON.
 * Skipped when ../shared/real is absent (public data, not part of the project).
 */
class PdfRealReportTest {
    private static final Path REAL = Path.of("../shared/real/sh-putuo-czj-2024.pdf");
    private static final Path GOLD = Path.of("../shared/gold/sh-putuo-czj-2024.json");
    private static final Path TEMPLATE = Path.of("../shared/real/template-2024.pdf");
    private static Document doc;
    private static JsonNode gold;

    @BeforeAll
    static void read() throws Exception {
        if (Files.exists(REAL) && Files.exists(GOLD)) {
            doc = new PdfDocumentReader().read(REAL);
            gold = new ObjectMapper().readTree(GOLD.toFile());
        }
    }

    private static void assumeReal() {
        Assumptions.assumeTrue(doc != null, "../shared/real or ../shared/gold absent");
    }

    @Test
    void pageCount() {
        assumeReal();
        assertEquals(25, doc.pageCount());
    }

    @Test
    void everyCodedRowOf020305HasItsGoldCells() {
        assumeReal();
        for (String table : List.of("income", "expenditure", "general_budget_expenditure")) {
            JsonNode t = gold.path("tables").path(table);
            int checked = 0;
            for (JsonNode row : t.path("rows")) {
                if (row.path("code").isNull()) {
                    continue;
                }
                List<BigDecimal> want = new ArrayList<>();
                t.path("columns").forEach(c -> want.add(number(row.path("values").path(c.asText()))));
                String code = row.path("code").asText();
                String name = row.path("name").asText();
                boolean found = rows().stream().anyMatch(r -> cell(r, 0).concat(cell(r, 1)).concat(cell(r, 2)).equals(code)
                        && cell(r, 3).equals(name) && numbers(r, 4, want.size()).equals(want));
                assertTrue(found, table + " row " + code + " " + name + " " + want);
                checked++;
            }
            assertTrue(checked >= 15, table + " checked " + checked);
        }
    }

    @Test
    void expenditureRowWithNumbersAboveItsCode() {
        assumeReal();
        // 1,503.52 is printed a line above 201 06 01 / 行政运行; the cell box keeps it in the row
        assertTrue(PdfCorpusTest.hasRow(doc, "201", "06", "01", "行政运行", "1,511.89", "1,503.52", "8.37"));
    }

    @Test
    void basicExpenditureHalvesKeepCodesNamesAndAmounts() {
        assumeReal();
        JsonNode t = gold.path("tables").path("general_budget_basic_expenditure");
        int checked = 0;
        for (JsonNode row : t.path("rows")) {
            if (row.path("code").isNull()) {
                continue;
            }
            String code = row.path("code").asText();
            String name = row.path("name").asText();
            BigDecimal amount = number(row.path("values").path("amount"));
            boolean found = rows().stream().anyMatch(r -> {
                for (int h : new int[] {0, 4}) {
                    if (cell(r, h).concat(cell(r, h + 1)).equals(code) && cell(r, h + 2).equals(name)
                            && Objects.equals(numbers(r, h + 3, 1).get(0), amount)) {
                        return true;
                    }
                }
                return false;
            });
            assertTrue(found, "06 row " + code + " " + name + " " + amount);
            checked++;
        }
        assertTrue(checked >= 60, "checked " + checked);
        assertTrue(PdfCorpusTest.hasRow(doc, "301", "01", "基本工资", "262.33", "302", "01", "办公费", "21.21"));
    }

    @Test
    void threePublicValuesLandInBudgetTotalAndReceptionColumns() {
        assumeReal();
        Grid g = doc.blocks().stream().filter(b -> b instanceof Grid).map(b -> (Grid) b)
                .filter(x -> x.rows().stream().anyMatch(r -> r.contains("公务接待费")))
                .filter(x -> x.rows().stream().anyMatch(r -> r.contains("预算数"))).findFirst().orElseThrow();
        List<String> heads = g.rows().stream().filter(r -> r.contains("公务接待费")).findFirst().orElseThrow();
        List<String> budgetActual = g.rows().stream().filter(r -> r.size() == 12 && r.get(0).equals("预算数")).findFirst().orElseThrow();
        List<String> data = g.rows().get(g.rows().size() - 1);
        int reception = heads.indexOf("公务接待费");
        assertEquals(0, heads.indexOf("合计"));
        assertEquals("预算数", budgetActual.get(reception));
        assertEquals("0.95", data.get(0));
        assertEquals("0.95", data.get(reception));
        for (int c = 0; c < data.size(); c++) {
            if (c != 0 && c != reception) {
                assertEquals("", data.get(c), "column " + c);
            }
        }
    }

    @Test
    void summaryContinuesOnTheNextPageWithoutHeader() {
        assumeReal();
        assertTrue(PdfCorpusTest.hasRow(doc, "年初结转和结余", "49.14", "年末结转和结余", "55.34"));
        assertTrue(PdfCorpusTest.hasRow(doc, "八、其他收入", "6.20", "八、社会保障和就业支出", "326.71"));
        assertTrue(PdfCorpusTest.hasLine(doc, "财政拨款“三公”经费支出决算表"));
    }

    @Test
    void blankTemplateReads() throws Exception {
        Assumptions.assumeTrue(Files.exists(TEMPLATE));
        Document t = new PdfDocumentReader().read(TEMPLATE);
        assertEquals(23, t.pageCount());
        long grids = t.blocks().stream().filter(b -> b instanceof Grid).count();
        assertTrue(grids >= 9, "grids " + grids);
        assertFalse(PdfCorpusTest.hasRow(t, "合计", "2,940.05"));
        assertTrue(PdfCorpusTest.hasRow(t, "30101", "基本工资", "", "30201", "办公费"));
    }

    private static List<List<String>> rows() {
        return doc.blocks().stream().filter(b -> b instanceof Grid).flatMap(b -> ((Grid) b).rows().stream()).toList();
    }

    private static String cell(List<String> r, int c) {
        return c < r.size() ? r.get(c) : "";
    }

    private static List<BigDecimal> numbers(List<String> r, int from, int n) {
        List<BigDecimal> out = new ArrayList<>();
        for (int c = from; c < from + n; c++) {
            String s = cell(r, c).replace(",", "");
            out.add(s.isEmpty() ? null : new BigDecimal(s).stripTrailingZeros());
        }
        return out;
    }

    private static BigDecimal number(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? null : v.decimalValue().stripTrailingZeros();
    }
}
