package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A part or sub-section of the report's prose, with its heading as printed. */
@JsonPropertyOrder({"part", "key", "title", "page", "text"})
public record Section(int part, String key, String title, int page, String text) {}
