package io.juesuan.budget;

import io.juesuan.normalize.Tolerance;
import io.juesuan.model.Level;
import io.juesuan.model.Placement;
import io.juesuan.model.Row;
import io.juesuan.model.Warning;
import io.juesuan.normalize.Labels;
import io.juesuan.normalize.TextNormalizer;
import io.juesuan.tables.ParsedTable;
import io.juesuan.tables.Shape;
import io.juesuan.tables.ShapeParser;
import io.juesuan.tables.TableCatalog;
import io.juesuan.tables.TableRegion;
import io.juesuan.tables.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Budget tables keyed by a code or a name: 功能分类 tables (收入/支出总体, 一般公共预算支出, 政府性基金,
 * 国有资本经营, 政府采购), 经济分类 tables (基本支出), and the project table. Rows arrive packed;
 * codes printed split (208 / 05 / 01) get their level from the indentation where the rendering kept
 * it, else from the sums (a 2-digit code after an item is another item until the items add up to
 * their 款). Amounts are then placed by the table's sums, row by row and parent against children.
 */
final class BudgetCodedParser implements ShapeParser {
    private final TableSpec spec;
    private final BudgetContext context;
    private final TableCatalog catalog;
    private final List<String> totalLabels;
    private final List<String> categories;
    private final BigDecimal unitFactor;

    /** @param unitFactor printed units per 万元 (10000 for 元), to compare with other tables' totals */
    BudgetCodedParser(TableCatalog catalog, TableSpec spec, BudgetContext context, BigDecimal unitFactor) {
        this.catalog = catalog;
        this.spec = spec;
        this.context = context;
        this.unitFactor = unitFactor;
        this.totalLabels = catalog.mapping().budget().totalLabels();
        this.categories = spec.projectCategories();
    }

    /** A data row before its values are placed; govCode/govName/category only where the table prints them. */
    private record Entry(String key, String code, Level level, String name, List<BigDecimal> amounts, int page,
            String govCode, String govName, String category, PackedRow source) {
        Entry(String key, String code, Level level, String name, List<BigDecimal> amounts, int page) {
            this(key, code, level, name, amounts, page, null, null, null, null);
        }

        Entry(String key, String code, Level level, String name, List<BigDecimal> amounts, int page,
                String govCode, String govName, String category) {
            this(key, code, level, name, amounts, page, govCode, govName, category, null);
        }

        /** The output row of this entry with the values placed; the placement is the caller's. */
        Row.Builder row(Map<String, BigDecimal> values) {
            return Row.builder(key).code(code).level(level).name(name).values(values).page(page)
                    .govCode(govCode).govName(govName).category(category);
        }

        Entry withKey(String unique, PackedRow row) {
            return new Entry(unique, code, level, name, amounts, page, govCode, govName, category, row);
        }
    }

    @Override
    public ParsedTable parse(TableRegion region, List<Warning> warnings) {
        List<String> all = new ArrayList<>(spec.columns().keySet());
        ColumnPositions positions = ColumnPositions.read(region, catalog, spec, all, Map.of());
        List<PackedRow> rows = RowJoiner.join(positions.retype(PackedRow.of(region)), spec.shape() == Shape.BUDGET_ECONOMIC);
        StringBuilder header = new StringBuilder();
        List<Entry> entries = new ArrayList<>();
        boolean started = false;
        Levels levels = new Levels();
        Set<String> keys = new HashSet<>();
        for (PackedRow r : rows) {
            // an empty ruled table still prints its 合计 row, blank: a row of the table, not header
            boolean blankTotal = !positions.isHeader(r) && r.grid() >= 0 && r.codes().isEmpty() && isTotal(TextNormalizer.cleanName(r.labelText()));
            boolean data = r.hasMoney() || r.startsWithCode() || blankTotal;
            if (!data) {
                if (!started) {
                    header.append(r.labelText());
                }
                continue;
            }
            started = true;
            Entry e = switch (spec.shape()) {
                case BUDGET_ECONOMIC -> economic(r);
                case BUDGET_PROJECT -> project(r, entries.isEmpty());
                default -> coded(r, levels, warnings);
            };
            if (e == null) {
                warnings.add(new Warning("row_unread", spec.key() + ": row not read: " + r.labelText() + " " + r.amounts(), r.page()));
                continue;
            }
            String unique = e.key();
            for (int n = 2; keys.contains(unique); n++) {
                unique = e.key() + "." + n;
            }
            keys.add(unique);
            entries.add(e.withKey(unique, r));
        }
        if (positions.place(entries.stream().map(Entry::source).toList())) {
            return byPosition(entries, positions, positions.columns(all));
        }
        List<String> columns = BudgetColumns.present(spec, all, header.toString());
        ColumnArithmetic arithmetic = new ColumnArithmetic(columns, spec.sums(), context.zeroColumns);
        List<List<Map<String, BigDecimal>>> options = new ArrayList<>();
        for (Entry e : entries) {
            options.add(new ArrayList<>(arithmetic.assignments(e.amounts())));
        }
        int root = -1;
        for (int i = 0; i < entries.size(); i++) {
            root = entries.get(i).key().equals("total") ? i : root;
        }
        String rootPlacement = Placement.SUMS;
        if (root >= 0) {
            int before = options.get(root).size();
            options.set(root, settledByOtherTables(options.get(root)));
            rootPlacement = options.get(root).size() < before ? Placement.OTHER_TABLE : Placement.SUMS;
        }
        if (HierarchyResolver.resolveAssumingRoot(options, groups(entries), columns, root)) {
            rootPlacement = Placement.ASSUMED;
            warnings.add(new Warning("assumed_columns", spec.key() + ": the 合计 row's amounts " + entries.get(root).amounts()
                    + " fit more than one set of columns; placed in the leftmost ones, and the rows below by their sums",
                    entries.get(root).page()));
        }
        AmbiguityReport ambiguity = new AmbiguityReport(spec.key());
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            Map<String, BigDecimal> values = ambiguity.settle(e.key(), options.get(i), columns, e.amounts(), e.page());
            out.add(e.row(values).placement(Placement.uniform(values, i == root ? rootPlacement : Placement.SUMS)).build());
        }
        ambiguity.report(warnings);
        return new ParsedTable(columns, out);
    }

    /** Every amount in the column it is printed under; a blank cell stays blank. */
    private static ParsedTable byPosition(List<Entry> entries, ColumnPositions positions, List<String> columns) {
        List<Row> out = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, BigDecimal> values = positions.values(e.source(), columns);
            out.add(e.row(values).placement(Placement.uniform(values, Placement.POSITION)).build());
        }
        return new ParsedTable(columns, out);
    }

    /**
     * The 合计 row's assignments that agree with the totals of the tables named in {@code rootFrom}
     * (column → table), where those were read; all of them when none agrees, so a disagreement is
     * left to the checks to show rather than hidden here.
     */
    private List<Map<String, BigDecimal>> settledByOtherTables(List<Map<String, BigDecimal>> candidates) {
        Map<String, BigDecimal> expected = new java.util.LinkedHashMap<>();
        spec.rootFrom().forEach((column, table) -> {
            BigDecimal total = context.totals.get(table);
            if (total != null) {
                expected.put(column, total.multiply(unitFactor));
            }
        });
        if (expected.isEmpty() || candidates.size() < 2) {
            return candidates;
        }
        List<Map<String, BigDecimal>> agreeing = candidates.stream().filter(c -> expected.entrySet().stream()
                .allMatch(e -> c.get(e.getKey()) != null && c.get(e.getKey()).subtract(e.getValue()).abs().compareTo(Tolerance.PLACEMENT_TOTAL) <= 0))
                .toList();
        return agreeing.isEmpty() ? candidates : new ArrayList<>(agreeing);
    }


    private boolean isTotal(String label) {
        String k = Labels.key(label);
        return totalLabels.stream().anyMatch(t -> k.equals(Labels.key(t)));
    }

    private Entry coded(PackedRow r, Levels levels, List<Warning> warnings) {
        List<String> codes = r.codes();
        String name = TextNormalizer.cleanName(r.labelText());
        BigDecimal first = r.amounts().isEmpty() ? null : r.amounts().get(0);
        if (codes.isEmpty()) {
            return isTotal(name) ? new Entry("total", null, null, name, r.amounts(), r.page()) : null;
        }
        int indent = r.labels().isEmpty() ? -1 : r.labels().get(0).indent();
        String code = levels.code(codes, indent, first);
        if (code == null) {
            code = levels.misprintedClass(codes);
            if (code == null) {
                return null;
            }
            warnings.add(new Warning("code_misprinted", spec.key() + ": code printed " + String.join(" | ", codes) + " under "
                    + code.substring(0, 5) + "; its 款 and 项 are read under the rows above, as " + code, r.page()));
        }
        return new Entry(code, code, Level.ofCode(code), name, r.amounts(), r.page());
    }

    /** The department's 经济分类 code is the first code group; the government's (5xx) and its name follow. */
    private Entry economic(PackedRow r) {
        StringBuilder code = new StringBuilder();
        StringBuilder gov = new StringBuilder();
        String name = null;
        String govName = null;
        for (Token t : r.tokens()) {
            if (t.is(Token.Type.CODE)) {
                if (name == null) {
                    code.append(t.text());
                } else if (govName == null) {
                    gov.append(t.text());
                } else {
                    break;
                }
            } else if (t.is(Token.Type.LABEL)) {
                if (name == null) {
                    name = t.text();
                    if (code.length() == 0) {
                        break;
                    }
                } else if (gov.length() > 0 && govName == null) {
                    govName = t.text();
                } else {
                    break;
                }
            } else if (name != null) {
                break;
            }
        }
        String clean = TextNormalizer.cleanName(name == null ? "" : name);
        if (code.length() == 0) {
            return isTotal(clean) ? new Entry("total", null, null, clean, r.amounts(), r.page()) : null;
        }
        String c = code.toString();
        String g = gov.length() == 0 ? null : gov.toString();
        return new Entry(c, c, c.length() == 3 ? Level.CLASS : Level.SECTION, clean, r.amounts(), r.page(), g,
                govName == null ? null : TextNormalizer.cleanName(govName), null);
    }

    /** The first row of amounts without a name is the table's total; a name is followed by its 项目类别, glued on or not. */
    private Entry project(PackedRow r, boolean first) {
        String label = TextNormalizer.cleanName(r.labels().isEmpty() ? "" : r.labels().get(0).text());
        if (label.isEmpty() && first || isTotal(label)) {
            return new Entry("total", null, null, label.isEmpty() ? null : label, r.amounts(), r.page());
        }
        String category = null;
        for (String c : categories) {
            if (label.endsWith(c) && label.length() > c.length()) {
                label = label.substring(0, label.length() - c.length());
                category = c;
                break;
            }
        }
        if (category == null && r.labels().size() > 1) {
            String next = TextNormalizer.cleanName(r.labels().get(1).text());
            category = categories.contains(next) ? next : null;
        }
        return label.isEmpty() ? null : new Entry(label, null, null, label, r.amounts(), r.page(), null, null, category);
    }

    /** Parent rows and their children: total → classes (or all rows, for projects), class → 款, 款 → 项. */
    private static List<HierarchyResolver.Group> groups(List<Entry> entries) {
        List<HierarchyResolver.Group> out = new ArrayList<>();
        int total = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals("total")) {
                total = i;
            }
        }
        List<Integer> top = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (i == total) {
                continue;
            }
            if (e.code() == null || e.code().length() == 3) {
                top.add(i);
            }
            if (e.code() != null) {
                List<Integer> children = new ArrayList<>();
                for (int j = 0; j < entries.size(); j++) {
                    String c = entries.get(j).code();
                    if (c != null && c.length() == e.code().length() + 2 && c.startsWith(e.code())) {
                        children.add(j);
                    }
                }
                if (!children.isEmpty()) {
                    out.add(new HierarchyResolver.Group(i, children));
                }
            }
        }
        if (total >= 0 && !top.isEmpty()) {
            out.add(0, new HierarchyResolver.Group(total, top));
        }
        return out;
    }

    /** Full codes from parts printed 208 / 05 / 01, with the level of a lone 2-digit part decided. */
    static final class Levels {
        private String cls;
        private String section;
        private Level previousLevel;
        private BigDecimal sectionTotal;
        private BigDecimal itemSum = BigDecimal.ZERO;

        String code(List<String> parts, int indent, BigDecimal amount) {
            String joined = String.join("", parts);
            if (joined.length() == 3) {
                return enter(Level.CLASS, joined, amount);
            }
            if (parts.size() == 1 && (joined.length() == 5 || joined.length() == 7)) {
                return enter(joined.length() == 5 ? Level.SECTION : Level.ITEM, joined, amount);
            }
            if (parts.get(0).length() == 3 && (joined.length() == 5 || joined.length() == 7)) {
                return enter(joined.length() == 5 ? Level.SECTION : Level.ITEM, joined, amount);
            }
            if (cls == null) {
                return null;
            }
            if (joined.length() == 4 && parts.size() == 2) {
                return enter(Level.ITEM, cls + joined, amount);
            }
            if (joined.length() != 2) {
                return null;
            }
            Level level = switch (indent) {
                case 1 -> Level.SECTION;
                case 2, 3, 4 -> Level.ITEM;
                default -> byContext(amount);
            };
            if (level == Level.ITEM && section == null) {
                level = Level.SECTION;
            }
            return enter(level, level == Level.SECTION ? cls + joined : section + joined, amount);
        }

        /**
         * A 类 part that is no class (7 | 11 | 02 under 210 / 21011): when its 款 is the current one,
         * the row is an item of that 款 with a misprinted class; null otherwise.
         */
        String misprintedClass(List<String> parts) {
            if (parts.size() == 3 && parts.get(0).length() != 3 && section != null && parts.get(1).length() == 2
                    && parts.get(2).length() == 2 && section.endsWith(parts.get(1))) {
                return enter(Level.ITEM, section + parts.get(2), null);
            }
            return null;
        }

        /** After an item, a 2-digit code is another item until the items add up to their 款. */
        private Level byContext(BigDecimal amount) {
            if (previousLevel == null || previousLevel == Level.CLASS) {
                return Level.SECTION;
            }
            if (previousLevel == Level.SECTION) {
                return Level.ITEM;
            }
            boolean complete = sectionTotal != null
                    && ColumnArithmetic.close(sectionTotal, itemSum, 2);
            return complete ? Level.SECTION : Level.ITEM;
        }

        private String enter(Level level, String code, BigDecimal amount) {
            switch (level) {
                case CLASS -> {
                    cls = code;
                    section = null;
                }
                case SECTION -> {
                    cls = code.substring(0, 3);
                    section = code;
                    sectionTotal = amount;
                    itemSum = BigDecimal.ZERO;
                }
                default -> {
                    if (amount != null) {
                        itemSum = itemSum.add(amount);
                    }
                }
            }
            previousLevel = level;
            return code;
        }
    }
}
