package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One standard table, merged over all pages it is printed on. */
@JsonPropertyOrder({"label", "title", "unit", "pages", "empty", "columns", "rows", "notes"})
public record Table(
        String label,
        String title,
        String unit,
        List<Integer> pages,
        boolean empty,
        List<String> columns,
        List<Row> rows,
        List<String> notes) {}
