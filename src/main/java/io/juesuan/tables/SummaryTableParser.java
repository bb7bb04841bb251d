package io.juesuan.tables;

import io.juesuan.model.Row;
import io.juesuan.model.Side;
import io.juesuan.model.Warning;
import io.juesuan.normalize.AmountParser;
import io.juesuan.normalize.Labels;
import io.juesuan.normalize.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two summary tables (01 收入支出决算总表, 04 财政拨款收入支出决算总表): income and expenditure
 * printed side by side. Each side becomes its own rows, keyed by what the item is
 * ({@code income:general_budget}, {@code expenditure:210}), so reports without 行次 or with
 * another template's numbering come out the same.
 */
final class SummaryTableParser implements ShapeParser {
    private final TableSpec spec;
    private final HeaderAnalyzer headers;
    private final ColumnMatcher matcher;
    private final SummaryItems items;
    private final List<String> itemLabels;
    private final List<String> lineLabels;
    private final List<String> numberRowLabels;

    SummaryTableParser(TableCatalog catalog, TableSpec spec, SummaryItems items) {
        this.spec = spec;
        this.headers = new HeaderAnalyzer(catalog, spec);
        this.matcher = new ColumnMatcher(spec.columns());
        this.items = items;
        TablesMapping.Header h = catalog.mapping().header();
        itemLabels = TableCatalog.keys(h.itemColumn());
        lineLabels = TableCatalog.keys(h.lineColumn());
        numberRowLabels = TableCatalog.keys(h.columnNumberRow());
    }

    /** One side's columns within a grid. */
    private record SideColumns(Side side, int itemCol, int lineCol, Map<Integer, String> columnAt) {}

    @Override
    public ParsedTable parse(TableRegion region, List<Warning> warnings) {
        List<Row> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> found = new LinkedHashSet<>();
        List<SideColumns> sides = null;
        boolean openingSeen = false;
        Map<Side, List<String>> sideColumns = new LinkedHashMap<>();
        List<Map.Entry<List<SideColumns>, List<SourcedRow>>> work = new ArrayList<>();
        for (List<SourcedRow> grid : CodedTableParser.byGrid(region.rows())) {
            HeaderLayout header = headers.analyze(grid, false);
            if (header.present() && !header.labels().isEmpty()) {
                sides = sidesFrom(header, grid);
            } else if (sides == null) {
                int w = grid.stream().mapToInt(SourcedRow::size).max().orElse(0);
                sides = List.of(new SideColumns(Side.INCOME, 0, -1, Map.of(2, "amount")), new SideColumns(Side.EXPENDITURE, w / 2, -1, Map.of(w - 1, "amount")));
            }
            for (SideColumns s : sides) {
                found.addAll(s.columnAt().values());
                sideColumns.computeIfAbsent(s.side(), k -> new ArrayList<>());
                for (String c : s.columnAt().values()) {
                    if (!sideColumns.get(s.side()).contains(c)) {
                        sideColumns.get(s.side()).add(c);
                    }
                }
            }
            work.add(Map.entry(sides, grid.subList(header.rows(), grid.size())));
        }
        List<String> columns = spec.columns().keySet().stream().filter(found::contains).toList();
        for (Map.Entry<List<SideColumns>, List<SourcedRow>> w : CutRows.join(work, (last, fragment) -> {
            List<SideColumns> ss = work.get(0).getKey();
            boolean any = false;
            for (SideColumns side : ss) {
                String rest = TextNormalizer.cleanName(fragment.cell(side.itemCol()));
                if (rest.isEmpty()) {
                    continue;
                }
                String name = TextNormalizer.cleanName(last.cell(side.itemCol()) + fragment.cell(side.itemCol()));
                if (items.item(side.side(), name).isEmpty() || items.item(side.side(), rest).isPresent()) {
                    return false;
                }
                any = true;
            }
            return any;
        })) {
            for (SourcedRow row : w.getValue()) {
                for (SideColumns side : w.getKey()) {
                    List<String> cols = columns.stream().filter(sideColumns.get(side.side())::contains).toList();
                    Map<String, BigDecimal> values = RowValues.read(row, side.columnAt(), cols);
                    String name = TextNormalizer.cleanName(row.cell(side.itemCol()));
                    Integer line = side.lineCol() < 0 ? null
                            : AmountParser.parse(row.cell(side.lineCol())).map(BigDecimal::intValue).orElse(null);
                    if (name.isEmpty() && RowValues.allNull(values)) {
                        continue;
                    }
                    // a column-number row (栏次 1 2 3) the header analysis did not take as header (its
                    // numbers misread on a scan) is still no data row
                    if (numberRowLabels.contains(Labels.key(name))) {
                        continue;
                    }
                    String key = keyFor(side.side(), name, line, openingSeen, warnings, row);
                    if (key.equals("income:" + items.openingKey)) {
                        openingSeen = true;
                    }
                    String unique = key;
                    for (int n = 2; keys.contains(unique); n++) {
                        unique = key + "." + n;
                    }
                    keys.add(unique);
                    rows.add(Row.builder(unique).line(line).name(name).side(side.side()).values(values).page(row.page()).build());
                }
            }
        }
        return new ParsedTable(columns, rows);
    }

    private String keyFor(Side side, String name, Integer line, boolean openingSeen, List<Warning> warnings, SourcedRow row) {
        Optional<String> item = items.item(side, name);
        if (item.isPresent()) {
            String it = item.get();
            if (side == Side.INCOME && openingSeen && items.openingParts.contains(it)) {
                it = items.openingKey + "." + it;
            }
            return side.json() + ":" + it;
        }
        String fallback = name.isEmpty() ? "line" + (line == null ? "" : line) : "other." + Labels.core(name);
        warnings.add(new Warning("unknown_item", spec.key() + ": " + side.json() + " item not in mappings/summary-items.json: '"
                + name + "'", row.page()));
        return side.json() + ":" + fallback;
    }

    /** Splits the header at the second 项目 (or at 支出) into the income and expenditure sides. */
    private List<SideColumns> sidesFrom(HeaderLayout header, List<SourcedRow> grid) {
        List<Integer> itemCols = header.columnsLabelled(itemLabels);
        int width = Math.max(header.labels().keySet().stream().mapToInt(i -> i + 1).max().orElse(0),
                grid.stream().mapToInt(SourcedRow::size).max().orElse(0));
        int split;
        if (itemCols.size() >= 2) {
            split = itemCols.get(1);
        } else {
            split = header.columnsLabelled(List.of("支出")).stream().findFirst().orElse(width / 2);
        }
        int incomeItem = itemCols.isEmpty() ? 0 : itemCols.get(0);
        return List.of(side(Side.INCOME, header, incomeItem, split), side(Side.EXPENDITURE, header, split, width));
    }

    private SideColumns side(Side name, HeaderLayout header, int from, int to) {
        int lineCol = header.columnsLabelled(lineLabels).stream().filter(i -> i >= from && i < to).findFirst().orElse(-1);
        Map<Integer, String> columnAt = matcher.match(header, from + 1, to, null);
        columnAt.remove(lineCol);
        return new SideColumns(name, from, lineCol, columnAt);
    }
}
