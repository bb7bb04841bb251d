package io.juesuan.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The table cells a check compares, for highlighting. A check that lists its cells ({@code "cells":
 * [{"table","row","column"}]}) is taken at its word; otherwise the cells are read from its id, which
 * names them in a small generic grammar: {@code <table>.<row>[.<column>]=<right side>}, where a table is
 * a table key or the two-digit number of a 决算 table ({@code 01} … {@code 09}, matched against the
 * tables' printed labels), and the right side is another cell ({@code 02.total}), a sum of columns or
 * rows ({@code personnel+public}, {@code overseas+vehicle+reception}) or one of {@code Σchildren.COL},
 * {@code Σclasses.COL}, {@code Σsections}, {@code Σrows.COL}, {@code Σcolumns}, {@code funds}. Where the
 * id leaves a column open, the row's cell whose value is the check's actual (or expected) value is taken.
 * Narrative and performance checks name no table cell and get none.
 */
public final class CheckCells {
    /** A cell: table key, row key, column key. The first cell of a check is the one it tests (its actual). */
    public record Ref(String table, String row, String column) {}

    private static final String[] FINAL_ORDER = {"income_expenditure_summary", "income", "expenditure",
        "fiscal_appropriation_summary", "general_budget_expenditure", "general_budget_basic_expenditure",
        "government_fund", "state_capital", "three_public"};

    private final JsonNode tables;
    private final ColumnLabels specs;

    public CheckCells(JsonNode tables) {
        this(tables, null);
    }

    /** With the table specs of {@code mappings/tables.json}, a column sum takes the parts its {@code sums} lists. */
    public CheckCells(JsonNode tables, ColumnLabels specs) {
        this.tables = tables;
        this.specs = specs;
    }

    public List<Ref> cells(JsonNode check) {
        List<Ref> found = fromIdOrList(check);
        // an id read against the grammar must land on the cell holding the check's actual value; one
        // that does not (a check whose id spells its cells another way) marks nothing rather than a wrong cell
        BigDecimal actual = decimal(check.path("actual"));
        if (!found.isEmpty() && actual != null && !(check.path("cells").isArray() && check.path("cells").size() > 0)) {
            JsonNode v = rowNode(found.get(0).table(), found.get(0).row()) == null ? null
                    : rowNode(found.get(0).table(), found.get(0).row()).path("values").path(found.get(0).column());
            BigDecimal at = v == null || v.isNull() || v.isMissingNode() ? BigDecimal.ZERO : v.decimalValue();
            if (at.compareTo(actual) != 0) {
                return List.of();
            }
        }
        return found;
    }

    private List<Ref> fromIdOrList(JsonNode check) {
        Set<Ref> out = new LinkedHashSet<>();
        if (check.path("cells").isArray() && check.path("cells").size() > 0) {
            for (JsonNode c : check.path("cells")) {
                Ref r = new Ref(c.path("table").asText(null), c.path("row").asText(null), c.path("column").asText(null));
                if (exists(r)) {
                    out.add(r);
                }
            }
            return List.copyOf(out);
        }
        String id = check.path("id").asText("");
        int hash = id.indexOf('#');
        if (hash >= 0) {
            id = id.substring(0, hash);
        }
        BigDecimal actual = decimal(check.path("actual"));
        BigDecimal expected = decimal(check.path("expected"));
        int eq = id.indexOf('=');
        String lhs = eq < 0 ? id : id.substring(0, eq);
        String rhs = eq < 0 ? null : id.substring(eq + 1);
        Parsed target = parse(lhs, null);
        if (target == null) {
            return List.of();
        }
        List<Ref> targets = new ArrayList<>();
        for (String row : target.rows) {
            String col = target.column != null ? target.column : pickColumn(target.table, row, actual, null);
            add(targets, target.table, row, col);
        }
        if (targets.isEmpty() && target.rows.isEmpty() && rhs == null) {
            return List.of();
        }
        out.addAll(targets);
        Ref main = targets.isEmpty() ? null : targets.get(0);
        if (rhs != null) {
            operands(rhs, target, main, expected, out);
        }
        return List.copyOf(out);
    }

    private void operands(String rhs, Parsed target, Ref main, BigDecimal expected, Set<Ref> out) {
        String table = target.table;
        if (rhs.startsWith("Σ") || rhs.equals("funds") || rhs.startsWith("parts") || rhs.startsWith("Σparts")) {
            String kind = rhs.startsWith("Σ") ? rhs.substring(1) : rhs;
            int dot = kind.indexOf('.');
            String col = dot < 0 ? (main == null ? null : main.column()) : kind.substring(dot + 1);
            kind = dot < 0 ? kind : kind.substring(0, dot);
            final Ref m = main != null && col != null && !col.equals(main.column()) ? new Ref(main.table(), main.row(), col) : main;
            if (m != main) {
                out.remove(main);
                add(out, m.table(), m.row(), m.column());
            }
            switch (kind) {
                case "children", "sections" -> children(table, m, col, out);
                case "classes" -> rows(table, col, out, r -> r.path("code").asText("").length() == 3
                        || "class".equals(r.path("level").asText()), m);
                case "rows" -> {
                    String side = m == null ? null : rowNode(table, m.row()).path("side").asText(null);
                    rows(table, col, out, r -> side == null ? !r.path("key").asText().equals("total")
                            : side.equals(r.path("side").asText()) && r.path("key").asText().matches(".*:\\d{3}"), m);
                }
                case "columns", "funds" -> {
                    List<String> parts = m == null || specs == null ? null : specs.sums(table).get(m.column());
                    if (parts != null && !parts.isEmpty()) {
                        parts.forEach(pc -> add(out, table, m.row(), pc));
                    } else if (m != null) {
                        for (Iterator<String> it = rowNode(table, m.row()).path("values").fieldNames(); it.hasNext();) {
                            String c = it.next();
                            if (!rowNode(table, m.row()).path("values").path(c).isNull()) {
                                add(out, table, m.row(), c);
                            }
                        }
                    }
                }
                default -> { }
            }
            return;
        }
        String[] parts = rhs.split("\\+");
        String current = table;
        for (String part : parts) {
            Parsed p = parse(part, current);
            if (p != null && p.rows.isEmpty() && p.column == null && !p.table.equals(table)) {
                p = new Parsed(p.table, defaultRow(p.table), null);
            }
            if (p != null && (!p.rows.isEmpty() || p.column != null)) {
                current = p.table;
                List<String> rows = p.rows.isEmpty() && main != null && p.table.equals(table) ? List.of(main.row()) : p.rows;
                for (String row : rows) {
                    String col = p.column;
                    if (col == null && main != null && !p.table.equals(table) && hasColumn(p.table, main.column())) {
                        col = main.column();
                    }
                    if (col == null) {
                        col = pickColumn(p.table, row, parts.length == 1 ? expected : null, main == null ? null : main.column());
                    }
                    add(out, p.table, row, col);
                }
                continue;
            }
            // a column beside the tested one: overseas → actual_overseas when the target is actual_total
            // (budget_vehicle_total = purchase + operation → budget_vehicle_purchase): the tested column's
            // prefixes, longest first
            if (main != null && main.column() != null && current.equals(table)) {
                String col = main.column();
                found:
                for (int cut = col.lastIndexOf('_'); ; cut = col.lastIndexOf('_', cut - 1)) {
                    String prefix = cut < 0 ? "" : col.substring(0, cut + 1);
                    for (String c : new String[] {prefix + part, prefix + part + "_total"}) {
                        if (hasColumn(table, c)) {
                            add(out, table, main.row(), c);
                            break found;
                        }
                    }
                    if (cut < 0) {
                        break;
                    }
                }
            }
        }
    }

    /** A reference: table, the rows its text names (several when a side prefix is left out), a column. */
    private record Parsed(String table, List<String> rows, String column) {}

    private Parsed parse(String s, String defaultTable) {
        int dot = s.indexOf('.');
        String head = dot < 0 ? s : s.substring(0, dot);
        String table = null;
        String rest;
        if (tables.has(head)) {
            table = head;
            rest = dot < 0 ? "" : s.substring(dot + 1);
        } else if (head.matches("\\d{2}") && byNumber(head) != null) {
            table = byNumber(head);
            rest = dot < 0 ? "" : s.substring(dot + 1);
        } else if (defaultTable != null) {
            table = defaultTable;
            rest = s;
        } else {
            return null;
        }
        if (rest.isEmpty()) {
            return new Parsed(table, List.of(), null);
        }
        // the longest row key the text starts with, with or without a side prefix
        List<String> rows = new ArrayList<>();
        String tail = null;
        int best = -1;
        for (JsonNode r : tables.path(table).path("rows")) {
            String key = r.path("key").asText();
            for (String k : new String[] {key, stripSide(key), key.replace(':', '_'),
                key.endsWith("_total") ? stripSide(key).replaceAll("_total$", "") : null}) {
                if (k == null || !(rest.equals(k) || rest.startsWith(k + "."))) {
                    continue;
                }
                if (k.length() > best) {
                    best = k.length();
                    rows.clear();
                }
                if (k.length() == best && !rows.contains(key)) {
                    rows.add(key);
                    tail = rest.length() > k.length() ? rest.substring(k.length() + 1) : null;
                }
            }
        }
        if (!rows.isEmpty()) {
            return new Parsed(table, rows, tail != null && hasColumn(table, tail) ? tail : null);
        }
        String col = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        if (hasColumn(table, col)) {
            return new Parsed(table, defaultRow(table), col);
        }
        return defaultTable == null ? new Parsed(table, List.of(), null) : null;
    }

    private static String stripSide(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(colon + 1);
    }

    private List<String> defaultRow(String table) {
        JsonNode rows = tables.path(table).path("rows");
        for (JsonNode r : rows) {
            if (r.path("key").asText().equals("total")) {
                return List.of("total");
            }
        }
        return rows.size() == 1 ? List.of(rows.get(0).path("key").asText()) : List.of();
    }

    private String byNumber(String nn) {
        int n = Integer.parseInt(nn);
        for (Iterator<String> it = tables.fieldNames(); it.hasNext();) {
            String k = it.next();
            String digits = tables.path(k).path("label").asText("").replaceAll("\\D", "");
            if (!digits.isEmpty() && Integer.parseInt(digits) == n && !k.startsWith("budget_")) {
                return k;
            }
        }
        return n >= 1 && n <= FINAL_ORDER.length && tables.has(FINAL_ORDER[n - 1]) ? FINAL_ORDER[n - 1] : null;
    }

    private void children(String table, Ref parent, String col, Set<Ref> out) {
        if (parent == null) {
            return;
        }
        String code = rowNode(table, parent.row()).path("code").asText("");
        if (code.isEmpty()) {
            return;
        }
        int next = Integer.MAX_VALUE;
        for (JsonNode r : tables.path(table).path("rows")) {
            String c = r.path("code").asText("");
            if (c.startsWith(code) && c.length() > code.length()) {
                next = Math.min(next, c.length());
            }
        }
        for (JsonNode r : tables.path(table).path("rows")) {
            String c = r.path("code").asText("");
            if (c.startsWith(code) && c.length() == next) {
                add(out, table, r.path("key").asText(), col != null ? col : onlyColumn(table));
            }
        }
    }

    private void rows(String table, String col, Set<Ref> out, java.util.function.Predicate<JsonNode> which, Ref main) {
        for (JsonNode r : tables.path(table).path("rows")) {
            if (which.test(r) && (main == null || !r.path("key").asText().equals(main.row()))) {
                add(out, table, r.path("key").asText(), col != null ? col : onlyColumn(table));
            }
        }
    }

    private String onlyColumn(String table) {
        JsonNode cols = tables.path(table).path("columns");
        return cols.size() >= 1 ? cols.get(0).asText() : null;
    }

    /** The row's column: its only one, the one holding {@code value}, {@code like} if it has it, else total. */
    private String pickColumn(String table, String row, BigDecimal value, String like) {
        JsonNode values = rowNode(table, row).path("values");
        List<String> present = new ArrayList<>();
        values.fieldNames().forEachRemaining(present::add);
        if (present.size() == 1) {
            return present.get(0);
        }
        if (value != null) {
            for (String c : present) {
                JsonNode v = values.get(c);
                if (v.isNumber() && v.decimalValue().compareTo(value) == 0) {
                    return c;
                }
            }
        }
        if (like != null && present.contains(like)) {
            return like;
        }
        return present.contains("total") ? "total" : present.contains("amount") ? "amount" : null;
    }

    private JsonNode rowNode(String table, String row) {
        for (JsonNode r : tables.path(table).path("rows")) {
            if (r.path("key").asText().equals(row)) {
                return r;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private boolean hasColumn(String table, String col) {
        if (col == null) {
            return false;
        }
        for (JsonNode c : tables.path(table).path("columns")) {
            if (c.asText().equals(col)) {
                return true;
            }
        }
        return false;
    }

    private boolean exists(Ref r) {
        return r.table() != null && r.row() != null && r.column() != null && rowNode(r.table(), r.row()).path("values").has(r.column());
    }

    private void add(java.util.Collection<Ref> out, String table, String row, String col) {
        Ref r = new Ref(table, row, col);
        if (exists(r)) {
            out.add(r);
        }
    }

    private static BigDecimal decimal(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }
}
