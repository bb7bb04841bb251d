package io.juesuan.model;

/** The side of a two-sided summary table a row is printed on ({@code side} in the JSON; the mappings' side keys). */
public enum Side implements JsonEnum {
    INCOME,
    EXPENDITURE
}
