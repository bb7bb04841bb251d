package io.juesuan.tables;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code mappings/tables.json}, bound once (see {@code Mappings.bind}).
 *
 * @param tables the standard tables
 * @param header the vocabulary of header rows
 * @param units printed currency → how many of it make one 万元 (元 10000)
 * @param emptyPhrases phrases by which a report marks a table as having no data (本表无数据)
 * @param notePrefixes how a note under a table starts
 * @param budget settings of the packed 预算 shapes
 */
public record TablesMapping(List<TableSpec> tables, Header header, Map<String, BigDecimal> units,
        List<String> emptyPhrases, List<String> notePrefixes, Budget budget) {
    /**
     * Labels that mark header rows and the code, name, item and 行次 columns.
     *
     * @param codeParts code part (class / section / item) → its printed column labels (类, 款, 项)
     * @param columnNumberRow labels of a column-number row (栏次)
     * @param headerTokens words that make a row a header row
     */
    public record Header(List<String> codeColumn, List<String> nameColumn, Map<String, List<String>> codeParts,
            List<String> columnNumberRow, List<String> lineColumn, List<String> itemColumn, List<String> totalLabels,
            List<String> headerTokens) {}

    /**
     * @param totalLabels labels of a packed table's 合计 row
     * @param fiscalSources the columns of the fiscal sources (一般公共预算, 政府性基金, 国有资本经营)
     */
    public record Budget(List<String> totalLabels, List<String> fiscalSources) {}
}
