package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A table row. {@code values} has every column key of its table, null where the cell is blank
 * (a LinkedHashMap in column order, so output is deterministic).
 *
 * @param line 行次 as printed (summary tables only), else null
 * @param side "income" / "expenditure" for the two summary tables, else null
 * @param level "class" / "section" / "item" for coded rows, else null
 * @param page the page the row's values were read from
 * @param govCode the 政府预算支出经济分类 code printed beside the department's (budget 经济分类 tables), else null
 * @param govName that code's name, else null
 * @param category the 项目类别 printed beside a project (budget project table), else null
 * @param placement column → how its value was placed ({@link Placement}), where the reader records it
 * @param confidence column → the OCR engine's confidence (0–100) in the value, for values read by OCR; else null
 */
@JsonPropertyOrder({"key", "line", "code", "level", "name", "govCode", "govName", "category", "side", "values", "page", "placement", "confidence"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Row(
        String key,
        Integer line,
        String code,
        String level,
        String name,
        String side,
        @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, BigDecimal> values,
        Integer page,
        String govCode,
        String govName,
        String category,
        Map<String, String> placement,
        Map<String, Float> confidence) {

    public Row(String key, Integer line, String code, String level, String name, String side, Map<String, BigDecimal> values,
            Integer page, String govCode, String govName, String category, Map<String, String> placement) {
        this(key, line, code, level, name, side, values, page, govCode, govName, category, placement, null);
    }

    public Row(String key, Integer line, String code, String level, String name, String side, Map<String, BigDecimal> values,
            Integer page, String govCode, String govName, String category) {
        this(key, line, code, level, name, side, values, page, govCode, govName, category, null);
    }

    /** A row of a table that prints no second classification beside its own. */
    public Row(String key, Integer line, String code, String level, String name, String side, Map<String, BigDecimal> values,
            Integer page) {
        this(key, line, code, level, name, side, values, page, null, null, null);
    }

    public Row withValues(Map<String, BigDecimal> v) {
        return new Row(key, line, code, level, name, side, v, page, govCode, govName, category, placement, confidence);
    }

    public Row withPlacement(Map<String, String> p) {
        return new Row(key, line, code, level, name, side, values, page, govCode, govName, category, p, confidence);
    }

    public Row withConfidence(Map<String, Float> c) {
        return new Row(key, line, code, level, name, side, values, page, govCode, govName, category, placement, c);
    }
}
