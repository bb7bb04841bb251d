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
 */
@JsonPropertyOrder({"key", "line", "code", "level", "name", "side", "values", "page"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Row(
        String key,
        Integer line,
        String code,
        String level,
        String name,
        String side,
        @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, BigDecimal> values,
        Integer page) {}
