package io.juesuan.tables;

import io.juesuan.model.JsonEnum;

/**
 * How a standard table's rows are read ({@code shape} in {@code mappings/tables.json}, the constant
 * in lower case). The 决算 shapes are ruled grids read by position here; the 预算 {@code budget_*}
 * shapes are packed rows, read by the solver in package {@code budget} (see {@link PackedTables}).
 */
public enum Shape implements JsonEnum {
    CODED,
    ECONOMIC,
    SUMMARY,
    THREE_PUBLIC,
    BUDGET_SUMMARY,
    BUDGET_CODED,
    BUDGET_ECONOMIC,
    BUDGET_PROJECT,
    BUDGET_THREE_PUBLIC;

    /** A 预算 shape: rows packed (empty cells not kept), amounts placed by position or by the table's sums. */
    public boolean packed() {
        return name().startsWith("BUDGET_");
    }
}
