package io.juesuan.validate;

import io.juesuan.model.Row;
import io.juesuan.model.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to a report's tables by table key, row key and column key. */
final class Tables {
    private final Map<String, Table> tables;

    Tables(Map<String, Table> tables) {
        this.tables = tables;
    }

    boolean has(String table) {
        return tables.containsKey(table);
    }

    Optional<Row> row(String table, String row) {
        Table t = tables.get(table);
        return t == null ? Optional.empty() : t.rows().stream().filter(r -> r.key().equals(row)).findFirst();
    }

    /** The cell: empty when the table or row is missing; a present Optional holding null when the cell is blank. */
    Optional<Cell> cell(String table, String row, String column) {
        return row(table, row).filter(r -> r.values().containsKey(column))
                .map(r -> new Cell(r.values().get(column), r.page(), r.placement() == null ? null : r.placement().get(column)));
    }

    List<Row> rows(String table) {
        Table t = tables.get(table);
        return t == null ? List.of() : t.rows();
    }

    List<String> columns(String table) {
        Table t = tables.get(table);
        return t == null ? List.of() : t.columns();
    }

    /**
     * A cell's value (null when blank), the page it was printed on and how the reader placed it
     * ({@link io.juesuan.model.Placement}; null when not recorded).
     */
    record Cell(BigDecimal value, Integer page, String placement) {
        Cell(BigDecimal value, Integer page) {
            this(value, page, null);
        }
    }
}
