package io.juesuan.output;

import java.util.List;

/**
 * One CSV export and its Frictionless schema: each field with its type, the primary key and the
 * foreign keys into other exports. The same definition writes the header and the data package.
 */
record CsvTable(String name, List<Field> fields, List<String> primaryKey, List<ForeignKey> foreignKeys) {
    record Field(String name, String type, String description, String columnType) {
        Field(String name, String type, String description) {
            this(name, type, description, null);
        }
    }

    record ForeignKey(List<String> fields, String resource, List<String> reference) {}

    String[] header() {
        return fields.stream().map(Field::name).toArray(String[]::new);
    }

    String path() {
        return "csv/" + name + ".csv";
    }
}
