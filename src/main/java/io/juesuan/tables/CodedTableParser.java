package io.juesuan.tables;

import io.juesuan.model.Row;
import io.juesuan.model.Warning;
import io.juesuan.normalize.Labels;
import io.juesuan.normalize.SubjectCode;
import io.juesuan.normalize.TextNormalizer;
import io.juesuan.normalize.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tables keyed by 功能分类 code (02, 03, 05, 基金, 国资): code and name on the left, amounts under
 * mapped headers. Codes come whole, glued to the name, or split over 类/款/项 columns; a part
 * printed alone takes its parents from the rows above.
 */
final class CodedTableParser implements ShapeParser {
    private final TableCatalog catalog;
    private final TableSpec spec;
    private final HeaderAnalyzer headers;
    private final ColumnMatcher matcher;
    private final List<String> codeLabels;
    private final List<String> nameLabels;
    private final List<String> totalLabels;
    private final Map<String, List<String>> partLabels = new LinkedHashMap<>();

    CodedTableParser(TableCatalog catalog, TableSpec spec) {
        this.catalog = catalog;
        this.spec = spec;
        this.headers = new HeaderAnalyzer(catalog, spec);
        this.matcher = new ColumnMatcher(spec.columns());
        TablesMapping.Header h = catalog.mapping().header();
        codeLabels = TableCatalog.keys(h.codeColumn());
        nameLabels = TableCatalog.keys(h.nameColumn());
        totalLabels = TableCatalog.keys(h.totalLabels());
        h.codeParts().forEach((part, labels) -> partLabels.put(part, TableCatalog.keys(labels)));
    }

    /** Where a grid keeps its code, name and values. */
    private record Layout(Map<Integer, String> columnAt, int codeCol, int nameCol, List<Integer> partCols, int firstValue) {}

    @Override
    public ParsedTable parse(TableRegion region, List<Warning> warnings) {
        List<SourcedRow> all = region.rows();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> indexByKey = new LinkedHashMap<>();
        Layout layout = null;
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        String[] parents = new String[2];
        int g = -1;
        int start = 0;
        List<List<SourcedRow>> grids = byGrid(all);
        List<Map.Entry<Layout, List<SourcedRow>>> work = new ArrayList<>();
        List<Map.Entry<SourcedRow, Map<String, BigDecimal>>> codeless = new ArrayList<>();
        for (List<SourcedRow> gridRows : grids) {
            HeaderLayout header = headers.analyze(gridRows, true);
            if (header.present() && !header.labels().isEmpty()) {
                layout = layoutFrom(header, gridRows.subList(header.rows(), gridRows.size()));
                found.addAll(layout.columnAt().values());
            } else if (layout == null) {
                layout = new Layout(Map.of(), 0, 1, List.of(), 2);
            }
            work.add(Map.entry(layout, gridRows.subList(header.rows(), gridRows.size())));
        }
        List<String> columns = outputColumns(found);
        for (Map.Entry<Layout, List<SourcedRow>> w : work) {
            Layout lay = w.getKey();
            boolean firstOfGrid = true;
            for (SourcedRow row : w.getValue()) {
                if (row.isBlank()) {
                    continue;
                }
                boolean continuation = firstOfGrid && !rows.isEmpty();
                firstOfGrid = false;
                Map<String, BigDecimal> values = RowValues.read(row, lay.columnAt(), columns);
                if (continuation && !isTotal(row, lay) && codeOf(row, lay, parents.clone()).isEmpty()
                        && rows.get(rows.size() - 1).code() != null
                        && fillsOnlyBlanks(rows.get(rows.size() - 1), values)) {
                    // a row cut by a page break: the rest of its wrapped name (and any value printed
                    // lower in the cell) opens the next page's grid, with no code of its own
                    rows.set(rows.size() - 1, continued(rows.get(rows.size() - 1),
                            TextNormalizer.cleanName(row.cell(lay.nameCol())), values));
                    continue;
                }
                if (isTotal(row, lay)) {
                    add(rows, indexByKey, Row.builder("total").name(nameOf(row, lay, "合计")).values(values).page(row.page()).build(), warnings);
                    continue;
                }
                Optional<SubjectCode.CodeAndName> code = codeOf(row, lay, parents);
                if (code.isEmpty()) {
                    if (!RowValues.allNull(values)) {
                        codeless.add(Map.entry(row, values));
                    }
                    continue;
                }
                String c = code.get().code();
                if (c.length() == 3) {
                    parents[0] = c;
                } else if (c.length() == 5) {
                    parents[1] = c;
                }
                String name = TextNormalizer.cleanName(row.cell(lay.nameCol()));
                if (name.isEmpty() || name.equals(code.get().code())) {
                    name = TextNormalizer.cleanName(code.get().name());
                }
                add(rows, indexByKey, Row.builder(c).code(c).level(SubjectCode.level(c)).name(name).values(values).page(row.page()).build(), warnings);
            }
        }
        for (Map.Entry<SourcedRow, Map<String, BigDecimal>> e : codeless) {
            SourcedRow row = e.getKey();
            if (!indexByKey.containsKey("total") && equalsClassSum(e.getValue(), rows)) {
                // the 合计 row whose label sits in a cell merged across the code columns, or is not printed
                Row total = Row.builder("total").name(nameOf(row, null, "合计")).values(e.getValue()).page(row.page()).build();
                indexByKey.put("total", 0);
                for (Map.Entry<String, Integer> k : indexByKey.entrySet()) {
                    if (!k.getKey().equals("total")) {
                        k.setValue(k.getValue() + 1);
                    }
                }
                rows.add(0, total);
                continue;
            }
            warnings.add(new Warning("row_without_code", spec.key() + ": a row with values but no subject code was skipped: "
                    + String.join(" | ", row.cells()), row.page()));
        }
        return new ParsedTable(columns, rows);
    }

    /**
     * Does a row without a code print, in every column where it prints anything, the sum of the
     * table's 类 rows (and is at least one such column non-zero)? Then it is the table's 合计.
     */
    static boolean equalsClassSum(Map<String, BigDecimal> values, List<Row> rows) {
        List<Row> classes = rows.stream().filter(r -> r.code() != null && r.code().length() == 3).toList();
        if (classes.isEmpty()) {
            return false;
        }
        boolean any = false;
        for (Map.Entry<String, BigDecimal> v : values.entrySet()) {
            if (v.getValue() == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Row c : classes) {
                BigDecimal x = c.values().get(v.getKey());
                sum = x == null ? sum : sum.add(x);
            }
            if (sum.subtract(v.getValue()).abs().compareTo(Tolerance.PLACEMENT_TOTAL) > 0) {
                return false;
            }
            any |= v.getValue().signum() != 0;
        }
        return any;
    }

    private static boolean fillsOnlyBlanks(Row prev, Map<String, BigDecimal> values) {
        return values.entrySet().stream().allMatch(e -> e.getValue() == null || prev.values().get(e.getKey()) == null);
    }

    private static Row continued(Row prev, String nameRest, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> merged = new LinkedHashMap<>(prev.values());
        values.forEach((k, v) -> {
            if (v != null && merged.get(k) == null) {
                merged.put(k, v);
            }
        });
        String name = prev.name() == null ? nameRest : prev.name() + nameRest;
        return prev.toBuilder().name(name).values(merged).placement(null).build();
    }

    static List<List<SourcedRow>> byGrid(List<SourcedRow> all) {
        List<List<SourcedRow>> out = new ArrayList<>();
        int current = -1;
        for (SourcedRow r : all) {
            if (r.grid() != current) {
                out.add(new ArrayList<>());
                current = r.grid();
            }
            out.get(out.size() - 1).add(r);
        }
        return out;
    }

    private List<String> outputColumns(java.util.Set<String> found) {
        List<String> all = new ArrayList<>(spec.columns().keySet());
        if (!spec.defaultColumns().isEmpty() && spec.defaultColumns().containsAll(found)) {
            return spec.defaultColumns();
        }
        return all;
    }

    private Layout layoutFrom(HeaderLayout header, List<SourcedRow> body) {
        int width = header.labels().keySet().stream().mapToInt(i -> i + 1).max().orElse(0);
        List<Integer> codeCols = header.columnsLabelled(codeLabels);
        List<Integer> nameCols = header.columnsLabelled(nameLabels);
        List<Integer> parts = new ArrayList<>();
        for (List<String> labels : partLabels.values()) {
            header.columnsLabelled(labels).stream().findFirst().ifPresent(parts::add);
        }
        if (parts.size() < 2 && !body.isEmpty()) {
            // 类 | 款 | 项 can share the 合计 row instead of closing the header
            parts = partsInRow(body.get(0));
        }
        if (parts.size() < 2) {
            parts = List.of();
        }
        int codeCol = codeCols.isEmpty() ? 0 : codeCols.get(0);
        int nameCol = nameCols.stream().filter(i -> i != codeCol && !List.of().contains(i)).findFirst()
                .orElse(parts.isEmpty() ? codeCol + 1 : parts.get(parts.size() - 1) + 1);
        if (nameCol == codeCol || (!parts.isEmpty() && parts.contains(nameCol))) {
            nameCol = parts.isEmpty() ? codeCol + 1 : parts.get(parts.size() - 1) + 1;
        }
        int firstValue = Math.max(nameCol, parts.isEmpty() ? codeCol : parts.get(parts.size() - 1)) + 1;
        Map<Integer, String> columnAt = matcher.match(header, firstValue, Math.max(width, firstValue), null);
        if (!header.numbers().isEmpty() && columnAt.isEmpty()) {
            List<String> keys = new ArrayList<>(spec.columns().keySet());
            header.numbers().forEach((n, idx) -> {
                if (n - 1 < keys.size()) {
                    columnAt.put(idx, keys.get(n - 1));
                }
            });
        }
        return new Layout(columnAt, codeCol, nameCol, parts, firstValue);
    }

    private List<Integer> partsInRow(SourcedRow row) {
        List<Integer> parts = new ArrayList<>();
        for (List<String> labels : partLabels.values()) {
            for (int c = 0; c < row.size(); c++) {
                if (labels.contains(Labels.key(row.cell(c)))) {
                    parts.add(c);
                    break;
                }
            }
        }
        return parts;
    }

    private boolean isTotal(SourcedRow row, Layout lay) {
        for (int c = 0; c < lay.firstValue(); c++) {
            if (totalLabels.contains(Labels.key(row.cell(c)))) {
                return true;
            }
        }
        return false;
    }

    private String nameOf(SourcedRow row, Layout lay, String fallback) {
        for (int c = 0; c < (lay == null ? row.size() : lay.firstValue()); c++) {
            if (totalLabels.contains(Labels.key(row.cell(c)))) {
                return TextNormalizer.cleanName(row.cell(c));
            }
        }
        return fallback;
    }

    private Optional<SubjectCode.CodeAndName> codeOf(SourcedRow row, Layout lay, String[] parents) {
        if (!lay.partCols().isEmpty()) {
            StringBuilder code = new StringBuilder();
            List<String> partsText = lay.partCols().stream().map(i -> TextNormalizer.squeeze(row.cell(i))).toList();
            if (partsText.stream().allMatch(String::isEmpty)) {
                return SubjectCode.read(row.cell(lay.codeCol()));
            }
            if (partsText.get(0).isEmpty()) {
                String parent = partsText.size() > 2 && partsText.get(1).isEmpty() ? parents[1] : parents[0];
                if (parent == null) {
                    return Optional.empty();
                }
                code.append(parent);
            }
            partsText.forEach(code::append);
            return SubjectCode.read(code.toString()).map(c -> new SubjectCode.CodeAndName(c.code(), ""));
        }
        Optional<SubjectCode.CodeAndName> whole = SubjectCode.read(row.cell(lay.codeCol()));
        if (whole.isPresent()) {
            return whole;
        }
        return SubjectCode.read(row.cell(lay.nameCol()));
    }

    private void add(List<Row> rows, Map<String, Integer> indexByKey, Row row, List<Warning> warnings) {
        Integer at = indexByKey.get(row.key());
        if (at == null) {
            indexByKey.put(row.key(), rows.size());
            rows.add(row);
            return;
        }
        Row earlier = rows.get(at);
        if (RowValues.allNull(earlier.values()) && !RowValues.allNull(row.values())) {
            rows.set(at, row);
        } else if (!RowValues.allNull(row.values())) {
            warnings.add(new Warning("duplicate_row", spec.key() + ": code " + row.key()
                    + " printed twice; the first is kept", row.page()));
        }
    }
}
