package io.juesuan.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a value came to sit in its column (contract: rows may add how each value was placed). Only
 * {@link #POSITION} and {@link #OCR} come from the page itself; the others were decided by an
 * identity, so a check of that identity is no evidence for them.
 */
public final class Placement {
    /** Printed in the cell under the column's header (a grid that vouches for its alignment). */
    public static final String POSITION = "position";
    /** Decided by the table's own sums (合计 = parts, parent = Σ children). */
    public static final String SUMS = "sums";
    /** Decided by another table's totals ({@code rootFrom}). */
    public static final String OTHER_TABLE = "other_table";
    /** Decided by a figure the 说明 states ({@code narrativeHints}). */
    public static final String NARRATIVE = "narrative";
    /** Put in the leftmost columns it fits, with an {@code assumed_columns} warning. */
    public static final String ASSUMED = "assumed";
    /** Read by OCR from a scanned page, in the cell under the column's header. */
    public static final String OCR = "ocr";

    private Placement() {}

    /** Every column of a row placed the same way. */
    public static Map<String, String> uniform(Map<String, BigDecimal> values, String how) {
        Map<String, String> out = new LinkedHashMap<>();
        values.keySet().forEach(k -> out.put(k, how));
        return out;
    }

    /** Whether a value placed this way was read off the page rather than decided by an identity. */
    public static boolean fromPage(String how) {
        return POSITION.equals(how) || OCR.equals(how);
    }
}
