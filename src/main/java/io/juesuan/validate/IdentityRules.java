package io.juesuan.validate;

import io.juesuan.model.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identities written as data ({@code checks.json}): each one "left = Σ right" over cells named
 * {@code table/row/column}, run in the order listed. The steps come bound as {@link IdentityRule}s; a step is one of
 *
 * <ul>
 *   <li>{@code {"hierarchy": [tables]}}: 合计 = Σ 类, parents = Σ children ({@link TableIdentities#hierarchy});
 *   <li>{@code {"rowSums": {table: {column: [parts]}}}}: a column = Σ its parts on every row ({@link TableIdentities#rowSums});
 *   <li>an identity: {@code id}, {@code left}, {@code right}, {@code message}; or a group of them under
 *       {@code checks}, sharing the group's conditions, repetition and basis.
 * </ul>
 *
 * <p>Conditions (no check at all when one fails): {@code when} — tables that must be present;
 * {@code ifRows} — {@code table/row} that must be printed; {@code ifColumns} — {@code table/column}
 * that must be among the table's columns; {@code ifCells} — cells that must be printed; {@code ifPrinted} — a table that must print at least one figure; {@code nonEmpty} — every
 * Σ operand must match a row. Repetition, binding {@code {name}} placeholders in the strings:
 * {@code each} {@code {name: [values]}}; {@code eachColumn} {@code {table, except}} binds {@code col};
 * {@code eachRow} {@code {table, key, code, side, column, distinct}}: the rows whose key (or code)
 * matches the regex, on that side, holding that column; binds {@code key}, {@code name}, {@code code}
 * and the key regex's named groups ({@code distinct}: each binding of the named groups once).
 * {@code basis}: the basis of the checks made (else decided by the cells).
 *
 * <p>Operands: {@code -ref} subtracts; a missing table, row or column makes the check a skip, except
 * {@code ?ref} (a cell the table does not print is blank) and {@code ~ref} (a row the table does not
 * print is blank); {@code Σtable/ROW-REGEX/column} is every row whose key matches.
 */
final class IdentityRules {
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_]*)}");
    private final List<IdentityRule> steps;

    /** @param steps checks.json {@code final_account.identities} or {@code budget.identities} */
    IdentityRules(List<IdentityRule> steps) {
        this.steps = steps;
    }

    void run(Tables t, CheckBuilder b) {
        for (IdentityRule step : steps) {
            if (!step.hierarchy().isEmpty()) {
                TableIdentities.hierarchy(t, b, step.hierarchy());
            } else if (!step.rowSums().isEmpty()) {
                TableIdentities.rowSums(t, b, step.rowSums());
            } else {
                rule(step, Map.of(), t, b);
            }
        }
    }

    private static void rule(IdentityRule rule, Map<String, String> outer, Tables t, CheckBuilder b) {
        for (String table : rule.when()) {
            if (!t.has(fill(table, outer))) {
                return;
            }
        }
        if (rule.ifPrinted() != null && !printsAny(t, fill(rule.ifPrinted(), outer))) {
            return;
        }
        io.juesuan.model.Check.Basis old = rule.basis() != null ? b.basis(rule.basis()) : null;
        try {
            for (Map<String, String> vars : bindings(rule, outer, t)) {
                if (!rowsAndCellsPrinted(rule, vars, t)) {
                    continue;
                }
                if (!rule.checks().isEmpty()) {
                    for (IdentityRule child : rule.checks()) {
                        rule(child, vars, t, b);
                    }
                } else {
                    check(rule, vars, t, b);
                }
            }
        } finally {
            if (rule.basis() != null) {
                b.basis(old);
            }
        }
    }

    private static boolean rowsAndCellsPrinted(IdentityRule rule, Map<String, String> vars, Tables t) {
        for (String r : rule.ifRows()) {
            String[] p = fill(r, vars).split("/", 2);
            if (t.row(p[0], p[1]).isEmpty()) {
                return false;
            }
        }
        for (String c : rule.ifColumns()) {
            String[] p = fill(c, vars).split("/", 2);
            if (!t.columns(p[0]).contains(p[1])) {
                return false;
            }
        }
        for (String c : rule.ifCells()) {
            String[] p = fill(c, vars).split("/", 3);
            if (t.cell(p[0], p[1], p[2]).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static void check(IdentityRule rule, Map<String, String> vars, Tables t, CheckBuilder b) {
        List<Optional<Tables.Cell>> right = new ArrayList<>();
        for (String r : rule.right()) {
            String ref = fill(r, vars);
            if (ref.startsWith("Σ")) {
                List<Optional<Tables.Cell>> rows = rows(t, ref.substring(1));
                if (rows.isEmpty() && rule.nonEmpty()) {
                    return;
                }
                right.addAll(rows);
            } else {
                right.add(operand(t, ref));
            }
        }
        b.sum(fill(rule.id(), vars), operand(t, fill(rule.left(), vars)), right, fill(rule.message(), vars));
    }

    /** One operand: {@code [-][?|~]table/row/column}. */
    private static Optional<Tables.Cell> operand(Tables t, String ref) {
        if (ref.startsWith("-")) {
            return CheckBuilder.negate(operand(t, ref.substring(1)));
        }
        char mark = ref.charAt(0);
        String[] p = (mark == '?' || mark == '~' ? ref.substring(1) : ref).split("/", 3);
        Optional<Tables.Cell> c = t.cell(p[0], p[1], p[2]);
        if (mark == '?' && c.isEmpty() || mark == '~' && t.row(p[0], p[1]).isEmpty()) {
            return Optional.of(new Tables.Cell(null, null));
        }
        return c;
    }

    /** The cells of {@code table/ROW-REGEX/column}, one per row whose key matches. */
    private static List<Optional<Tables.Cell>> rows(Tables t, String ref) {
        String[] p = ref.split("/", 3);
        Pattern key = Pattern.compile(p[1]);
        List<Optional<Tables.Cell>> out = new ArrayList<>();
        for (Row r : t.rows(p[0])) {
            if (key.matcher(r.key()).matches()) {
                out.add(t.cell(p[0], r.key(), p[2]));
            }
        }
        return out;
    }

    private static boolean printsAny(Tables t, String table) {
        return t.has(table) && !t.rows(table).stream().allMatch(r -> r.values().values().stream().allMatch(v -> v == null));
    }

    /** The placeholder values of each repetition of the rule, in order; one empty binding when it does not repeat. */
    private static List<Map<String, String>> bindings(IdentityRule rule, Map<String, String> outer, Tables t) {
        List<Map<String, String>> out = List.of(outer);
        if (!rule.each().isEmpty()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> vars : out) {
                rule.each().forEach((name, values) -> values.forEach(v -> next.add(with(vars, name, v))));
            }
            out = next;
        }
        if (rule.eachColumn() != null) {
            IdentityRule.EachColumn spec = rule.eachColumn();
            Set<String> except = new LinkedHashSet<>(spec.except());
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> vars : out) {
                for (String col : t.columns(fill(spec.table(), vars))) {
                    if (!except.contains(col)) {
                        next.add(with(vars, "col", col));
                    }
                }
            }
            out = next;
        }
        if (rule.eachRow() != null) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> vars : out) {
                next.addAll(eachRow(rule.eachRow(), vars, t));
            }
            out = next;
        }
        return out;
    }

    private static List<Map<String, String>> eachRow(IdentityRule.EachRow spec, Map<String, String> vars, Tables t) {
        Pattern key = spec.key() != null ? Pattern.compile(spec.key()) : null;
        Pattern code = spec.code() != null ? Pattern.compile(spec.code()) : null;
        List<String> groups = new ArrayList<>();
        if (key != null) {
            Matcher g = GROUP_NAME.matcher(key.pattern());
            while (g.find()) {
                groups.add(g.group(1));
            }
        }
        boolean distinct = spec.distinct();
        Set<Map<String, String>> seen = new LinkedHashSet<>();
        List<Map<String, String>> out = new ArrayList<>();
        for (Row r : t.rows(fill(spec.table(), vars))) {
            if (spec.side() != null && r.side() != spec.side()
                    || spec.column() != null && !r.values().containsKey(spec.column())
                    || code != null && (r.code() == null || !code.matcher(r.code()).matches())) {
                continue;
            }
            Map<String, String> row = new HashMap<>(vars);
            if (key != null) {
                Matcher m = key.matcher(r.key());
                if (!m.matches()) {
                    continue;
                }
                groups.forEach(n -> row.put(n, m.group(n)));
            }
            if (distinct) {
                if (seen.add(row)) {
                    out.add(row);
                }
                continue;
            }
            row.put("key", r.key());
            row.put("name", String.valueOf(r.name()));
            row.put("code", String.valueOf(r.code()));
            out.add(row);
        }
        return out;
    }

    private static Map<String, String> with(Map<String, String> vars, String name, String value) {
        Map<String, String> out = new LinkedHashMap<>(vars);
        out.put(name, value);
        return out;
    }

    private static String fill(String s, Map<String, String> vars) {
        if (s.indexOf('{') < 0) {
            return s;
        }
        Matcher m = PLACEHOLDER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = vars.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
