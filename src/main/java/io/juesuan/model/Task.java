package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A row of the 部门主要职责和年度重点任务完成情况 block of the department-wide form. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Task(Integer seq, String name, String content, String target, String achieved, String reason) {}
