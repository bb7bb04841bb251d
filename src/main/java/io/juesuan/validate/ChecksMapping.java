package io.juesuan.validate;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.juesuan.model.ReportMeta;
import java.util.List;
import java.util.Map;

/**
 * {@code mappings/checks.json}, bound once (see {@code Mappings.bind}).
 *
 * @param finalAccount the 决算 identities
 * @param narrative 决算: figures the 说明 states, against the tables ({@link NarrativeChecks})
 * @param budget the 预算 identities and statements
 * @param items statements about single 功能分类 items ({@link ItemStatements}); null when the file has none
 * @param titleYear the pattern of a table title printing a year ({@link TitleYears}); null when the file has none
 */
public record ChecksMapping(@JsonProperty("final_account") FinalAccount finalAccount, List<Narrative> narrative,
        Budget budget, Items items, String titleYear) {
    /** @param identities steps run by {@link IdentityRules} */
    public record FinalAccount(List<IdentityRule> identities) {}

    /**
     * @param narrative figures the 预算编制说明 states
     * @param hierarchyTables tables where 合计 = Σ 类 and parents = Σ children
     * @param rowSumTables tables whose rows obey the {@code sums} of their tables.json entry
     * @param identities steps run by {@link IdentityRules}
     */
    public record Budget(List<Narrative> narrative, List<String> hierarchyTables, List<String> rowSumTables,
            List<IdentityRule> identities) {}

    /**
     * One figure the 说明 states in words: in the sub-section whose title matches {@code section}, the
     * first match of {@code pattern} (group {@code v}) against the cell {@code table/row/column}.
     *
     * @param singleUnitOnly the statement holds only for a single unit: a skip on a consolidated (汇总) report
     */
    public record Narrative(String id, String section, String pattern, String table, String row, String column,
            boolean singleUnitOnly) {}

    /**
     * Statements about single 功能分类 items in the running text ({@link ItemStatements}).
     *
     * @param names the 类/款/项 names (groups c, k, x) and printed codes (cc, kc, xc)
     * @param strip characters removed from a paragraph first (quotes)
     * @param finalAccount the statements of a 决算; null when not read
     * @param budget the statements of a 预算; null when not read
     */
    public record Items(String names, String strip, @JsonProperty("final_account") ItemKind finalAccount, ItemKind budget) {
        /** The statements of a report kind ({@link ReportMeta#FINAL_ACCOUNT}, {@link ReportMeta#BUDGET}); null for another. */
        public ItemKind of(String kind) {
            return ReportMeta.FINAL_ACCOUNT.equals(kind) ? finalAccount : ReportMeta.BUDGET.equals(kind) ? budget : null;
        }
    }

    /**
     * How one report kind states an item.
     *
     * @param tables where the item's code is looked up
     * @param column the cell its amount is compared with
     * @param figures figure name → the pattern that reads it after the names ({NUM} a printed number; group v the
     *     value, group d a direction word making it negative when listed in {@code negative})
     * @param negative direction words that make a figure negative (减少)
     * @param repeat the item's amount stated again (must equal {@code amount}); null when not read
     * @param formulas the figures' arithmetic
     * @param direction the direction word (group d, or e for 持平)
     * @param compare the two figures [a, base] the direction word is checked against; empty: not checked
     * @param more direction words for a &gt; base
     * @param less direction words for a &lt; base
     * @param directionWithout the direction word is checked on its own only when this figure is not stated; null: always
     */
    public record ItemKind(List<String> tables, String column, Map<String, String> figures, List<String> negative,
            String repeat, List<ItemFormula> formulas, String direction, List<String> compare, List<String> more,
            List<String> less, String directionWithout) {}

    /**
     * @param expect the formula, {@code target = expression} ({@link Formula})
     * @param message what the check says before the figures
     * @param zero the figure whose 0 makes the formula undefined (a skip, not a failure); null when none
     */
    public record ItemFormula(String id, String expect, String message, String zero) {}
}
