package io.juesuan.tables;

import io.juesuan.model.Side;
import java.util.List;
import java.util.Map;

/**
 * The item names of the two-sided summary tables, {@code mappings/summary-items.json} (决算) and
 * {@code mappings/budget-items.json} (预算), bound once (see {@code Mappings.bind}): per side, item
 * key → the names it is printed under.
 *
 * @param openingParts 决算 04 table only: the item whose parts the fund lines after it are (null for budget-items)
 */
public record ItemsMapping(Map<String, List<String>> income, Map<String, List<String>> expenditure,
        OpeningParts openingParts) {
    /** Item key → printed names on a side. */
    public Map<String, List<String>> side(Side side) {
        return side == Side.INCOME ? income : expenditure;
    }

    /** @param opening the item (年初财政拨款结转和结余) @param parts the items printed as its parts */
    public record OpeningParts(String opening, List<String> parts) {}

    /**
     * {@code mappings/function-classes.json}: 功能分类 class code (3 digits) → its names.
     */
    public record FunctionClasses(Map<String, List<String>> classes) {}
}
