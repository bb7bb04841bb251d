package io.juesuan.tables;

import java.util.List;
import java.util.Map;

/**
 * One standard table as described in {@code mappings/tables.json} (bound by Jackson; a setting the
 * table does not have is an empty list or map, see {@code Mappings.bind}).
 *
 * @param classification what the rows' codes are (functional / economic / item); null when the table declares none
 * @param columns canonical column key → printed header synonyms (normalised with Labels.key), in output order
 * @param defaultColumns the columns output when the printed header shows only some (empty: all)
 * @param sums packed shapes: a parent column → the columns that add up to it
 * @param sides two-sided summary tables: side (income / expenditure) → the column keys on it
 * @param rootFrom column of the 合计 row → the table whose total it is (budget 支出总体: 基本支出 is 公开表10's)
 * @param narrativeHints 三公 column → the labels under which the 说明 states its amount
 * @param projectCategories the 项目类别 a project row may print beside its name
 * @param optionalColumns columns a table may leave out (then not output)
 * @param omitColumns printed columns the table leaves out on purpose
 * @param totals 经济分类 table: total row key → its printed labels (人员经费合计)
 * @param blocks 三公 决算 table: block (budget / actual) → its printed labels
 * @param blockColumns 三公 决算 table: column within a block → its printed labels
 */
public record TableSpec(String key, String kind, Shape shape, Classification classification,
        List<String> titles,
        Map<String, List<String>> columns, List<String> defaultColumns, Map<String, List<String>> sums,
        Map<String, List<String>> sides, Map<String, String> rootFrom, Map<String, List<String>> narrativeHints,
        List<String> projectCategories, List<String> optionalColumns, List<String> omitColumns,
        Map<String, List<String>> totals, Map<String, List<String>> blocks, Map<String, List<String>> blockColumns) {}
