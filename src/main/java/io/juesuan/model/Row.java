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
 * @param side the side of the two summary tables a row is on, else null
 * @param level class / section / item for coded rows, else null
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
        Level level,
        String name,
        Side side,
        @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, BigDecimal> values,
        Integer page,
        String govCode,
        String govName,
        String category,
        Map<String, String> placement,
        Map<String, Float> confidence) {


    /** A row keyed {@code key} (a code, an item key, total, all), every other field set by name; see {@link Builder}. */
    public static Builder builder(String key) {
        return new Builder(key);
    }

    /** A builder holding this row's fields, to change some of them. */
    public Builder toBuilder() {
        return new Builder(key).line(line).code(code).level(level).name(name).side(side).values(values).page(page)
                .govCode(govCode).govName(govName).category(category).placement(placement).confidence(confidence);
    }

    /** The fields of a row by name, instead of twelve positional arguments; unset fields are null. */
    public static final class Builder {
        private final String key;
        private Integer line;
        private String code;
        private Level level;
        private String name;
        private Side side;
        private Map<String, BigDecimal> values;
        private Integer page;
        private String govCode;
        private String govName;
        private String category;
        private Map<String, String> placement;
        private Map<String, Float> confidence;

        private Builder(String key) {
            this.key = key;
        }

        // one line each: a setter only stores its field
        public Builder line(Integer v) { line = v; return this; }
        public Builder code(String v) { code = v; return this; }
        public Builder level(Level v) { level = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder side(Side v) { side = v; return this; }
        public Builder values(Map<String, BigDecimal> v) { values = v; return this; }
        public Builder page(Integer v) { page = v; return this; }
        public Builder govCode(String v) { govCode = v; return this; }
        public Builder govName(String v) { govName = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder placement(Map<String, String> v) { placement = v; return this; }
        public Builder confidence(Map<String, Float> v) { confidence = v; return this; }

        public Row build() {
            return new Row(key, line, code, level, name, side, values, page, govCode, govName, category, placement, confidence);
        }
    }

    public Row withValues(Map<String, BigDecimal> v) {
        return toBuilder().values(v).build();
    }

    public Row withPlacement(Map<String, String> p) {
        return toBuilder().placement(p).build();
    }

    public Row withConfidence(Map<String, Float> c) {
        return toBuilder().confidence(c).build();
    }
}
