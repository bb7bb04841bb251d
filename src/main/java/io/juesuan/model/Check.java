package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** The outcome of one arithmetic or cross-table identity. Never changes an extracted value. */
@JsonPropertyOrder({"id", "status", "expected", "actual", "difference", "tolerance", "message"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Check(
        String id,
        String status,
        BigDecimal expected,
        BigDecimal actual,
        BigDecimal difference,
        BigDecimal tolerance,
        String message) {
    public static final String PASS = "pass";
    public static final String FAIL = "fail";
    public static final String SKIP = "skip";
}
