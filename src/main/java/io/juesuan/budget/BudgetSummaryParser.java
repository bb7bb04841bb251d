package io.juesuan.budget;

import io.juesuan.model.Placement;
import io.juesuan.model.Row;
import io.juesuan.model.Side;
import io.juesuan.model.Warning;
import io.juesuan.normalize.TextNormalizer;
import io.juesuan.tables.ParsedTable;
import io.juesuan.tables.ShapeParser;
import io.juesuan.tables.TableCatalog;
import io.juesuan.tables.TableRegion;
import io.juesuan.tables.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two budget summary tables (收支总体情况表, 财政拨款收支总体情况表): income and expenditure side
 * by side, each packed row a run of (name, amounts) pairs. A name's side comes from what the item
 * is; names a PDF cell glued together (政府性基金预算收入三、公共安全支出) are split where an income
 * item ends and an expenditure item begins. Blank fiscal sources on the income side are recorded
 * for the report's other tables (see {@link BudgetContext}).
 */
final class BudgetSummaryParser implements ShapeParser {
    private final TableCatalog catalog;
    private final TableSpec spec;
    private final BudgetItems items;
    private final BudgetContext context;

    BudgetSummaryParser(TableCatalog catalog, TableSpec spec, BudgetItems items, BudgetContext context) {
        this.catalog = catalog;
        this.spec = spec;
        this.items = items;
        this.context = context;
    }

    /** A name and the amounts printed after it, with the tokens they came from (for their columns). */
    private record Segment(String name, List<BigDecimal> amounts, List<Token> money) {}

    private record Entry(Side side, String item, String name, List<BigDecimal> amounts, int page, List<Token> money,
            PackedRow source) {
        Entry(Side side, String item, String name, List<BigDecimal> amounts, int page) {
            this(side, item, name, amounts, page, List.of(), null);
        }
    }

    @Override
    public ParsedTable parse(TableRegion region, List<Warning> warnings) {
        List<Entry> entries = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        Map<String, List<String>> sideColumns = spec.sides();
        ColumnPositions positions = ColumnPositions.read(region, catalog, spec, spec.columns().keySet(), sideColumns);
        List<PackedRow> packed = positions.retype(PackedRow.of(region));
        boolean dataSeen = false;
        for (PackedRow r : packed) {
            if (positions.isHeader(r)) {
                header.append(r.labelText());
                continue;
            }
            List<Segment> segments = segments(r);
            List<Entry> read = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                for (Entry e : classify(segments.get(i), i, segments.size(), r.page())) {
                    read.add(new Entry(e.side(), e.item(), e.name(), e.amounts(), e.page(),
                            e.amounts().isEmpty() ? List.of() : segments.get(i).money(), r));
                }
            }
            // without a header the grid vouches for, rows before the first amount are header: an item's
            // name there (一般公共预算 over its column) is a column label, not a row
            boolean beforeData = !positions.isUsable() && !dataSeen && !r.hasMoney();
            dataSeen |= r.hasMoney();
            for (int i = 0; i < read.size(); i++) {
                Entry e = read.get(i);
                if (e.item() != null && !beforeData) {
                    entries.add(e);
                } else if (!e.amounts().isEmpty()) {
                    warnings.add(new Warning("unknown_item", spec.key() + ": item not in mappings/budget-items.json: '"
                            + e.name() + "'", r.page()));
                } else {
                    header.append(e.name());
                }
            }
        }
        boolean byPosition = positions.place(packed) && entries.stream().allMatch(e -> e.money().stream()
                .allMatch(t -> positions.keyOf(e.source(), t) == null || sideColumns.get(e.side().json()).contains(positions.keyOf(e.source(), t))));
        omitted = byPosition ? positions.omittedLabels() : List.of();
        List<Row> rows = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<String> columns = new ArrayList<>();
        for (Side side : Side.values()) {
            List<Entry> mine = entries.stream().filter(e -> e.side() == side).toList();
            List<String> cols = sideColumns.get(side.json());
            if (byPosition) {
                cols = positions.columns(cols);
            } else if (cols.size() > 1) {
                cols = BudgetColumns.present(spec, cols, header.toString());
            }
            for (String c : cols) {
                if (!columns.contains(c)) {
                    columns.add(c);
                }
            }
            List<Map<String, BigDecimal>> values = byPosition ? positional(mine, cols, positions) : values(mine, cols, warnings);
            for (int i = 0; i < mine.size(); i++) {
                Entry e = mine.get(i);
                String key = side.json() + ":" + e.item();
                String unique = key;
                for (int n = 2; keys.contains(unique); n++) {
                    unique = key + "." + n;
                }
                keys.add(unique);
                Row row = Row.builder(unique).name(e.name()).side(side).values(values.get(i)).page(e.page()).build();
                rows.add(byPosition ? row.withPlacement(Placement.uniform(values.get(i), Placement.POSITION)) : row);
            }
            if (side == Side.INCOME) {
                noteBlankSources(mine);
            }
        }
        return new ParsedTable(columns, rows, omitted);
    }

    /** Printed columns the table leaves out on purpose ({@code omitColumns}), as printed; empty unless read by position. */
    private List<String> omitted = List.of();

    /** Each amount in the column it is printed under (the other side's columns are not this row's). */
    private static List<Map<String, BigDecimal>> positional(List<Entry> mine, List<String> cols, ColumnPositions positions) {
        List<Map<String, BigDecimal>> out = new ArrayList<>();
        for (Entry e : mine) {
            Map<String, BigDecimal> v = new LinkedHashMap<>();
            cols.forEach(c -> v.put(c, null));
            for (Token t : e.money()) {
                String key = positions.keyOf(e.source(), t);
                if (key != null && v.containsKey(key) && v.get(key) == null) {
                    v.put(key, t.value());
                }
            }
            out.add(v);
        }
        return out;
    }

    /** Amounts into the side's columns: one column takes the one amount; several are placed by their sums. */
    private List<Map<String, BigDecimal>> values(List<Entry> mine, List<String> cols, List<Warning> warnings) {
        List<Map<String, BigDecimal>> out = new ArrayList<>();
        if (cols.size() == 1) {
            for (Entry e : mine) {
                Map<String, BigDecimal> v = new LinkedHashMap<>();
                v.put(cols.get(0), e.amounts().isEmpty() ? null : e.amounts().get(0));
                if (e.amounts().size() > 1) {
                    warnings.add(new Warning("extra_amounts", spec.key() + ": '" + e.name() + "' prints "
                            + e.amounts() + " for one column; the first is kept", e.page()));
                }
                out.add(v);
            }
            return out;
        }
        ColumnArithmetic arithmetic = new ColumnArithmetic(cols, spec.sums(), context.zeroColumns);
        List<List<Map<String, BigDecimal>>> options = new ArrayList<>();
        int total = -1;
        List<Integer> classes = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            Entry e = mine.get(i);
            options.add(new ArrayList<>(e.amounts().isEmpty() ? List.of(blank(cols)) : arithmetic.assignments(e.amounts())));
            if (e.item().endsWith("_total") && total < 0) {
                total = i;
            } else if (items.isClass(e.item())) {
                classes.add(i);
            }
        }
        if (total >= 0 && !classes.isEmpty()) {
            HierarchyResolver.resolve(options, List.of(new HierarchyResolver.Group(total, classes)), cols);
        }
        AmbiguityReport ambiguity = new AmbiguityReport(spec.key());
        for (int i = 0; i < mine.size(); i++) {
            Entry e = mine.get(i);
            out.add(ambiguity.settle(e.side().json() + ":" + e.item(), options.get(i), cols, e.amounts(), e.page()));
        }
        ambiguity.report(warnings);
        return out;
    }

    private static Map<String, BigDecimal> blank(List<String> cols) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        cols.forEach(c -> m.put(c, null));
        return m;
    }

    /** A fiscal source printed with no income, and no carry-over to spend, is zero in every table. */
    private void noteBlankSources(List<Entry> income) {
        boolean carryover = income.stream().anyMatch(e -> e.item().equals("carryover") && e.amounts().stream().anyMatch(a -> a.signum() != 0));
        if (carryover) {
            return;
        }
        for (String source : catalog.mapping().budget().fiscalSources()) {
            income.stream().filter(e -> e.item().equals(source)).findFirst().ifPresent(e -> {
                if (e.amounts().stream().allMatch(a -> a.signum() == 0)) {
                    context.zeroColumns.add(source);
                }
            });
        }
    }

    private static List<Segment> segments(PackedRow r) {
        List<Segment> out = new ArrayList<>();
        String name = null;
        List<BigDecimal> amounts = new ArrayList<>();
        List<Token> money = new ArrayList<>();
        int nameColumn = -1;
        for (Token t : r.tokens()) {
            if (t.is(Token.Type.MONEY)) {
                amounts.add(t.value());
                money.add(t);
                continue;
            }
            if (name != null && amounts.isEmpty() && t.column() >= 0 && t.column() == nameColumn) {
                name = name + " " + TextNormalizer.cleanName(t.text()); // one cell: 1. 一般公共预算
                continue;
            }
            nameColumn = t.column();
            if (name != null || !amounts.isEmpty()) {
                out.add(new Segment(name == null ? "" : name, amounts, money));
                amounts = new ArrayList<>();
                money = new ArrayList<>();
            }
            name = TextNormalizer.cleanName(t.text());
        }
        if (name != null || !amounts.isEmpty()) {
            out.add(new Segment(name == null ? "" : name, amounts, money));
        }
        return out;
    }

    /** The side(s) a segment belongs to; item null when the name is no known item. */
    private List<Entry> classify(Segment s, int index, int count, int page) {
        Optional<String> income = items.item(Side.INCOME, s.name());
        Optional<String> expenditure = items.item(Side.EXPENDITURE, s.name());
        if (count >= 2 && index == 0 && income.isPresent()) {
            return List.of(new Entry(Side.INCOME, income.get(), s.name(), s.amounts(), page));
        }
        if (count >= 2 && index > 0 && expenditure.isPresent()) {
            return List.of(new Entry(Side.EXPENDITURE, expenditure.get(), s.name(), s.amounts(), page));
        }
        if (income.isPresent() && expenditure.isEmpty()) {
            return List.of(new Entry(Side.INCOME, income.get(), s.name(), s.amounts(), page));
        }
        if (expenditure.isPresent()) {
            return List.of(new Entry(Side.EXPENDITURE, expenditure.get(), s.name(), s.amounts(), page));
        }
        String n = s.name();
        for (int k = 2; k <= n.length() - 2; k++) {
            Optional<String> in = items.item(Side.INCOME, n.substring(0, k));
            Optional<String> out = items.item(Side.EXPENDITURE, n.substring(k));
            if (in.isPresent() && out.isPresent()) {
                // glued cells: the amounts printed after them belong to the expenditure side
                return List.of(new Entry(Side.INCOME, in.get(), n.substring(0, k), List.of(), page),
                        new Entry(Side.EXPENDITURE, out.get(), n.substring(k), s.amounts(), page));
            }
        }
        return List.of(new Entry(Side.INCOME, null, n, s.amounts(), page));
    }
}
