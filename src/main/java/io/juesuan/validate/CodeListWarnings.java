package io.juesuan.validate;

import io.juesuan.model.Report;
import io.juesuan.model.Row;
import io.juesuan.model.Severity;
import io.juesuan.model.Table;
import io.juesuan.model.Warning;
import io.juesuan.normalize.Labels;
import io.juesuan.tables.Classification;
import io.juesuan.tables.TableCatalog;
import io.juesuan.tables.TableSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subject codes against the code list and against the report itself.
 *
 * <p>The list (mappings/codes.json) is marked {@code partial} while it holds only the codes seen in
 * samples: then a code not in it, or printed under another name than the list's, is {@code INFO} —
 * it says something about the list, not about the report. Independent of the list, two things are a
 * {@code DOUBT}: the same code printed with different names in one report ({@code code_names_differ}),
 * and a code whose level does not fit its parent — a 款 with no 类 of its digits above it in the
 * table, a 项 with no such 款 ({@code code_parent_mismatch}).
 */
final class CodeListWarnings {
    private final CodeLists lists;
    /** Each table's declared classification (tables.json); tables declaring none are not judged. */
    private final Map<String, Classification> classes;

    /** @param lists mappings/codes.json; @param classes table key → its classification in tables.json */
    CodeListWarnings(CodeLists lists, Map<String, Classification> classes) {
        this.lists = lists;
        this.classes = classes;
    }

    /** Each table's declared classification, from mappings/tables.json. */
    static Map<String, Classification> classes(TableCatalog catalog) {
        Map<String, Classification> out = new LinkedHashMap<>();
        for (TableSpec spec : catalog.specs()) {
            if (spec.classification() != null) {
                out.put(spec.key(), spec.classification());
            }
        }
        return out;
    }

    void run(Report report, List<Warning> warnings) {
        boolean partial = lists.partial();
        Map<String, String> functional = lists.functionalFor(report.report().year());
        Map<String, String> economic = lists.economicList();
        Map<String, Printed> functionalNames = new LinkedHashMap<>();
        Map<String, Printed> economicNames = new LinkedHashMap<>();
        for (Map.Entry<String, Table> e : report.tables().entrySet()) {
            Classification c = classes.get(e.getKey());
            boolean isFunctional = c == Classification.FUNCTIONAL;
            Map<String, String> list = isFunctional ? functional : c == Classification.ECONOMIC ? economic : null;
            if (list == null) {
                continue;
            }
            Map<String, Printed> names = isFunctional ? functionalNames : economicNames;
            java.util.Set<String> above = new java.util.HashSet<>();
            java.util.Set<Integer> levels = new java.util.HashSet<>();
            for (Row r : e.getValue().rows()) {
                if (r.code() == null || !r.code().matches("\\d{3}(\\d{2}){0,2}")) {
                    continue;
                }
                String code = r.code();
                parentCheck(e.getKey(), r, above, levels, warnings);
                if (r.name() != null && !r.name().isBlank()) {
                    Printed first = names.putIfAbsent(code, new Printed(r.name(), e.getKey(), r.page()));
                    if (first != null && !sameName(first.name(), r.name())) {
                        warnings.add(Warning.doubt("code_names_differ", code + " is printed as '" + first.name() + "' in "
                                + first.table() + " (page " + first.page() + ") and as '" + r.name() + "' in " + e.getKey(), r.page()));
                    }
                }
                String known = list.get(code);
                if (known == null) {
                    warnings.add(new Warning("unknown_code", e.getKey() + ": code " + code + " (" + r.name()
                            + ") is not in mappings/codes.json" + (partial ? " (a partial list: this says nothing about the report)" : ""),
                            r.page(), partial ? Severity.INFO : Severity.DOUBT));
                } else if (r.name() != null && !r.name().isEmpty() && !sameName(known, r.name())) {
                    warnings.add(new Warning("code_name_differs", e.getKey() + ": code " + code + " printed as '" + r.name()
                            + "', code list says '" + known + "'", r.page(),
                            partial ? Severity.INFO : Severity.DOUBT));
                }
            }
        }
    }

    /**
     * A 款 must have its 类 printed above it in the same table, a 项 its 款 — wherever above, since
     * some tables print two code blocks side by side (301… beside 302…). A table that prints no rows
     * of the parent's level at all (a list of 项 only) is not judged.
     */
    private static void parentCheck(String table, Row r, java.util.Set<String> above, java.util.Set<Integer> levels,
            List<Warning> warnings) {
        String code = r.code();
        int len = code.length();
        if (len > 3 && levels.contains(len - 2) && !above.contains(code.substring(0, len - 2))) {
            warnings.add(Warning.doubt("code_parent_mismatch", table + ": " + code + " (" + r.name() + ") has no "
                    + code.substring(0, len - 2) + " printed above it", r.page()));
        }
        above.add(code);
        levels.add(len);
    }

    private static boolean sameName(String a, String b) {
        // 对个人和家庭补助 / 对个人和家庭的补助: a 的 more or less is the same name
        String x = Labels.core(a).replace("的", "");
        String y = Labels.core(b).replace("的", "");
        return x.equals(y) || (x.length() >= 4 && y.length() >= 4 && (x.startsWith(y) || y.startsWith(x)));
    }

    private record Printed(String name, String table, Integer page) {}
}
