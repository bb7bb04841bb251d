package io.juesuan.tables;

import io.juesuan.Mappings;
import io.juesuan.model.Document;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Row;
import io.juesuan.model.Table;
import io.juesuan.model.Warning;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 3: the standard tables of a document, recognised by title, merged over pages, headers
 * mapped to canonical columns, rows parsed by the table's shape, amounts converted to 万元.
 */
public final class TableExtractor {
    private final Mappings mappings;
    private final TableCatalog catalog;
    private final SummaryItems summaryItems;
    private final PackedTables packedTables;

    /** @param packedTables the reader of the packed (预算) shapes, see {@link PackedTables} for why it is handed in */
    public TableExtractor(Mappings mappings, PackedTables packedTables) {
        this.mappings = mappings;
        this.catalog = new TableCatalog(mappings);
        this.summaryItems = new SummaryItems(mappings);
        this.packedTables = packedTables;
    }

    public Map<String, Table> extract(Document doc, ReportMeta meta, List<Warning> warnings) {
        String kind = meta == null ? null : meta.kind();
        TableLocator locator = new TableLocator(catalog, packedTables);
        Map<String, TableRegion> regions = locator.locate(doc, kind);
        Map<String, Table> built = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        PackedTables.Session budget = packedTables.open(catalog, doc, kind);
        // summary tables first: what they print as blank constrains the others; then the tables
        // whose totals settle another's 合计 row (see budget.BudgetContext)
        java.util.Set<String> sources = new java.util.HashSet<>();
        catalog.specs().forEach(s -> sources.addAll(s.rootFrom().values()));
        List<TableSpec> order = new ArrayList<>(catalog.specs());
        order.sort(java.util.Comparator.comparingInt(s -> s.shape() == Shape.BUDGET_SUMMARY ? 0 : sources.contains(s.key()) ? 1 : 2));
        java.util.Set<String> printedCurrencies = new java.util.TreeSet<>();
        regions.values().forEach(r -> {
            if (r.currency != null) {
                printedCurrencies.add(r.currency);
            }
        });
        siblingCurrency = printedCurrencies.size() == 1 ? printedCurrencies.iterator().next() : null;
        for (TableSpec spec : order) {
            if (kind != null && !spec.kind().equals(kind)) {
                continue;
            }
            TableRegion region = regions.get(spec.key());
            if (region == null) {
                missing.add(spec.key());
                continue;
            }
            built.put(spec.key(), build(region, locator, budget, warnings));
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (TableSpec spec : catalog.specs()) {
            if (built.containsKey(spec.key())) {
                tables.put(spec.key(), built.get(spec.key()));
            }
        }
        // a table whose title the document never prints is not part of its template (Shanghai's
        // budgets have no 基本支出/项目支出/政府采购 tables); one whose title is printed but not read is lost
        List<String> unread = missing.stream().filter(locator.titled::contains).toList();
        List<String> absent = missing.stream().filter(k -> !locator.titled.contains(k)).toList();
        if (!tables.isEmpty() && !unread.isEmpty()) {
            warnings.add(Warning.loss("tables_missing", "standard tables whose title is printed but that could not be read: "
                    + String.join(", ", unread), null));
        }
        if (!tables.isEmpty() && !absent.isEmpty()) {
            warnings.add(Warning.info("tables_not_printed", "standard tables this report does not print (no title found): "
                    + String.join(", ", absent), null));
        }
        return tables;
    }

    /** The one currency every other table of the report prints, for a table printing none. */
    private String siblingCurrency;

    private Table build(TableRegion region, TableLocator locator, PackedTables.Session budget, List<Warning> warnings) {
        boolean noCurrencyLine = region.currency == null;
        String currency = region.currency != null ? region.currency : siblingCurrency;
        BigDecimal factor = unitFactor(currency);
        ParsedTable parsed = parser(region.spec, budget, factor).parse(region, warnings);
        warnMergedRows(region, warnings);
        // a row whose parser recorded no placement was read by its grid's columns (决算 shapes), or,
        // for the packed budget shapes, placed by the table's sums
        String how = region.isPacked() ? io.juesuan.model.Placement.SUMS : io.juesuan.model.Placement.POSITION;
        List<Row> rows = parsed.rows().stream()
                .map(r -> r.placement() != null ? r : r.withPlacement(io.juesuan.model.Placement.uniform(r.values(), how))).toList();
        if (factor.compareTo(BigDecimal.ONE) != 0) {
            rows = rows.stream().map(r -> convert(r, factor)).toList();
            warnings.add(new Warning("unit_converted", region.spec.key() + ": printed in " + currency
                    + ", converted to 万元", region.titlePage));
        }
        // no 单位 line: the one currency every other table prints is the table's (the 青龙 sample's 05
        // table); with none to go by, 万元 is an assumption and says so
        if (noCurrencyLine && currency == null && !rows.stream().allMatch(r -> RowValues.allNull(r.values()))) {
            warnings.add(Warning.doubt("currency_assumed", region.spec.key() + ": no 单位 line found for the table, nor in any other; amounts taken as 万元",
                    region.titlePage));
        }
        rows.stream().filter(r -> r.key().equals("total") && r.values().get("total") != null).findFirst()
                .ifPresent(r -> budget.totalRead(region.spec.key(), r.values().get("total")));
        boolean noData = region.notes.stream().anyMatch(locator::containsEmptyPhrase)
                || region.text.stream().anyMatch(locator::containsEmptyPhrase);
        boolean allBlank = rows.stream().allMatch(r -> RowValues.allNull(r.values()));
        boolean allZeroOrBlank = rows.stream().flatMap(r -> r.values().values().stream())
                .allMatch(v -> v == null || v.signum() == 0);
        boolean empty = allBlank || (noData && allZeroOrBlank);
        if (empty) {
            // an empty table keeps only its 合计 row (if printed); blank code rows carry nothing
            rows = rows.stream().filter(r -> r.key().equals("total") || !RowValues.allNull(r.values())
                    || r.side() != null || r.key().equals("all")).toList();
        }
        List<Integer> pages = new ArrayList<>(region.pages);
        String source = region.currency == null || region.currency.equals("万元") ? null : region.currency;
        return new Table(region.label, region.title, "万元", pages, empty, parsed.columns(), rows,
                List.copyOf(region.notes), source, parsed.omitted());
    }

    private static final java.util.regex.Pattern SEVERAL_AMOUNTS =
            java.util.regex.Pattern.compile("-?[\\d,]*\\d\\.\\d{1,2}(\\s+-?[\\d,]*\\d\\.\\d{1,2})+");

    /**
     * A ruled table whose body rows are not separated by lines (only column and outer lines drawn)
     * comes out of the PDF as one tall cell per column, every row's amount stacked in it. Such a
     * table is not read (its rows are lost, not guessed at); a LOSS warning names it, so the blank
     * table is never silent.
     */
    private static void warnMergedRows(TableRegion region, List<Warning> warnings) {
        if (region.isPacked()) {
            return;
        }
        int cells = 0;
        Integer page = null;
        for (SourcedRow row : region.rows()) {
            for (String c : row.cells()) {
                if (SEVERAL_AMOUNTS.matcher(c.strip()).matches()) {
                    cells++;
                    page = page == null ? row.page() : page;
                }
            }
        }
        if (cells > 0) {
            warnings.add(Warning.loss("rows_merged", region.spec.key() + " (" + region.title + "): " + cells
                    + " cells hold the amounts of several rows (rows not separated by ruling lines); those rows are not read",
                    page));
        }
    }

    private ShapeParser parser(TableSpec spec, PackedTables.Session budget, BigDecimal factor) {
        if (spec.shape().packed()) {
            return budget.parser(spec, factor);
        }
        return switch (spec.shape()) {
            case SUMMARY -> new SummaryTableParser(catalog, spec, summaryItems);
            case ECONOMIC -> new EconomicTableParser(catalog, spec);
            case THREE_PUBLIC -> new ThreePublicTableParser(catalog, spec);
            default -> new CodedTableParser(catalog, spec);
        };
    }

    /** How many 万元 one printed unit is worth is the inverse: 元 values are divided by 10000. */
    private BigDecimal unitFactor(String currency) {
        if (currency == null) {
            return BigDecimal.ONE;
        }
        return catalog.mapping().units().getOrDefault(currency, BigDecimal.ONE);
    }

    private static Row convert(Row r, BigDecimal factor) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        r.values().forEach((k, x) -> v.put(k, x == null ? null
                : x.divide(factor, Math.max(x.scale(), 0) + factor.precision() + 2, java.math.RoundingMode.UNNECESSARY).stripTrailingZeros()));
        return r.withValues(v);
    }
}
