package io.juesuan.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One table laid out as printed, for people: the Chinese header (with block headings where the table
 * prints them), then the rows with their codes, names and amounts in 万元. The two summary tables (01/04,
 * 公开表1/4) are printed with income on the left and expenditure on the right, and are laid out so.
 * The review site and the Excel workbooks both render this, so they show the same thing.
 *
 * @param header header rows; each cell spans {@code colspan} columns and {@code rowspan} rows
 * @param body body rows, all {@link #width()} cells wide
 */
public record TableLayout(
        String key,
        String label,
        String title,
        String unit,
        List<Integer> pages,
        boolean empty,
        List<List<HeaderCell>> header,
        List<List<Cell>> body,
        List<String> notes) {

    public enum Kind { CODE, NAME, LINE, TEXT, AMOUNT, BLANK }

    public record HeaderCell(String text, int colspan, int rowspan) {}

    /**
     * One body cell. For {@link Kind#AMOUNT} cells {@code number} is the value (null when blank), and
     * {@code row}/{@code column} name it in the JSON ({@code rowIndex} is the row's index in the table's
     * {@code rows}); {@code page} is the page the value was read from and {@code placement} how it was
     * placed in its column where the JSON says so.
     */
    public record Cell(Kind kind, String text, BigDecimal number, int rowIndex, String row, String column,
            Integer page, String placement) {
        static Cell blank() {
            return new Cell(Kind.BLANK, "", null, -1, null, null, null, null);
        }

        static Cell text(Kind kind, String text, int rowIndex, JsonNode row) {
            return new Cell(kind, text == null ? "" : text, null, rowIndex, row.path("key").asText(null), null,
                    intOrNull(row.path("page")), null);
        }
    }

    public int width() {
        return body.isEmpty() ? header.isEmpty() ? 0 : header.get(header.size() - 1).stream().mapToInt(HeaderCell::colspan).sum()
                : body.get(0).size();
    }

    /** Lays out table {@code key} of a report's JSON. */
    public static TableLayout of(String key, JsonNode table, ColumnLabels labels) {
        List<String> columns = new ArrayList<>();
        table.path("columns").forEach(c -> columns.add(c.asText()));
        List<JsonNode> rows = new ArrayList<>();
        table.path("rows").forEach(rows::add);
        List<Integer> pages = new ArrayList<>();
        table.path("pages").forEach(p -> pages.add(p.asInt()));
        List<String> notes = new ArrayList<>();
        table.path("notes").forEach(n -> notes.add(n.asText()));
        String title = table.path("title").asText(labels.title(key));
        boolean sided = rows.stream().anyMatch(r -> r.hasNonNull("side"));
        List<List<HeaderCell>> header = new ArrayList<>();
        List<List<Cell>> body = new ArrayList<>();
        if (sided) {
            sideBySide(key, columns, rows, labels, header, body);
        } else {
            plain(key, columns, rows, labels, header, body);
        }
        return new TableLayout(key, textOrNull(table.path("label")), title, table.path("unit").asText("万元"), pages,
                table.path("empty").asBoolean(false), header, body, notes);
    }

    private record Lead(Kind kind, String label, String field) {}

    private static void plain(String key, List<String> columns, List<JsonNode> rows, ColumnLabels labels,
            List<List<HeaderCell>> header, List<List<Cell>> body) {
        List<Lead> leads = new ArrayList<>();
        boolean codes = rows.stream().anyMatch(r -> r.hasNonNull("code"));
        // 三公 prints one row of amounts and no item column
        boolean names = rows.isEmpty() ? !isBlockTable(key, columns, labels)
                : rows.stream().anyMatch(r -> r.hasNonNull("name") || !r.path("key").asText().equals("all"));
        if (codes) {
            leads.add(new Lead(Kind.CODE, "科目编码", "code"));
        }
        if (names || codes) {
            leads.add(new Lead(Kind.NAME, codes ? "科目名称" : key.contains("project") ? "项目名称" : "项目", "name"));
        }
        if (rows.stream().anyMatch(r -> r.hasNonNull("govCode"))) {
            leads.add(new Lead(Kind.CODE, "政府预算经济分类科目编码", "govCode"));
        }
        if (rows.stream().anyMatch(r -> r.hasNonNull("govName"))) {
            leads.add(new Lead(Kind.TEXT, "政府预算经济分类科目名称", "govName"));
        }
        if (rows.stream().anyMatch(r -> r.hasNonNull("category"))) {
            leads.add(new Lead(Kind.TEXT, "项目类别", "category"));
        }
        List<ColumnLabels.Label> ls = columns.stream().map(c -> labels.label(key, c)).toList();
        boolean grouped = ls.stream().anyMatch(l -> l.group() != null);
        List<HeaderCell> top = new ArrayList<>();
        List<HeaderCell> second = new ArrayList<>();
        for (Lead l : leads) {
            top.add(new HeaderCell(l.label(), 1, grouped ? 2 : 1));
        }
        if (grouped) {
            for (int i = 0; i < ls.size();) {
                int j = i;
                while (j < ls.size() && java.util.Objects.equals(ls.get(j).group(), ls.get(i).group())) {
                    j++;
                }
                if (ls.get(i).group() == null) {
                    for (int k = i; k < j; k++) {
                        top.add(new HeaderCell(ls.get(k).text(), 1, 2));
                    }
                } else {
                    top.add(new HeaderCell(ls.get(i).group(), j - i, 1));
                    for (int k = i; k < j; k++) {
                        second.add(new HeaderCell(ls.get(k).text(), 1, 1));
                    }
                }
                i = j;
            }
            header.add(top);
            header.add(second);
        } else {
            ls.forEach(l -> top.add(new HeaderCell(l.text(), 1, 1)));
            header.add(top);
        }
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = rows.get(i);
            List<Cell> line = new ArrayList<>();
            for (Lead l : leads) {
                String text = textOrNull(r.path(l.field()));
                if (l.kind() == Kind.NAME && text == null) {
                    text = nameOf(r);
                }
                line.add(Cell.text(l.kind(), text, i, r));
            }
            for (String c : columns) {
                line.add(amount(r, i, c));
            }
            body.add(line);
        }
    }

    private static boolean isBlockTable(String key, List<String> columns, ColumnLabels labels) {
        return columns.stream().anyMatch(c -> labels.label(key, c).group() != null);
    }

    /** 01/04 and 公开表1/4: income items left, expenditure items right, each side with the columns its rows use. */
    private static void sideBySide(String key, List<String> columns, List<JsonNode> rows, ColumnLabels labels,
            List<List<HeaderCell>> header, List<List<Cell>> body) {
        List<Integer> left = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            (rows.get(i).path("side").asText().equals("expenditure") ? right : left).add(i);
        }
        List<String> lcols = sideColumns(columns, rows, left);
        List<String> rcols = sideColumns(columns, rows, right);
        boolean lline = left.stream().anyMatch(i -> rows.get(i).hasNonNull("line"));
        boolean rline = right.stream().anyMatch(i -> rows.get(i).hasNonNull("line"));
        int lw = 1 + (lline ? 1 : 0) + lcols.size();
        int rw = 1 + (rline ? 1 : 0) + rcols.size();
        header.add(List.of(new HeaderCell("收入", lw, 1), new HeaderCell("支出", rw, 1)));
        List<HeaderCell> second = new ArrayList<>();
        second.add(new HeaderCell("项目", 1, 1));
        if (lline) {
            second.add(new HeaderCell("行次", 1, 1));
        }
        lcols.forEach(c -> second.add(new HeaderCell(labels.label(key, c).text(), 1, 1)));
        second.add(new HeaderCell("项目", 1, 1));
        if (rline) {
            second.add(new HeaderCell("行次", 1, 1));
        }
        rcols.forEach(c -> second.add(new HeaderCell(labels.label(key, c).text(), 1, 1)));
        header.add(second);
        for (int[] pair : lines(rows, left, right)) {
            List<Cell> line = new ArrayList<>();
            side(line, rows, pair[0], lline, lcols);
            side(line, rows, pair[1], rline, rcols);
            body.add(line);
        }
    }

    /**
     * Which income and expenditure rows share a printed line. Rows come in reading order, so where the
     * sides alternate (a PDF grid row gives its income item, then its expenditure item) an expenditure row
     * right after an income row is on its line. Where each side comes whole (text renderings), items pair
     * by position, the 本年收入合计 / 本年支出合计 lines brought level as printed.
     */
    private static List<int[]> lines(List<JsonNode> rows, List<Integer> left, List<Integer> right) {
        List<int[]> out = new ArrayList<>();
        int changes = 0;
        for (int i = 1; i < rows.size(); i++) {
            changes += isExpenditure(rows.get(i)) != isExpenditure(rows.get(i - 1)) ? 1 : 0;
        }
        if (changes > 2) {
            for (int i = 0; i < rows.size(); i++) {
                if (isExpenditure(rows.get(i)) && !out.isEmpty() && out.get(out.size() - 1)[1] < 0 && out.get(out.size() - 1)[0] >= 0
                        && out.get(out.size() - 1)[0] == i - 1) {
                    out.get(out.size() - 1)[1] = i;
                } else {
                    out.add(isExpenditure(rows.get(i)) ? new int[] {-1, i} : new int[] {i, -1});
                }
            }
            return out;
        }
        List<Integer> l = new ArrayList<>(left);
        List<Integer> r = new ArrayList<>(right);
        int a = firstEnding(rows, l, "income_total");
        int b = firstEnding(rows, r, "expenditure_total");
        if (a >= 0 && b >= 0) {
            List<Integer> shorter = a < b ? l : r;
            for (int k = 0; k < Math.abs(a - b); k++) {
                shorter.add(Math.min(a, b), -1);
            }
        }
        for (int k = 0; k < Math.max(l.size(), r.size()); k++) {
            out.add(new int[] {k < l.size() ? l.get(k) : -1, k < r.size() ? r.get(k) : -1});
        }
        return out;
    }

    private static boolean isExpenditure(JsonNode r) {
        return r.path("side").asText().equals("expenditure");
    }

    private static int firstEnding(List<JsonNode> rows, List<Integer> side, String suffix) {
        for (int k = 0; k < side.size(); k++) {
            if (rows.get(side.get(k)).path("key").asText().endsWith(suffix)) {
                return k;
            }
        }
        return -1;
    }

    private static void side(List<Cell> line, List<JsonNode> rows, int index, boolean withLine, List<String> cols) {
        if (index < 0) {
            for (int i = 0; i < 1 + (withLine ? 1 : 0) + cols.size(); i++) {
                line.add(Cell.blank());
            }
            return;
        }
        JsonNode r = rows.get(index);
        line.add(Cell.text(Kind.NAME, nameOf(r), index, r));
        if (withLine) {
            line.add(Cell.text(Kind.LINE, r.hasNonNull("line") ? r.get("line").asText() : "", index, r));
        }
        for (String c : cols) {
            line.add(r.path("values").has(c) ? amount(r, index, c) : Cell.blank());
        }
    }

    private static List<String> sideColumns(List<String> columns, List<JsonNode> rows, List<Integer> side) {
        return columns.stream().filter(c -> side.stream().anyMatch(i -> rows.get(i).path("values").has(c))).toList();
    }

    private static Cell amount(JsonNode r, int index, String column) {
        JsonNode v = r.path("values").path(column);
        BigDecimal n = v.isNumber() ? v.decimalValue() : null;
        return new Cell(Kind.AMOUNT, n == null ? "" : n.toPlainString(), n, index, r.path("key").asText(null), column,
                intOrNull(r.path("page")), placement(r, column));
    }

    /** How a value was placed, where the row says so: {@code "placement": {column: basis}} (or a single basis). */
    static String placement(JsonNode r, String column) {
        JsonNode p = r.path("placement");
        if (p.isTextual()) {
            return p.asText();
        }
        if (p.isObject()) {
            JsonNode c = p.path(column);
            if (c.isTextual() || c.isNumber()) {
                return c.asText();
            }
            if (c.isObject()) {
                StringBuilder sb = new StringBuilder();
                for (Iterator<Map.Entry<String, JsonNode>> it = c.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue().asText());
                }
                return sb.toString();
            }
        }
        return null;
    }

    static String nameOf(JsonNode r) {
        String name = textOrNull(r.path("name"));
        if (name != null) {
            return name;
        }
        String key = r.path("key").asText("");
        return key.equals("total") ? "合计" : key.equals("all") ? "" : key;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static Integer intOrNull(JsonNode n) {
        return n.isNumber() ? n.asInt() : null;
    }
}
