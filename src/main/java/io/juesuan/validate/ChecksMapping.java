package io.juesuan.validate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

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
        Budget budget, JsonNode items, String titleYear) {
    /** @param identities steps run by {@link IdentityRules} */
    public record FinalAccount(List<JsonNode> identities) {}

    /**
     * @param narrative figures the 预算编制说明 states
     * @param hierarchyTables tables where 合计 = Σ 类 and parents = Σ children
     * @param rowSumTables tables whose rows obey the {@code sums} of their tables.json entry
     * @param identities steps run by {@link IdentityRules}
     */
    public record Budget(List<Narrative> narrative, List<String> hierarchyTables, List<String> rowSumTables,
            List<JsonNode> identities) {}

    /**
     * One figure the 说明 states in words: in the sub-section whose title matches {@code section}, the
     * first match of {@code pattern} (group {@code v}) against the cell {@code table/row/column}.
     *
     * @param singleUnitOnly the statement holds only for a single unit: a skip on a consolidated (汇总) report
     */
    public record Narrative(String id, String section, String pattern, String table, String row, String column,
            boolean singleUnitOnly) {}
}
