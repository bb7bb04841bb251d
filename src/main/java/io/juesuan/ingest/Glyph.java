package io.juesuan.ingest;

/** One character as PDFBox positioned it: top-left origin, y growing downwards, in points. */
public record Glyph(String text, float x, float y, float width, float height, float fontSize) {
    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return y + height / 2;
    }

    float right() {
        return x + width;
    }

    boolean isCjk() {
        return !text.isEmpty() && CjkText.isCjk(text.codePointAt(0));
    }
}
