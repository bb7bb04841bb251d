package io.juesuan.budget;

import io.juesuan.normalize.Tolerance;
import io.juesuan.model.Row;
import io.juesuan.model.Warning;
import io.juesuan.tables.ParsedTable;
import io.juesuan.tables.ShapeParser;
import io.juesuan.tables.TableCatalog;
import io.juesuan.tables.TableRegion;
import io.juesuan.tables.TableSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 一般公共预算“三公”经费支出情况表: one row of up to twelve amounts, the previous year's budget
 * (when the header names two years) and this year's, each 合计 = 出国 + 公务用车 + 接待 and
 * 公务用车 = 购置 + 运行. Blank cells are not printed, so the amounts are placed by those sums; where
 * they leave an amount between columns (2.25: 出国 or 接待), the 说明's statement of this year's items
 * ({@code narrativeHints}) decides, and only an assignment it agrees with is kept.
 */
final class BudgetThreePublicParser implements ShapeParser {
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private final TableCatalog catalog;
    private final TableSpec spec;
    private final BudgetContext context;

    BudgetThreePublicParser(TableCatalog catalog, TableSpec spec, BudgetContext context) {
        this.catalog = catalog;
        this.spec = spec;
        this.context = context;
    }

    @Override
    public ParsedTable parse(TableRegion region, List<Warning> warnings) {
        StringBuilder header = new StringBuilder();
        PackedRow data = null;
        ColumnPositions positions = ColumnPositions.read(region, catalog, spec, spec.columns().keySet(), Map.of());
        for (PackedRow r : positions.retype(PackedRow.of(region))) {
            if (r.hasMoney()) {
                if (data == null) {
                    data = r;
                } else {
                    warnings.add(new Warning("row_unread", spec.key() + ": a second row of amounts is not read: " + r.amounts(), r.page()));
                }
            } else if (data == null) {
                header.append(r.labelText());
            }
        }
        Set<String> years = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(header);
        while (m.find()) {
            years.add(m.group(1));
        }
        List<String> columns = new ArrayList<>(spec.columns().keySet());
        if (years.size() < 2) {
            columns.removeIf(c -> c.startsWith("prior_"));
        }
        String printed = io.juesuan.normalize.Labels.key(header.toString());
        for (String optional : spec.optionalColumns()) {
            if (spec.columns().get(optional).stream().noneMatch(l -> printed.contains(io.juesuan.normalize.Labels.key(l)))) {
                columns.remove(optional);
            }
        }
        List<Row> rows = new ArrayList<>();
        // one year's block only: with two, the same labels head both blocks and say nothing about the year
        if (data != null && years.size() < 2 && positions.place(List.of(data))) {
            List<String> cols = positions.columns(columns);
            Map<String, BigDecimal> values = positions.values(data, cols);
            rows.add(Row.builder("all").values(values).page(data.page())
                    .placement(io.juesuan.model.Placement.uniform(values, io.juesuan.model.Placement.POSITION)).build());
            return new ParsedTable(cols, rows);
        }
        if (data != null) {
            ColumnArithmetic arithmetic = new ColumnArithmetic(columns, spec.sums(), Set.of());
            List<Map<String, BigDecimal>> bySums = arithmetic.assignments(data.amounts());
            List<Map<String, BigDecimal>> options = settledByNarrative(bySums);
            AmbiguityReport ambiguity = new AmbiguityReport(spec.key());
            Map<String, BigDecimal> values = ambiguity.settle("all", options, columns, data.amounts(), data.page());
            ambiguity.report(warnings);
            // a column the sums alone left open and the 说明 settled is placed by the narrative
            Map<String, String> how = new java.util.LinkedHashMap<>();
            for (String c : values.keySet()) {
                boolean openBySums = bySums.stream().map(o -> o.get(c)).map(v -> v == null ? null : v.stripTrailingZeros())
                        .distinct().count() > 1;
                boolean settled = options.stream().map(o -> o.get(c)).map(v -> v == null ? null : v.stripTrailingZeros())
                        .distinct().count() == 1;
                how.put(c, openBySums && settled ? io.juesuan.model.Placement.NARRATIVE : io.juesuan.model.Placement.SUMS);
            }
            rows.add(Row.builder("all").values(values).page(data.page()).placement(how).build());
        }
        return new ParsedTable(columns, rows);
    }

    /**
     * The assignments that agree with every item the 说明 states; all of them when none does. An
     * item's sentence usually goes on with last year's figure as a change (公务用车运行维护费0万元，
     * 比上年减少1.35万元 → last year 1.35; 与上年基本持平 → the same), which settles the previous
     * year's block where the table prints one.
     */
    private List<Map<String, BigDecimal>> settledByNarrative(List<Map<String, BigDecimal>> options) {
        if (options.size() < 2 || context.narrative.isEmpty()) {
            return options;
        }
        Map<String, BigDecimal> stated = new java.util.LinkedHashMap<>();
        spec.narrativeHints().entrySet().forEach(e -> {
            for (String label : e.getValue()) {
                Matcher m = Pattern.compile(Pattern.quote(io.juesuan.normalize.Labels.key(label)) + ITEM).matcher(context.narrative);
                if (m.find()) {
                    BigDecimal now = new BigDecimal(m.group("v").replace(",", ""));
                    stated.put(e.getKey(), now);
                    String prior = "prior_" + e.getKey();
                    if (options.get(0).containsKey(prior)) {
                        if (m.group("same") != null) {
                            stated.put(prior, now);
                        } else if (m.group("d") != null) {
                            BigDecimal d = new BigDecimal(m.group("d").replace(",", ""));
                            stated.put(prior, m.group("dir").equals("减少") || m.group("dir").equals("下降") ? now.add(d) : now.subtract(d));
                        }
                    }
                    break;
                }
            }
        });
        List<Map<String, BigDecimal>> agreeing = options.stream().filter(o -> stated.entrySet().stream().allMatch(e -> {
            BigDecimal v = o.get(e.getKey());
            // a blank cell is the 0万元 the text states
            return v == null ? e.getValue().signum() == 0 : v.subtract(e.getValue()).abs().compareTo(Tolerance.HALF_CENT) <= 0;
        })).toList();
        return agreeing.isEmpty() ? options : agreeing;
    }

    /** After an item's label: its amount this year, then maybe last year's as a change in 万元 or 持平. */
    private static final String ITEM = "[^\\d,，。；;、]{0,8}?(?<v>\\d[\\d,]*(?:\\.\\d+)?)万元"
            + "(?:[，,]?(?:比|较)上年(?:预算)?(?<dir>增加|减少|增长|下降)(?<d>\\d[\\d,]*(?:\\.\\d+)?)万元"
            + "|[，,]?(?<same>与上年(?:预算)?(?:基本)?持平))?";
}
