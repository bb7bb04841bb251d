package io.juesuan.model;

/** A line (or a paragraph joined from lines) of running text outside any table grid. */
public record TextLine(String text, int page, int line) implements Block {
    public TextLine {
        text = text == null ? "" : text;
    }
}
