package io.juesuan.tables;

import io.juesuan.normalize.AmountParser;
import io.juesuan.normalize.Labels;
import io.juesuan.normalize.SubjectCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the header rows at the top of a grid and the labels printed over each column. A row is
 * header while it holds no money, no subject code and no totals label, and carries header
 * vocabulary or is a column-number (栏次) row. Labels are per column index of that grid only, since
 * a continued table's next page can have an extra empty column.
 */
public final class HeaderAnalyzer {
    private final Set<String> tokens = new HashSet<>();
    private final Set<String> numberRowLabels = new HashSet<>();
    private final Set<String> totalLabels = new HashSet<>();

    public HeaderAnalyzer(TableCatalog catalog, TableSpec spec) {
        TablesMapping.Header h = catalog.mapping().header();
        h.headerTokens().forEach(t -> tokens.add(Labels.key(t)));
        h.codeColumn().forEach(t -> tokens.add(Labels.key(t)));
        h.nameColumn().forEach(t -> tokens.add(Labels.key(t)));
        h.columnNumberRow().forEach(t -> numberRowLabels.add(Labels.key(t)));
        h.totalLabels().forEach(t -> totalLabels.add(Labels.key(t)));
        spec.columns().values().forEach(syns -> syns.forEach(s -> tokens.add(Labels.key(s))));
        spec.omitColumns().forEach(t -> tokens.add(Labels.key(t)));
        spec.blockColumns().values().forEach(labels -> labels.forEach(s -> tokens.add(Labels.key(s))));
        spec.blocks().values().forEach(labels -> labels.forEach(s -> tokens.add(Labels.key(s))));
    }

    public HeaderLayout analyze(List<SourcedRow> gridRows, boolean totalsAreData) {
        int n = 0;
        Map<Integer, List<String>> labels = new TreeMap<>();
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        List<SourcedRow> labelRows = new ArrayList<>();
        for (int i = 0; i < gridRows.size(); i++) {
            SourcedRow row = gridRows.get(i);
            if (row.isBlank() && n == 0) {
                break;
            }
            if (n == 0 && isCaptionRow(row) && i + 1 < gridRows.size() && isHeaderRow(gridRows.get(i + 1), totalsAreData)) {
                // a title cell spanning the grid above its header (财政拨款“三公”经费)
                n++;
                continue;
            }
            Map<Integer, Integer> nums = columnNumbers(row);
            if (nums != null) {
                numbers = nums;
                n++;
                continue;
            }
            if (!isHeaderRow(row, totalsAreData)) {
                break;
            }
            for (int c = 0; c < row.size(); c++) {
                String k = Labels.key(row.cell(c));
                if (!k.isEmpty()) {
                    labels.computeIfAbsent(c, x -> new ArrayList<>()).add(k);
                }
            }
            labelRows.add(row);
            n++;
        }
        return new HeaderLayout(n, joinFragments(labels), numbers, joinFragments(spanned(labelRows)));
    }

    /**
     * A header cell spanning two header rows whose words wrap inside a narrow column can arrive cut
     * at the inner row line (年初结转和结 over 余, 本年收 over 入). Where two labels of one column,
     * one under the other, make a header word of the vocabulary together and are not both words of
     * their own (本年支出 over 小计 stays two labels), they are one label.
     */
    Map<Integer, List<String>> joinFragments(Map<Integer, List<String>> labels) {
        Map<Integer, List<String>> out = new TreeMap<>();
        labels.forEach((c, ls) -> {
            List<String> joined = new ArrayList<>();
            for (String l : ls) {
                int last = joined.size() - 1;
                if (last >= 0) {
                    String above = joined.get(last);
                    String both = above + l;
                    if (tokens.contains(both) && !(tokens.contains(above) && tokens.contains(l))) {
                        joined.set(last, both);
                        continue;
                    }
                }
                joined.add(l);
            }
            out.put(c, joined);
        });
        return out;
    }

    private static Map<Integer, List<String>> spanned(List<SourcedRow> rows) {
        int width = rows.stream().mapToInt(SourcedRow::size).max().orElse(0);
        Map<Integer, List<String>> out = new TreeMap<>();
        boolean[] parentStarts = new boolean[width];
        for (SourcedRow row : rows) {
            String carry = "";
            boolean[] starts = parentStarts.clone();
            for (int c = 0; c < width; c++) {
                String k = Labels.key(row.cell(c));
                if (!k.isEmpty()) {
                    carry = k;
                    starts[c] = true;
                } else if (parentStarts[c]) {
                    carry = "";
                }
                if (!carry.isEmpty()) {
                    out.computeIfAbsent(c, x -> new ArrayList<>()).add(carry);
                }
            }
            parentStarts = starts;
        }
        return out;
    }

    private static boolean isCaptionRow(SourcedRow row) {
        List<String> nonBlank = row.cells().stream().filter(c -> !c.isBlank()).toList();
        return nonBlank.size() == 1 && !AmountParser.isAmount(nonBlank.get(0)) && SubjectCode.read(nonBlank.get(0)).isEmpty();
    }

    /** The caption cell of a grid's first row, if the header starts with one. */
    static String caption(List<SourcedRow> gridRows, HeaderLayout header) {
        if (header.rows() == 0 || gridRows.isEmpty() || !isCaptionRow(gridRows.get(0))) {
            return null;
        }
        return gridRows.get(0).cells().stream().filter(c -> !c.isBlank()).findFirst().orElse(null);
    }

    private boolean isHeaderRow(SourcedRow row, boolean totalsAreData) {
        boolean vocabulary = false;
        for (int c = 0; c < row.size(); c++) {
            String cell = row.cell(c);
            String k = Labels.key(cell);
            if (k.isEmpty()) {
                continue;
            }
            if (AmountParser.isMoney(cell) || SubjectCode.read(cell).isPresent()) {
                return false;
            }
            if (totalsAreData && c <= 1 && totalLabels.contains(k)) {
                return false;
            }
            if (k.matches("\\d{1,3}")) {
                return false; // a bare 行次 number: padding or data rows of the summary tables
            }
            if (tokens.contains(k) || tokens.contains(ColumnMatcher.withoutYear(k))) {
                vocabulary = true;
            }
        }
        return vocabulary;
    }

    /** The 栏次 row: a label such as 栏次/档次 or nothing, then 1, 2, 3 … in increasing columns. */
    private Map<Integer, Integer> columnNumbers(SourcedRow row) {
        Map<Integer, Integer> nums = new LinkedHashMap<>();
        boolean label = false;
        int expect = 1;
        for (int c = 0; c < row.size(); c++) {
            String k = Labels.key(row.cell(c));
            if (k.isEmpty()) {
                continue;
            }
            if (numberRowLabels.contains(k)) {
                label = true;
                continue;
            }
            if (k.equals(String.valueOf(expect))) {
                nums.put(expect++, c);
            } else {
                return null;
            }
        }
        return nums.size() >= 2 && (label || nums.size() >= 3) ? nums : null;
    }
}
