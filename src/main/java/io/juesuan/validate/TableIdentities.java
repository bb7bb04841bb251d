package io.juesuan.validate;

import io.juesuan.model.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Identities every coded table obeys, 决算 or 预算 alike: parents = Σ children, 合计 column = Σ its parts. */
final class TableIdentities {
    private TableIdentities() {}

    /** In each coded table and column: 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项. */
    static void hierarchy(Tables t, CheckBuilder b, List<String> tableNames) {
        for (String table : tableNames) {
            List<Row> rows = t.rows(table);
            List<Row> coded = rows.stream().filter(r -> r.code() != null).toList();
            if (coded.isEmpty()) {
                continue;
            }
            for (String col : t.columns(table)) {
                List<Optional<Tables.Cell>> classes = new ArrayList<>();
                coded.stream().filter(r -> r.code().length() == 3).forEach(r -> classes.add(t.cell(table, r.key(), col)));
                if (t.row(table, "total").isPresent()) {
                    b.sum(table + ".total=Σclasses." + col, t.cell(table, "total", col), classes, table + " 合计 = Σ 类 (" + col + ")");
                }
                for (Row parent : coded) {
                    int childLen = parent.code().length() + 2;
                    List<Optional<Tables.Cell>> children = coded.stream()
                            .filter(r -> r.code().length() == childLen && r.code().startsWith(parent.code()))
                            .map(r -> t.cell(table, r.key(), col)).toList();
                    if (!children.isEmpty()) {
                        b.sum(table + "." + parent.code() + "=Σchildren." + col, t.cell(table, parent.key(), col), children,
                                table + " " + parent.code() + " = Σ 下级科目 (" + col + ")");
                    }
                }
            }
        }
    }

    /** {@code sumsByTable}: table → { column: [part columns] }; checked on every row holding the column. */
    static void rowSums(Tables t, CheckBuilder b, Map<String, Map<String, List<String>>> sumsByTable) {
        for (Map.Entry<String, Map<String, List<String>>> e : sumsByTable.entrySet()) {
            String table = e.getKey();
            for (Map.Entry<String, List<String>> sum : e.getValue().entrySet()) {
                for (Row r : t.rows(table)) {
                    if (!r.values().containsKey(sum.getKey())) {
                        continue;
                    }
                    List<Optional<Tables.Cell>> parts = new ArrayList<>();
                    for (String p : sum.getValue()) {
                        if (r.values().containsKey(p)) {
                            parts.add(t.cell(table, r.key(), p));
                        }
                    }
                    if (parts.isEmpty()) {
                        continue; // the table prints none of the parts (Shanghai's 财政拨款收入 alone): no identity to test
                    }
                    b.sum(table + "." + r.key() + "." + sum.getKey() + "=Σcolumns", t.cell(table, r.key(), sum.getKey()), parts,
                            table + " " + r.key() + ": " + sum.getKey() + " = Σ other columns");
                }
            }
        }
    }
}
