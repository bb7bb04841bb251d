package io.juesuan.tables;

import io.juesuan.Mappings;
import io.juesuan.normalize.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The standard tables and how their titles are recognised; all data from mappings/tables.json. */
public final class TableCatalog {
    private static final Pattern LABEL = Pattern.compile("公开(?:表)?\\d+(?:表)?|表\\d+$");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^\\d{4}年度?");
    /** Titles are short; a longer line is running text that happens to end with a title. */
    private static final int MAX_TITLE_LINE = 48;

    private final List<TableSpec> specs = new ArrayList<>();
    /** Each spec's titles as keys, computed once: every text line of a report is matched against all of them. */
    private final List<List<String>> titleKeys = new ArrayList<>();
    private final TablesMapping mapping;

    public TableCatalog(Mappings mappings) {
        mapping = mappings.bind("tables", TablesMapping.class);
        for (TableSpec t : mapping.tables()) {
            specs.add(t);
            titleKeys.add(t.titles().stream().map(Labels::key).toList());
        }
    }

    public List<TableSpec> specs() {
        return specs;
    }

    /** The whole of tables.json: header vocabulary, currency units, no-data phrases, budget settings. */
    public TablesMapping mapping() {
        return mapping;
    }

    /**
     * The table whose title this line is. A line matches a title exactly after normalisation, or
     * ends with it after a short prefix (unit name, year); the longest title wins, so
     * 财政拨款收入支出决算总表 is not read as 收入支出决算总表.
     */
    public Optional<TableSpec> matchTitle(String line) {
        String t = normaliseTitle(line);
        if (t.isEmpty() || t.length() > MAX_TITLE_LINE || t.contains("。") || t.contains("，")) {
            return Optional.empty();
        }
        TableSpec best = null;
        int bestLen = 0;
        for (int i = 0; i < specs.size(); i++) {
            for (String k : titleKeys.get(i)) {
                if ((t.equals(k) || t.endsWith(k)) && k.length() > bestLen) {
                    best = specs.get(i);
                    bestLen = k.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The printed title without label, enumerator and spaces (quotes and a printed year kept: the
     * title is as printed, 2024年预算单位财务收支预算总表).
     */
    public static String printedTitle(String line) {
        String s = io.juesuan.normalize.TextNormalizer.squeeze(line);
        s = LABEL.matcher(s).replaceAll("");
        return s.replaceFirst("^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])", "");
    }

    static String normaliseTitle(String line) {
        String s = Labels.withoutEnumerator(line);
        s = LABEL.matcher(s).replaceAll("");
        return YEAR_PREFIX.matcher(s).replaceFirst("");
    }

    /** The labels as {@link Labels#key} normalises them, in order. */
    public static List<String> keys(List<String> labels) {
        return labels.stream().map(Labels::key).toList();
    }
}
