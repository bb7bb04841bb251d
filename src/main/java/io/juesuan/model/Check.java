package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * The outcome of one arithmetic or cross-table identity. Never changes an extracted value.
 *
 * @param status {@code pass}, {@code fail} or {@code skip} in the JSON and CSV ({@link Status})
 * @param basis {@link Basis#INDEPENDENT} when nothing in the extraction used this identity to decide the
 *     values it compares (its pass is evidence), {@link Basis#PLACEMENT} when the identity placed them
 *     (its pass proves nothing); null where not yet classified
 */
@JsonPropertyOrder({"id", "status", "basis", "expected", "actual", "difference", "tolerance", "message"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Check(
        String id,
        Status status,
        BigDecimal expected,
        BigDecimal actual,
        BigDecimal difference,
        BigDecimal tolerance,
        String message,
        Basis basis) {
    /** Whether a check is evidence, written as the constant in lower case ({@link JsonEnum}). */
    public enum Basis implements JsonEnum {
        /** nothing in the extraction used this identity to decide the values it compares: a pass is evidence */
        INDEPENDENT,
        /** the identity placed one of the values it compares: a pass proves nothing */
        PLACEMENT
    }

    /**
     * The outcome of a check, written as the constant in lower case ({@link JsonEnum}). Compare it as an
     * enum ({@code c.status() == Status.FAIL}); JSON read back as a tree holds the string ({@code "fail"}).
     */
    public enum Status implements JsonEnum {
        /** the identity holds within the tolerance */
        PASS,
        /** it does not: the difference is in the check */
        FAIL,
        /** it could not be tested (a table or row missing, a figure not stated) */
        SKIP
    }

    public Check(String id, Status status, BigDecimal expected, BigDecimal actual, BigDecimal difference,
            BigDecimal tolerance, String message) {
        this(id, status, expected, actual, difference, tolerance, message, null);
    }

    public Check withBasis(Basis b) {
        return new Check(id, status, expected, actual, difference, tolerance, message, b);
    }
}
