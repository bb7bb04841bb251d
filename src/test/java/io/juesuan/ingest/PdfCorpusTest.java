package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.TextLine;
import io.juesuan.normalize.TextNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The corpus PDFs are renderings of the corpus texts, so their grids must carry the same cells.
 *
 * <p>Normalisation for the comparison: all grid rows of the document are concatenated (a table
 * split over pages in one rendering but not the other compares equal), cells lose their white
 * space (a cell wrapped at a space in the PDF joins without it; letter-spacing), trailing blank
 * cells and fully blank rows are dropped, as the text front-end does.
 */
class PdfCorpusTest {
    private static final Path CORPUS = Path.of("corpus");

    @Test
    void yantaiGridsEqualTheTextRendering() throws Exception {
        Document pdf = new PdfDocumentReader().read(CORPUS.resolve("2023-yantai-ybj-final.pdf"));
        Document txt = new TextDocumentReader().read(CORPUS.resolve("2023-yantai-ybj-final.txt"));
        assertEquals("pdf", pdf.format());
        assertEquals(27, pdf.pageCount());
        assertEquals(gridRows(txt), gridRows(pdf));
        assertTrue(hasRow(pdf, "2101301", "城乡医疗救助", "4,737.00", "4,737.00"));
        assertTrue(hasRow(pdf, "", "合计", "5,867.66", "596.16", "5,271.50"), "03 totals keep their label in col1");
        assertTrue(hasLine(pdf, "收入决算表"));
        assertTrue(hasLine(pdf, "单位：烟台市医疗保障局本级"));
    }

    @Test
    void liaochengGridsEqualTheTextRendering() throws Exception {
        Document pdf = new PdfDocumentReader().read(CORPUS.resolve("2024-liaocheng-ybj-final.pdf"));
        Document txt = new TextDocumentReader().read(CORPUS.resolve("2024-liaocheng-ybj-final.txt"));
        assertEquals(51, pdf.pageCount());
        // includes performance-form rows cut by page breaks, re-joined into one row
        assertEquals(gridRows(txt), gridRows(pdf));
        assertTrue(hasRow(pdf, "", "", "基本医疗保险个人缴费标准", "≥360元", "410元", "4.00", "4.00"));
    }

    /**
     * Qinglong's text writes some captions (公开05表's 部门 line, form titles) as tab rows; the PDF
     * prints them above the ruling, where they are text lines, not cells. And one form's last two
     * rows fall on a page whose lattice has fewer columns. So: the PDF's rows, blanks removed, are
     * the text's rows in order, with only those text rows missing.
     */
    @Test
    void qinglongGridsAreTheTextRowsInOrder() throws Exception {
        Document pdf = new PdfDocumentReader().read(CORPUS.resolve("2023-qinglong-ybj-final.pdf"));
        Document txt = new TextDocumentReader().read(CORPUS.resolve("2023-qinglong-ybj-final.txt"));
        assertEquals(61, pdf.pageCount());
        List<String> pdfRows = gridRows(pdf).stream().map(PdfCorpusTest::nonBlank).toList();
        List<String> txtRows = gridRows(txt).stream().map(PdfCorpusTest::nonBlank).toList();
        int t = 0;
        int matched = 0;
        for (String row : pdfRows) {
            while (t < txtRows.size() && !txtRows.get(t).equals(row)) {
                t++;
            }
            assertTrue(t < txtRows.size(), "PDF row not in the text rendering (in order): " + row);
            t++;
            matched++;
        }
        assertTrue(matched >= txtRows.size() - 25, "text rows without a PDF row: " + (txtRows.size() - matched));
        int exact = 0;
        List<String> exactTxt = gridRows(txt);
        for (String row : gridRows(pdf)) {
            exact += exactTxt.contains(row) ? 1 : 0;
        }
        assertTrue(exact >= pdfRows.size() - 3, "rows differing in blank cells: " + (pdfRows.size() - exact));
    }

    @Test
    void budgetReadsWithTablesAsGrids() throws Exception {
        Document pdf = new PdfDocumentReader().read(CORPUS.resolve("2025-yantai-ybj-budget.pdf"));
        assertEquals(30, pdf.pageCount());
        assertTrue(pdf.blocks().stream().anyMatch(b -> b instanceof Grid));
    }

    static List<String> gridRows(Document d) {
        List<String> rows = new ArrayList<>();
        for (var b : d.blocks()) {
            if (b instanceof Grid g) {
                for (List<String> r : g.rows()) {
                    List<String> cells = new ArrayList<>(r.stream().map(TextNormalizer::squeeze).toList());
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                    // markdown table separators are layout, not cells
                    if (!cells.isEmpty() && !cells.stream().allMatch(c -> c.matches("-*"))) {
                        rows.add(String.join("|", cells));
                    }
                }
            }
        }
        return rows;
    }

    private static String nonBlank(String row) {
        return String.join("|", List.of(row.split("\\|", -1)).stream().filter(c -> !c.isEmpty()).toList());
    }

    static boolean hasRow(Document d, String... cells) {
        List<String> want = List.of(cells);
        return d.blocks().stream().filter(b -> b instanceof Grid).map(b -> (Grid) b)
                .flatMap(g -> g.rows().stream()).anyMatch(r -> r.size() >= want.size() && r.subList(0, want.size()).equals(want));
    }

    static boolean hasLine(Document d, String text) {
        return d.blocks().stream().anyMatch(b -> b instanceof TextLine t && t.text().equals(text));
    }
}
