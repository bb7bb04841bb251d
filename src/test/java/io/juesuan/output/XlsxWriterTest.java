package io.juesuan.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.review.ColumnLabels;
import io.juesuan.review.TableLayout;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbooks of every committed sample report ({@code extracted/}), opened again with POI: a sheet per
 * table, every amount of the JSON found as a number in its row under its column's printed header (read
 * back from the sheet's header rows, not from the layout; income or expenditure side by its position), no other numbers, codes as text; the checks and
 * warnings sheets one row per item. And the same bytes twice.
 */
class XlsxWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ColumnLabels LABELS = ColumnLabels.load();

    @TempDir
    Path tmp;

    @Test
    void everyTableASheetWithTheJsonValues() throws IOException {
        Path out = copySamples();
        int written = new XlsxWriter(LABELS).writeFolder(out, false);
        List<String> reports = reports(out);
        assertEquals(reports.size(), written);
        int values = 0;
        for (String rel : reports) {
            JsonNode report = JSON.readTree(out.resolve(rel).toFile());
            Path book = XlsxWriter.workbookPath(out, rel);
            assertTrue(Files.isRegularFile(book), book.toString());
            try (InputStream in = Files.newInputStream(book); Workbook wb = WorkbookFactory.create(in)) {
                assertEquals(report.path("tables").size() + 3, wb.getNumberOfSheets(), rel);
                for (Iterator<Map.Entry<String, JsonNode>> it = report.path("tables").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> t = it.next();
                    TableLayout l = TableLayout.of(t.getKey(), t.getValue(), LABELS);
                    Sheet sh = wb.getSheet(XlsxWriter.sheetName(l));
                    assertNotNull(sh, rel + " " + XlsxWriter.sheetName(l));
                    assertEquals(t.getValue().path("title").asText(), sh.getRow(0).getCell(0).getStringCellValue());
                    values += compare(rel, t.getKey(), t.getValue(), sh);
                }
                Sheet checks = wb.getSheet("检查 checks");
                assertEquals(report.path("checks").size(), checks.getLastRowNum());
                for (int i = 0; i < report.path("checks").size(); i++) {
                    JsonNode c = report.path("checks").get(i);
                    Row row = checks.getRow(i + 1);
                    assertEquals(c.path("id").asText(), row.getCell(0).getStringCellValue());
                    assertEquals(c.path("status").asText(), row.getCell(1).getStringCellValue());
                    if (c.path("actual").isNumber()) {
                        assertEquals(0, c.get("actual").decimalValue().compareTo(BigDecimal.valueOf(row.getCell(4).getNumericCellValue())));
                    }
                }
                assertEquals(report.path("warnings").size(), wb.getSheet("警告 warnings").getLastRowNum());
            }
        }
        System.out.printf("xlsx: %d workbooks, %d amounts compared%n", written, values);
        assertTrue(values > 1000, values + " values");
    }

    /**
     * Reads the sheet back: a row's text cell under a name header (项目 / 科目名称 / 项目名称) opens an item,
     * the numbers right of it belong to it under the header text of their column.
     */
    private static int compare(String rel, String key, JsonNode table, Sheet sh) {
        // header rows: from row 2 until the frozen pane
        int first = sh.getPaneInformation() == null ? 3 : sh.getPaneInformation().getHorizontalSplitTopRow();
        // each column's header: the texts over it in every header row (merged cells included), joined by /
        Map<Integer, String> header = new HashMap<>();
        Map<Integer, String> full = new HashMap<>();
        for (int r = 2; r < first; r++) {
            for (int col = 0; col <= sh.getRow(first - 1).getLastCellNum(); col++) {
                String text = text(sh, r, col);
                if (!text.isEmpty() && !full.getOrDefault(col, "").endsWith(text)) {
                    full.merge(col, text, (x, y) -> x + "/" + y);
                }
            }
        }
        full.forEach((col, h) -> header.put(col, h.substring(h.lastIndexOf('/') + 1)));
        // item → (header → number), and every number seen
        Map<String, Map<String, BigDecimal>> items = new HashMap<>();
        int numbers = 0;
        for (int r = first; r <= sh.getLastRowNum(); r++) {
            Row row = sh.getRow(r);
            if (row == null) {
                continue;
            }
            String item = null;
            int side = -1; // the summary tables print income and expenditure items on one line
            StringBuilder code = new StringBuilder();
            for (Cell c : row) {
                String h = header.getOrDefault(c.getColumnIndex(), "");
                if (c.getCellType() == CellType.STRING) {
                    if (h.equals("项目") || h.equals("科目名称") || h.equals("项目名称")) {
                        side = sideOf(header, c.getColumnIndex());
                        item = side + "|" + code + "|" + c.getStringCellValue();
                        code.setLength(0);
                    } else if (h.equals("科目编码")) {
                        code.append(c.getStringCellValue());
                    }
                } else if (c.getCellType() == CellType.NUMERIC && !h.equals("行次")) {
                    h = full.get(c.getColumnIndex());
                    String k = item == null ? "0||" : item;
                    assertFalse(items.computeIfAbsent(k, x -> new HashMap<>()).containsKey(h), rel + " " + key + " " + k + " " + h);
                    items.get(k).put(h, BigDecimal.valueOf(c.getNumericCellValue()));
                    numbers++;
                }
            }
        }
        int expected = 0;
        List<String> missing = new ArrayList<>();
        for (JsonNode r : table.path("rows")) {
            String name = r.hasNonNull("name") ? r.get("name").asText()
                    : r.path("key").asText().equals("total") ? "合计" : "";
            String item = (r.path("side").asText().equals("expenditure") ? "1|" : "0|") + (r.hasNonNull("code") ? r.get("code").asText() : "") + "|" + name;
            for (Iterator<Map.Entry<String, JsonNode>> it = r.path("values").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> v = it.next();
                if (!v.getValue().isNumber()) {
                    continue;
                }
                expected++;
                ColumnLabels.Label label = LABELS.label(key, v.getKey());
                String h = (r.hasNonNull("side") ? (r.get("side").asText().equals("expenditure") ? "支出/" : "收入/") : "")
                        + (label.group() == null ? "" : label.group() + "/") + label.text();
                BigDecimal got = items.getOrDefault(item, Map.of()).get(h);
                if (got == null || got.compareTo(v.getValue().decimalValue()) != 0) {
                    missing.add(item + " " + h + " = " + v.getValue() + " (sheet: " + got + ")");
                }
            }
        }
        assertTrue(missing.isEmpty(), rel + " " + key + ": " + missing);
        assertEquals(expected, numbers, rel + " " + key + ": numbers in the sheet");
        return expected;
    }

    private static String text(Sheet sh, int r, int col) {
        for (org.apache.poi.ss.util.CellRangeAddress m : sh.getMergedRegions()) {
            if (m.isInRange(r, col)) {
                r = m.getFirstRow();
                col = m.getFirstColumn();
                break;
            }
        }
        Row row = sh.getRow(r);
        Cell c = row == null ? null : row.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
    }

    /** Which name column (0 = left / only, 1 = right) a column is. */
    private static int sideOf(Map<Integer, String> header, int col) {
        int n = -1;
        for (int i = 0; i <= col; i++) {
            String h = header.getOrDefault(i, "");
            if (h.equals("项目") || h.equals("科目名称") || h.equals("项目名称")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void codesAreTextAndBytesRepeat() throws IOException {
        Path out = copySamples();
        String rel = "2025/烟台市医疗保障局.json";
        JsonNode report = JSON.readTree(out.resolve(rel).toFile());
        byte[] a = new XlsxWriter(LABELS).toBytes(report);
        byte[] b = new XlsxWriter(LABELS).toBytes(report);
        assertArrayEquals(a, b);
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(a))) {
            Sheet sh = wb.getSheet("公开表6 一般公共预算基本支出情况表");
            assertNotNull(sh);
            int codes = 0;
            for (Row row : sh) {
                Cell c = row.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().matches("\\d{3,5}")) {
                    codes++;
                }
                assertTrue(c == null || c.getCellType() != CellType.NUMERIC, "codes are never numbers");
            }
            assertTrue(codes > 10, codes + " codes");
            assertEquals("政府预算经济分类科目编码", sh.getRow(2).getCell(2).getStringCellValue());
        }
    }

    @Test
    void onlyStaleWorkbooksAreRewrittenAndOrphansRemoved() throws IOException {
        Path out = copySamples();
        XlsxWriter w = new XlsxWriter(LABELS);
        assertEquals(reports(out).size(), w.writeFolder(out, true));
        assertEquals(0, w.writeFolder(out, true));
        Path json = out.resolve("2025/烟台市医疗保障局.json");
        Files.setLastModifiedTime(json, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000));
        assertEquals(1, w.writeFolder(out, true));
        Files.delete(json);
        w.writeFolder(out, true);
        assertFalse(Files.exists(XlsxWriter.workbookPath(out, "2025/烟台市医疗保障局.json")));
    }

    private Path copySamples() throws IOException {
        Path out = tmp.resolve("out");
        for (String rel : reports(Path.of("extracted"))) {
            Files.createDirectories(out.resolve(rel).getParent());
            Files.copy(Path.of("extracted").resolve(rel), out.resolve(rel));
        }
        return out;
    }

    private static List<String> reports(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json") && p.getParent().getFileName().toString().matches("\\d{4}"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
