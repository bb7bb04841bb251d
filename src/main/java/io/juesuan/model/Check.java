package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * The outcome of one arithmetic or cross-table identity. Never changes an extracted value.
 *
 * @param basis {@link #INDEPENDENT} when nothing in the extraction used this identity to decide the
 *     values it compares (its pass is evidence), {@link #PLACEMENT} when the identity placed them
 *     (its pass proves nothing); null where not yet classified
 */
@JsonPropertyOrder({"id", "status", "basis", "expected", "actual", "difference", "tolerance", "message"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Check(
        String id,
        String status,
        BigDecimal expected,
        BigDecimal actual,
        BigDecimal difference,
        BigDecimal tolerance,
        String message,
        String basis) {
    public static final String PASS = "pass";
    public static final String FAIL = "fail";
    public static final String SKIP = "skip";
    public static final String INDEPENDENT = "independent";
    public static final String PLACEMENT = "placement";

    public Check(String id, String status, BigDecimal expected, BigDecimal actual, BigDecimal difference,
            BigDecimal tolerance, String message) {
        this(id, status, expected, actual, difference, tolerance, message, null);
    }

    public Check withBasis(String b) {
        return new Check(id, status, expected, actual, difference, tolerance, message, b);
    }
}
