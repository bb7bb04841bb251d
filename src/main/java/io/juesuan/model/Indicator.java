package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** A 绩效指标 row; target/actual keep the printed text, the parsed parts sit beside them. */
@JsonPropertyOrder({"level1", "level2", "name", "target", "targetOp", "targetValue", "targetUnit", "actual",
        "weight", "score", "deviation"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(String level1, String level2, String name, String target, String targetOp,
        BigDecimal targetValue, String targetUnit, String actual, BigDecimal weight, BigDecimal score,
        String deviation) {}
