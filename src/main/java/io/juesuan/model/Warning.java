package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Something the reader of the data should know that is not a failed identity. */
@JsonPropertyOrder({"code", "message", "page"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(String code, String message, Integer page) {}
