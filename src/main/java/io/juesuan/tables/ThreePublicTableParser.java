package io.juesuan.tables;

import io.juesuan.model.Row;
import io.juesuan.model.Warning;
import io.juesuan.normalize.AmountParser;
import io.juesuan.normalize.Labels;
import io.juesuan.normalize.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 三公 table: one data row of twelve values under a two-block (预算数 / 决算数) header. Printed
 * header cells are often shifted by merged cells, so values are placed by the 1…12 column-number
 * row when there is one, else by the header labels over each column, else by position.
 */
final class ThreePublicTableParser implements ShapeParser {
    private final TableSpec spec;
    private final HeaderAnalyzer headers;
    private final Map<String, List<String>> blocks = new LinkedHashMap<>();
    private final Map<String, List<String>> blockColumns = new LinkedHashMap<>();

    ThreePublicTableParser(TableCatalog catalog, TableSpec spec) {
        this.spec = spec;
        this.headers = new HeaderAnalyzer(catalog, spec);
        spec.blocks().forEach((block, labels) -> blocks.put(block, TableCatalog.keys(labels)));
        spec.blockColumns().forEach((column, labels) -> blockColumns.put(column, TableCatalog.keys(labels)));
    }

    @Override
    public ParsedTable parse(TableRegion region, List<Warning> warnings) {
        List<String> columns = new ArrayList<>(spec.columns().keySet());
        List<SourcedRow> all = region.rows();
        HeaderLayout header = headers.analyze(all, false);
        Map<Integer, String> columnAt = new TreeMap<>();
        if (header.numbers().size() >= columns.size()) {
            header.numbers().forEach((n, idx) -> {
                if (n <= columns.size()) {
                    columnAt.put(idx, columns.get(n - 1));
                }
            });
        } else {
            columnAt.putAll(byLabels(header));
        }
        for (SourcedRow row : all.subList(header.rows(), all.size())) {
            boolean hasValue = row.cells().stream().anyMatch(AmountParser::isAmount);
            if (!hasValue) {
                continue;
            }
            Map<Integer, String> map = columnAt;
            boolean covered = !map.isEmpty() && java.util.stream.IntStream.range(0, row.size())
                    .filter(i -> AmountParser.isAmount(row.cell(i))).allMatch(map::containsKey);
            if (!covered) {
                map = byPosition(row, columns, warnings);
            }
            Map<String, BigDecimal> values = RowValues.read(row, map, columns);
            String name = row.cells().stream().filter(c -> !c.isBlank() && !AmountParser.isAmount(c))
                    .map(TextNormalizer::cleanName).findFirst().orElse(HeaderAnalyzer.caption(all, header));
            return new ParsedTable(columns, List.of(Row.builder("all").name(name).values(values).page(row.page()).build()));
        }
        Map<String, BigDecimal> blank = RowValues.read(all.isEmpty() ? new SourcedRow(List.of(), 0, 0) : all.get(0), Map.of(), columns);
        return new ParsedTable(columns, List.of(Row.builder("all").values(blank)
                .page(region.pages.isEmpty() ? null : region.pages.first()).build()));
    }

    /**
     * Column → key from the labels over it, merged cells spread over the columns they cover: the
     * block (预算数 / 决算数) may be the top or the bottom header level, so each column takes its
     * block and its item from whichever of its labels match.
     */
    private Map<Integer, String> byLabels(HeaderLayout header) {
        Map<Integer, String> out = new TreeMap<>();
        List<String> taken = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : header.spanned().entrySet()) {
            String block = null;
            String item = null;
            for (String label : e.getValue()) {
                for (Map.Entry<String, List<String>> b : blocks.entrySet()) {
                    if (b.getValue().contains(label)) {
                        block = b.getKey();
                    }
                }
                for (Map.Entry<String, List<String>> bc : blockColumns.entrySet()) {
                    if (bc.getValue().contains(label)) {
                        item = bc.getKey();
                    }
                }
            }
            if (block != null && item != null && !taken.contains(block + "_" + item)) {
                out.put(e.getKey(), block + "_" + item);
                taken.add(block + "_" + item);
            }
        }
        return out;
    }

    private Map<Integer, String> byPosition(SourcedRow row, List<String> columns, List<Warning> warnings) {
        Map<Integer, String> out = new TreeMap<>();
        if (row.size() == columns.size()) {
            for (int i = 0; i < columns.size(); i++) {
                out.put(i, columns.get(i));
            }
        } else {
            warnings.add(new Warning("three_public_columns", spec.key()
                    + ": neither a column-number row nor readable headers; values placed by position", row.page()));
            int first = 0;
            while (first < row.size() && !AmountParser.isAmount(row.cell(first)) && !row.cell(first).isBlank()) {
                first++;
            }
            for (int i = 0; i < columns.size(); i++) {
                out.put(first + i, columns.get(i));
            }
        }
        return out;
    }
}
