package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * @param kind "final_account" (决算) or "budget" (预算)
 * @param scope "department" (部门) or "unit" (单位)
 * @param consolidated true for （汇总） reports
 */
@JsonPropertyOrder({"kind", "year", "unit", "scope", "consolidated"})
public record ReportMeta(String kind, Integer year, String unit, String scope, boolean consolidated) {
    public static final String FINAL_ACCOUNT = "final_account";
    public static final String BUDGET = "budget";
}
