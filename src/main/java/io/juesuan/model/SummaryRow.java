package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** A row of 绩效自评情况汇总表. */
@JsonPropertyOrder({"seq", "project", "implementer", "annualBudget", "score", "grade", "group", "page"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SummaryRow(Integer seq, String project, String implementer, BigDecimal annualBudget,
        BigDecimal score, String grade, String group, Integer page) {}
