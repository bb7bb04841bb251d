package io.juesuan.validate;

import io.juesuan.model.Side;
import java.util.List;
import java.util.Map;

/**
 * One step of the identities in {@code mappings/checks.json}, bound once (see {@code Mappings.bind};
 * a list or map the step leaves out is empty, any other setting it leaves out null or false). The
 * language is described and run by {@link IdentityRules}. A step is one of three:
 *
 * <ul>
 *   <li>{@code hierarchy}: tables where 合计 = Σ 类 and parents = Σ children;
 *   <li>{@code rowSums}: table → column → the part columns it is the sum of, on every row;
 *   <li>a rule: an identity ({@code id}, {@code left}, {@code right}, {@code message}), or a group of
 *       rules under {@code checks} sharing the group's conditions, repetition and basis.
 * </ul>
 *
 * <p>The strings are kept as written: the operands ({@code [-][?|~]table/row/column}, {@code Σtable/REGEX/column})
 * and the conditions' references hold {@code {name}} placeholders bound only while the rule runs, so they
 * are parsed then, after the placeholders are filled.
 *
 * @param when tables that must be present (else no check)
 * @param ifPrinted a table that must print at least one figure
 * @param ifRows {@code table/row} that must be printed, per repetition
 * @param ifColumns {@code table/column} that must be among the table's columns, per repetition
 * @param ifCells {@code table/row/column} that must be printed, per repetition
 * @param nonEmpty every Σ operand must match a row (else no check)
 * @param each placeholder → its values: the rule repeats once per value, binding it (several placeholders: one after the
 *     other, not combined)
 * @param eachColumn repeat for each column of a table, binding {@code col}
 * @param eachRow repeat for each row of a table that fits, binding {@code key}, {@code name}, {@code code} and
 *     the key regex's named groups
 * @param basis the basis of the checks made (else decided by the cells): independent or placement
 */
public record IdentityRule(List<String> hierarchy, Map<String, Map<String, List<String>>> rowSums,
        String id, String left, List<String> right, String message, List<IdentityRule> checks,
        List<String> when, String ifPrinted, List<String> ifRows, List<String> ifColumns, List<String> ifCells,
        boolean nonEmpty, Map<String, List<String>> each, EachColumn eachColumn, EachRow eachRow,
        io.juesuan.model.Check.Basis basis) {

    /** @param except columns left out */
    public record EachColumn(String table, List<String> except) {}

    /**
     * The rows of {@code table} whose key matches {@code key} (or whose code matches {@code code}), printed
     * on {@code side}, holding {@code column}; null settings do not filter.
     *
     * @param distinct each binding of the key regex's named groups once (then key, name and code are not bound)
     */
    public record EachRow(String table, String key, String code, Side side, String column, boolean distinct) {}
}
