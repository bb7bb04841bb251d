package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Where a report came from: the path as given, its content hash, the front-end used. */
@JsonPropertyOrder({"file", "sha256", "format", "pageCount"})
public record SourceInfo(String file, String sha256, String format, int pageCount) {}
