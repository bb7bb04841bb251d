package io.juesuan.model;

/** One table cell as the OCR engine read it on a scanned page: its text and the engine's confidence (0–100). */
public record OcrReading(String text, float confidence) {}
