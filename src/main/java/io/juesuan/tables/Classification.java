package io.juesuan.tables;

import io.juesuan.model.JsonEnum;

/**
 * What the codes of a table's rows are, as {@code classification} in {@code mappings/tables.json}
 * declares it: the 政府收支分类 function or economic classification, or named items (projects).
 * Tables whose rows are the fixed lines of the table (summary tables, 三公) declare none.
 */
public enum Classification implements JsonEnum {
    /** 支出功能分类 (类 / 款 / 项 codes of 3, 5, 7 digits) */
    FUNCTIONAL,
    /** 支出经济分类 (类 / 款 codes of 3 and 5 digits) */
    ECONOMIC,
    /** rows are named items, not classification codes (the project list) */
    ITEM
}
