package io.juesuan.tables;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a standard table's rows are read ({@code shape} in {@code mappings/tables.json}). The 决算
 * shapes are ruled grids read by position here; the 预算 {@code budget_*} shapes are packed rows,
 * read by the solver in package {@code budget} (see {@link PackedTables}).
 */
public enum Shape {
    CODED("coded"),
    ECONOMIC("economic"),
    SUMMARY("summary"),
    THREE_PUBLIC("three_public"),
    BUDGET_SUMMARY("budget_summary"),
    BUDGET_CODED("budget_coded"),
    BUDGET_ECONOMIC("budget_economic"),
    BUDGET_PROJECT("budget_project"),
    BUDGET_THREE_PUBLIC("budget_three_public");

    private final String json;

    Shape(String json) {
        this.json = json;
    }

    /** The name in tables.json. */
    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static Shape of(String name) {
        for (Shape s : values()) {
            if (s.json.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown table shape in tables.json: " + name);
    }

    /** A 预算 shape: rows packed (empty cells not kept), amounts placed by position or by the table's sums. */
    public boolean packed() {
        return json.startsWith("budget");
    }
}
