package io.juesuan.tables;

import io.juesuan.model.Row;
import io.juesuan.model.Warning;
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
 * 公务用车 = 购置 + 运行. Blank cells are not printed, so the amounts are placed by those sums.
 */
final class BudgetThreePublicParser implements ShapeParser {
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private final TableSpec spec;

    BudgetThreePublicParser(TableSpec spec) {
        this.spec = spec;
    }

    @Override
    public ParsedTable parse(TableRegion region, List<Warning> warnings) {
        StringBuilder header = new StringBuilder();
        PackedRow data = null;
        for (PackedRow r : region.packed) {
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
        List<Row> rows = new ArrayList<>();
        if (data != null) {
            ColumnArithmetic arithmetic = new ColumnArithmetic(columns, BudgetColumns.sums(spec), Set.of());
            List<Map<String, BigDecimal>> options = arithmetic.assignments(data.amounts());
            AmbiguityReport ambiguity = new AmbiguityReport(spec.key());
            Map<String, BigDecimal> values = ambiguity.settle("all", options, columns, data.amounts(), data.page());
            ambiguity.report(warnings);
            rows.add(new Row("all", null, null, null, null, null, values, data.page()));
        }
        return new ParsedTable(columns, rows);
    }
}
