package io.juesuan.budget;

import io.juesuan.model.Grid;
import io.juesuan.normalize.AmountParser;
import io.juesuan.normalize.Labels;
import io.juesuan.tables.ColumnMatcher;
import io.juesuan.tables.HeaderAnalyzer;
import io.juesuan.tables.HeaderLayout;
import io.juesuan.tables.Shape;
import io.juesuan.tables.SourcedRow;
import io.juesuan.tables.TableCatalog;
import io.juesuan.tables.TableRegion;
import io.juesuan.tables.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which output column each printed column of a budget table's grids is, read from the grids' own
 * headers. Position is the first evidence of where an amount belongs: when a grid vouches that its
 * cells are aligned (every amount cell bounded within one column, see {@link Grid#aligned()}) and
 * its header names each column that prints an amount, an amount goes to the column it is printed
 * under, and a blank cell stays blank. Arithmetic placement is the fallback for renderings that
 * drop empty cells.
 *
 * <p>A header that cannot be trusted gives no positions: a header cell gluing two labels together
 * (科目名称合计: the producer shifted its header against the data), a column printing amounts
 * under no known label, or a table with no grid at all (a text rendering).
 */
final class ColumnPositions {
    /** Grid index → printed column → output column key; a grid missing here gives no positions. */
    private final Map<Integer, Map<Integer, String>> byGrid = new HashMap<>();
    /** Grid index → printed columns whose amounts the table leaves out on purpose ({@code omitColumns}). */
    private final Map<Integer, Set<Integer>> omittedByGrid = new HashMap<>();
    /** Grid index → how many of its leading rows are header. */
    private final Map<Integer, Integer> headerRows = new HashMap<>();
    /** The printed labels of the left-out columns, in printed order. */
    private final Set<String> omittedLabels = new LinkedHashSet<>();
    private boolean usable;

    private ColumnPositions() {}

    /** No positions: every amount is placed by arithmetic. */
    static ColumnPositions none() {
        return new ColumnPositions();
    }

    /**
     * Reads every grid's header. A continuation grid printed without a header takes the columns of
     * the grid before it, provided it is no wider.
     *
     * @param sides side → the keys allowed on it, for two-sided summary tables (empty otherwise)
     */
    static ColumnPositions read(TableRegion region, TableCatalog catalog, TableSpec spec,
            Collection<String> allowed, Map<String, List<String>> sides) {
        ColumnPositions p = new ColumnPositions();
        if (region.grids().isEmpty() || region.grids().stream().anyMatch(g -> !g.aligned())) {
            return p;
        }
        HeaderAnalyzer headers = new HeaderAnalyzer(catalog, spec);
        ColumnMatcher matcher = new ColumnMatcher(spec.columns());
        List<String> nameLabels = catalog.mapping().header().nameColumn().stream()
                .map(Labels::key).toList();
        Set<String> omit = new LinkedHashSet<>();
        spec.omitColumns().forEach(s -> omit.add(Labels.key(s)));
        Set<String> synonyms = new LinkedHashSet<>();
        allowed.forEach(k -> spec.columns().getOrDefault(k, List.of()).forEach(s -> synonyms.add(Labels.key(s))));
        Map<Integer, String> previous = null;
        Set<Integer> previousOmitted = Set.of();
        int previousWidth = 0;
        List<SourcedRow> all = region.rows();
        for (int g = 0; g < region.grids().size(); g++) {
            final int gi = g;
            List<SourcedRow> rows = all.stream().filter(r -> r.grid() == gi).toList();
            boolean totalsAreData = spec.shape() != Shape.BUDGET_THREE_PUBLIC;
            HeaderLayout header = headers.analyze(rows, totalsAreData);
            // a group row over the header (财政拨款收入 | 财政拨款支出) may use no header word of its own
            int skip = 0;
            while (!header.present() && skip < 2 && skip + 1 < rows.size() && !hasData(rows.get(skip))) {
                skip++;
                header = headers.analyze(rows.subList(skip, rows.size()), totalsAreData);
            }
            if (header.present()) {
                p.headerRows.put(g, skip + header.rows());
            }
            int width = region.grids().get(g).width();
            if (!header.present() || header.labels().isEmpty()) {
                if (previous != null && width <= previousWidth) {
                    p.byGrid.put(g, previous);
                    p.omittedByGrid.put(g, previousOmitted);
                }
                continue;
            }
            if (glued(header, synonyms)) {
                return new ColumnPositions();
            }
            Map<Integer, String> columnAt = new LinkedHashMap<>();
            if (sides.isEmpty()) {
                columnAt.putAll(matcher.match(header, 0, width, allowed));
            } else {
                // the expenditure side starts at the second name column (项目 … 项目)
                List<Integer> names = header.columnsLabelled(nameLabels);
                if (names.size() < 2) {
                    return new ColumnPositions();
                }
                int split = names.get(1);
                columnAt.putAll(matcher.match(header, 0, split, sides.getOrDefault("income", List.of())));
                columnAt.putAll(matcher.match(header, split, width, sides.getOrDefault("expenditure", List.of())));
            }
            Set<Integer> omitted = new LinkedHashSet<>();
            for (int c = 0; c < width; c++) {
                if (columnAt.containsKey(c)) {
                    continue;
                }
                for (String label : header.spannedAt(c)) {
                    if (omit.contains(label)) {
                        omitted.add(c);
                        p.omittedLabels.add(deepest(header, c));
                        break;
                    }
                }
            }
            p.byGrid.put(g, columnAt);
            p.omittedByGrid.put(g, omitted);
            previous = columnAt;
            previousOmitted = omitted;
            previousWidth = width;
        }
        // every grid must have known columns: one without a readable header leaves its amounts unplaced
        p.usable = p.byGrid.size() == region.grids().size() && p.byGrid.values().stream().noneMatch(Map::isEmpty);
        return p;
    }

    private static boolean hasData(SourcedRow row) {
        return row.cells().stream().anyMatch(c -> AmountParser.isMoney(c) || io.juesuan.normalize.SubjectCode.read(c).isPresent());
    }

    private static String deepest(HeaderLayout header, int c) {
        List<String> labels = header.spannedAt(c);
        return labels.get(labels.size() - 1);
    }

    /**
     * A header cell that is no label of its own but holds a column's label with other words: two
     * header cells printed as one, so the header's columns are not the data's.
     */
    private static boolean glued(HeaderLayout header, Set<String> synonyms) {
        for (List<String> labels : header.labels().values()) {
            for (String label : labels) {
                if (synonyms.contains(label) || synonyms.contains(ColumnMatcher.withoutYear(label))) {
                    continue;
                }
                for (String s : synonyms) {
                    if (s.length() >= 2 && label.contains(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether every amount of these rows sits in a column whose key the header gave (or one the
     * table leaves out on purpose); only then are positions used, for the whole table.
     */
    boolean place(List<PackedRow> rows) {
        if (!usable) {
            return false;
        }
        for (PackedRow r : rows) {
            for (Token t : r.tokens()) {
                if (!t.is(Token.Type.MONEY)) {
                    continue;
                }
                Map<Integer, String> cols = byGrid.get(r.grid());
                if (cols == null) {
                    return false;
                }
                if (!cols.containsKey(t.column()) && !omittedByGrid.getOrDefault(r.grid(), Set.of()).contains(t.column())) {
                    return false;
                }
            }
        }
        return true; // an empty table's blank cells are read by position too
    }

    /** Whether the grids' headers could be read (each amount's column is then known, see {@link #place}). */
    boolean isUsable() {
        return usable;
    }

    /** Whether a row is part of its grid's header. */
    boolean isHeader(PackedRow r) {
        return usable && r.row() >= 0 && r.row() < headerRows.getOrDefault(r.grid(), 0);
    }

    /** The output key of the column a token was printed in, or null. */
    String keyOf(PackedRow r, Token t) {
        Map<Integer, String> cols = byGrid.get(r.grid());
        return cols == null ? null : cols.get(t.column());
    }

    /** The output columns the headers name, in the given (template) order. */
    List<String> columns(List<String> order) {
        Set<String> found = new LinkedHashSet<>();
        byGrid.values().forEach(m -> found.addAll(m.values()));
        return order.stream().filter(found::contains).toList();
    }

    /** Printed labels of the columns left out on purpose, for the table's {@code omittedPrintedColumns}. */
    List<String> omittedLabels() {
        return List.copyOf(omittedLabels);
    }

    /**
     * A row's values by position: every column of the table, the amount printed under it or null.
     * An amount under an omitted column is not kept (the table lists the column as omitted).
     */
    Map<String, BigDecimal> values(PackedRow r, List<String> columns) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        columns.forEach(c -> v.put(c, null));
        for (Token t : r.tokens()) {
            String key = t.is(Token.Type.MONEY) ? keyOf(r, t) : null;
            if (key != null && v.containsKey(key) && v.get(key) == null) {
                v.put(key, t.value());
            }
        }
        return v;
    }

    /**
     * A grid cell in a column the header names is an amount when it reads as one, even where its
     * digits look like a code (100 in a 元 table): the header, not the shape, says what it is.
     */
    List<PackedRow> retype(List<PackedRow> rows) {
        if (!usable) {
            return rows;
        }
        List<PackedRow> out = new ArrayList<>(rows.size());
        for (PackedRow r : rows) {
            List<Token> tokens = new ArrayList<>(r.tokens().size());
            boolean changed = false;
            Map<Integer, String> cols = byGrid.get(r.grid());
            if (cols == null || cols.isEmpty()) {
                out.add(r);
                continue;
            }
            int firstValue = java.util.Collections.min(cols.keySet());
            for (Token t : r.tokens()) {
                if (t.is(Token.Type.CODE) && keyOf(r, t) != null && AmountParser.isAmount(t.text())) {
                    tokens.add(new Token(Token.Type.MONEY, t.text(), -1, AmountParser.parse(t.text()).orElseThrow(), t.column()));
                    changed = true;
                } else if (t.is(Token.Type.MONEY) && t.column() >= 0 && t.column() < firstValue) {
                    // digits left of every value column are a code (or part of one), never an amount
                    Token.Type type = t.text().matches("\\d+") ? Token.Type.CODE : Token.Type.LABEL;
                    tokens.add(new Token(type, t.text(), -1, null, t.column()));
                    changed = true;
                } else {
                    tokens.add(t);
                }
            }
            out.add(changed ? new PackedRow(tokens, r.page(), r.grid(), r.row()) : r);
        }
        return out;
    }
}
