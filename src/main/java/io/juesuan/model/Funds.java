package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** Budget execution of a form, amounts in 万元, executionRate as a percentage number. */
@JsonPropertyOrder({"initialBudget", "annualBudget", "received", "executed", "executionRate", "weight", "score"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Funds(BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal received, BigDecimal executed,
        BigDecimal executionRate, BigDecimal weight, BigDecimal score) {}
