package io.juesuan.tables;

import io.juesuan.model.Row;
import java.util.List;

/**
 * What a shape parser read from a region: the columns it found and the rows, values as printed.
 *
 * @param omitted printed columns the table leaves out on purpose, as printed (empty: none)
 */
public record ParsedTable(List<String> columns, List<Row> rows, List<String> omitted) {
    public ParsedTable(List<String> columns, List<Row> rows) {
        this(columns, rows, List.of());
    }
}
