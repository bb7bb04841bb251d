package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One standard table, merged over all pages it is printed on. */
@JsonPropertyOrder({"label", "title", "unit", "sourceUnit", "pages", "empty", "columns", "omittedPrintedColumns", "rows", "notes"})
public record Table(
        String label,
        String title,
        String unit,
        List<Integer> pages,
        boolean empty,
        List<String> columns,
        List<Row> rows,
        List<String> notes,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sourceUnit,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> omittedPrintedColumns) {

    /**
     * @param sourceUnit the unit the table prints its amounts in, where it is not 万元 (values are converted)
     * @param omittedPrintedColumns printed columns whose amounts the table leaves out on purpose
     */
    public Table(String label, String title, String unit, List<Integer> pages, boolean empty, List<String> columns,
            List<Row> rows, List<String> notes) {
        this(label, title, unit, pages, empty, columns, rows, notes, null, List.of());
    }
}
