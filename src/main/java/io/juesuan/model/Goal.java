package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** 年度预期目标 and what was achieved. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Goal(String planned, String achieved) {}
