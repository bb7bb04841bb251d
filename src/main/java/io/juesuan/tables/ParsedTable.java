package io.juesuan.tables;

import io.juesuan.model.Row;
import java.util.List;

/** What a shape parser read from a region: the columns it found and the rows, values as printed. */
record ParsedTable(List<String> columns, List<Row> rows) {}
