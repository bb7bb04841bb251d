package io.juesuan.output;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.review.ColumnLabels;
import io.juesuan.review.OutputFolder;
import io.juesuan.review.TableLayout;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One Excel workbook per report ({@code extract --xlsx}, {@code juesuan xlsx DIR}): a sheet per table laid
 * out as printed ({@link TableLayout}: Chinese title and headers, codes as text, amounts as numbers in 万元,
 * blank cells empty), then a sheet of checks and one of warnings. Written with Apache POI; the zip entries
 * get a fixed time and the document a fixed creation date, so the same report gives the same bytes.
 * Workbooks go to {@code DIR/xlsx/<the JSON's path with .xlsx>}.
 */
public final class XlsxWriter {
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private final ColumnLabels labels;

    public XlsxWriter(ColumnLabels labels) {
        this.labels = labels;
    }

    public static XlsxWriter standard() {
        return new XlsxWriter(ColumnLabels.load());
    }

    /** Where the workbook of report {@code output} (relative to {@code outDir}, e.g. {@code 2023/x.json}) goes. */
    public static Path workbookPath(Path outDir, String output) {
        return outDir.resolve("xlsx").resolve(output.replaceAll("\\.json$", "") + ".xlsx");
    }

    /**
     * Writes a workbook for every report in an output folder ({@code onlyStale}: only where the workbook is
     * missing or older than its JSON) and removes workbooks whose JSON is gone. Returns how many were written.
     */
    public int writeFolder(Path outDir, boolean onlyStale) throws IOException {
        OutputFolder folder = OutputFolder.open(outDir);
        Set<Path> keep = new HashSet<>();
        int n = 0;
        for (OutputFolder.Entry e : folder.reports()) {
            Path json = outDir.resolve(e.output());
            Path target = workbookPath(outDir, e.output());
            keep.add(target.toAbsolutePath().normalize());
            if (onlyStale && Files.isRegularFile(target)
                    && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(json)) >= 0) {
                continue;
            }
            AtomicFiles.write(target, toBytes(folder.read(e)));
            n++;
        }
        Path xdir = outDir.resolve("xlsx");
        if (Files.isDirectory(xdir)) {
            try (Stream<Path> s = Files.walk(xdir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".xlsx")).toList()) {
                    if (!keep.contains(p.toAbsolutePath().normalize())) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
        return n;
    }

    /** The workbook of one report JSON. */
    public byte[] toBytes(JsonNode report) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(Optional.of(new Date(946684800000L)));
            wb.getProperties().getCoreProperties().setCreator("juesuan");
            Styles st = new Styles(wb);
            Set<String> names = new HashSet<>();
            info(wb.createSheet(unique(names, "报告 report")), report, st);
            for (Iterator<Map.Entry<String, JsonNode>> it = report.path("tables").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> t = it.next();
                TableLayout l = TableLayout.of(t.getKey(), t.getValue(), labels);
                table(wb.createSheet(unique(names, sheetName(l))), l, report, st);
            }
            checks(wb.createSheet(unique(names, "检查 checks")), report, st);
            warnings(wb.createSheet(unique(names, "警告 warnings")), report, st);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            return fixTimes(bytes.toByteArray());
        }
    }

    /** The sheet name of a table: its printed label and title (Excel: at most 31 characters, no []:*?/\). */
    public static String sheetName(TableLayout l) {
        return ((l.label() == null ? "" : l.label() + " ") + l.title()).trim();
    }

    private static String unique(Set<String> used, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted, '_');
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase()); i++) {
            String suffix = "~" + i;
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        used.add(name.toLowerCase());
        return name;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle amount;
        final CellStyle text;
        final CellStyle code;
        final CellStyle plain;
        final CellStyle bold;

        Styles(XSSFWorkbook wb) {
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            Font b = wb.createFont();
            b.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(b);
            header = bordered(wb);
            header.setFont(b);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            amount = bordered(wb);
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            text = bordered(wb);
            code = bordered(wb);
            code.setDataFormat(wb.createDataFormat().getFormat("@"));
            plain = wb.createCellStyle();
            plain.setWrapText(false);
        }

        private static CellStyle bordered(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }

    private static void table(Sheet sh, TableLayout l, JsonNode report, Styles st) {
        int width = Math.max(1, l.width());
        Cell t = sh.createRow(0).createCell(0);
        t.setCellValue(l.title());
        t.setCellStyle(st.title);
        if (width > 1) {
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        }
        Row sub = sh.createRow(1);
        sub.createCell(0).setCellValue((l.label() == null ? "" : l.label() + "    ") + "部门：" + report.path("report").path("unit").asText("")
                + "    单位：" + l.unit() + "    第 " + String.join(", ", l.pages().stream().map(String::valueOf).toList()) + " 页"
                + (l.empty() ? "    本表无数据" : ""));
        int r0 = 2;
        List<boolean[]> taken = new ArrayList<>();
        for (int hr = 0; hr < l.header().size(); hr++) {
            Row row = sh.createRow(r0 + hr);
            while (taken.size() <= hr) {
                taken.add(new boolean[width]);
            }
            int c = 0;
            for (TableLayout.HeaderCell h : l.header().get(hr)) {
                while (c < width && taken.get(hr)[c]) {
                    c++;
                }
                if (c >= width) {
                    break;
                }
                for (int dr = 0; dr < h.rowspan(); dr++) {
                    while (taken.size() <= hr + dr) {
                        taken.add(new boolean[width]);
                    }
                    for (int dc = 0; dc < h.colspan() && c + dc < width; dc++) {
                        taken.get(hr + dr)[c + dc] = true;
                    }
                }
                Cell cell = row.createCell(c);
                cell.setCellValue(h.text());
                cell.setCellStyle(st.header);
                if (h.colspan() > 1 || h.rowspan() > 1) {
                    for (int dr = 0; dr < h.rowspan(); dr++) {
                        Row rr = sh.getRow(r0 + hr + dr) == null ? sh.createRow(r0 + hr + dr) : sh.getRow(r0 + hr + dr);
                        for (int dc = 0; dc < h.colspan(); dc++) {
                            if (rr.getCell(c + dc) == null) {
                                rr.createCell(c + dc).setCellStyle(st.header);
                            }
                        }
                    }
                    sh.addMergedRegion(new CellRangeAddress(r0 + hr, r0 + hr + h.rowspan() - 1, c, c + h.colspan() - 1));
                }
                c += h.colspan();
            }
        }
        int r = r0 + l.header().size();
        sh.createFreezePane(0, r);
        for (List<TableLayout.Cell> line : l.body()) {
            Row row = sh.createRow(r++);
            for (int c = 0; c < line.size(); c++) {
                TableLayout.Cell tc = line.get(c);
                Cell cell = row.createCell(c);
                switch (tc.kind()) {
                    case AMOUNT -> {
                        cell.setCellStyle(st.amount);
                        if (tc.number() != null) {
                            cell.setCellValue(tc.number().doubleValue());
                        }
                    }
                    case LINE -> {
                        cell.setCellStyle(st.text);
                        if (!tc.text().isEmpty()) {
                            cell.setCellValue(Double.parseDouble(tc.text()));
                        }
                    }
                    case CODE -> {
                        cell.setCellStyle(st.code);
                        cell.setCellValue(tc.text());
                    }
                    case BLANK -> cell.setCellStyle(st.text);
                    default -> {
                        cell.setCellStyle(st.text);
                        cell.setCellValue(tc.text());
                    }
                }
            }
        }
        r++;
        for (String n : l.notes()) {
            sh.createRow(r++).createCell(0).setCellValue(n);
        }
        List<TableLayout.Cell> first = l.body().isEmpty() ? List.of() : l.body().get(0);
        for (int c = 0; c < width; c++) {
            TableLayout.Kind k = c < first.size() ? first.get(c).kind() : TableLayout.Kind.AMOUNT;
            sh.setColumnWidth(c, 256 * switch (k) {
                case NAME, TEXT -> 34;
                case CODE -> 12;
                case LINE -> 6;
                default -> 15;
            });
        }
    }

    private static void info(Sheet sh, JsonNode report, Styles st) {
        JsonNode m = report.path("report");
        JsonNode s = report.path("source");
        int pass = 0;
        int fail = 0;
        int skip = 0;
        for (JsonNode c : report.path("checks")) {
            switch (c.path("status").asText()) {
                case "pass" -> pass++;
                case "fail" -> fail++;
                default -> skip++;
            }
        }
        String[][] rows = {
            {"单位 unit", m.path("unit").asText("")},
            {"年度 year", m.path("year").asText("")},
            {"类型 kind", m.path("kind").asText("")},
            {"范围 scope", m.path("scope").asText("")},
            {"汇总 consolidated", m.path("consolidated").asText("")},
            {"来源 source", s.path("file").asText("")},
            {"格式 format", s.path("format").asText("")},
            {"页数 pages", s.path("pageCount").asText("")},
            {"sha256", s.path("sha256").asText("")},
            {"表 tables", String.valueOf(report.path("tables").size())},
            {"检查 checks", pass + " pass, " + fail + " fail, " + skip + " skip"},
            {"警告 warnings", String.valueOf(report.path("warnings").size())},
            {"金额单位 amounts", "万元 (numbers as printed; blank cells are empty)"},
        };
        for (int i = 0; i < rows.length; i++) {
            Row row = sh.createRow(i);
            Cell k = row.createCell(0);
            k.setCellValue(rows[i][0]);
            k.setCellStyle(st.bold);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        sh.setColumnWidth(0, 256 * 20);
        sh.setColumnWidth(1, 256 * 70);
    }

    private static void checks(Sheet sh, JsonNode report, Styles st) {
        String[] head = {"id", "status", "basis", "expected", "actual", "difference", "tolerance", "message"};
        header(sh, head, st);
        int r = 1;
        for (JsonNode c : report.path("checks")) {
            Row row = sh.createRow(r++);
            row.createCell(0).setCellValue(c.path("id").asText(""));
            row.createCell(1).setCellValue(c.path("status").asText(""));
            row.createCell(2).setCellValue(c.path("basis").asText(""));
            String[] nums = {"expected", "actual", "difference", "tolerance"};
            for (int i = 0; i < nums.length; i++) {
                Cell cell = row.createCell(3 + i);
                if (c.path(nums[i]).isNumber()) {
                    cell.setCellValue(c.get(nums[i]).decimalValue().doubleValue());
                    cell.setCellStyle(st.amount);
                }
            }
            row.createCell(7).setCellValue(c.path("message").asText(""));
        }
        int[] widths = {46, 8, 12, 14, 14, 12, 10, 80};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, 256 * widths[i]);
        }
        sh.createFreezePane(0, 1);
        if (r > 1) {
            sh.setAutoFilter(new CellRangeAddress(0, r - 1, 0, head.length - 1));
        }
    }

    private static void warnings(Sheet sh, JsonNode report, Styles st) {
        String[] head = {"code", "severity", "page", "message"};
        header(sh, head, st);
        int r = 1;
        for (JsonNode w : report.path("warnings")) {
            Row row = sh.createRow(r++);
            row.createCell(0).setCellValue(w.path("code").asText(""));
            row.createCell(1).setCellValue(w.path("severity").asText(""));
            if (w.path("page").isNumber()) {
                row.createCell(2).setCellValue(w.get("page").asInt());
            }
            row.createCell(3).setCellValue(w.path("message").asText(""));
        }
        int[] widths = {24, 10, 6, 100};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, 256 * widths[i]);
        }
        sh.createFreezePane(0, 1);
    }

    private static void header(Sheet sh, String[] head, Styles st) {
        Row row = sh.createRow(0);
        for (int i = 0; i < head.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(head[i]);
            c.setCellStyle(st.header);
        }
    }

    /** Rewrites the zip with every entry at one fixed time, so the bytes depend on the content only. */
    static byte[] fixTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry n = new ZipEntry(e.getName());
                n.setTimeLocal(FIXED_TIME);
                z.putNextEntry(n);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
