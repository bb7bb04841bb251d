package io.juesuan.ingest.pdf;

/**
 * One drawn character in page display space (origin top-left, y down), the unit every later step
 * works in. {@code top}/{@code bottom} bound the glyph vertically; the centre decides its cell.
 */
public record Glyph(String text, float x, float top, float width, float bottom, float fontSize) {
    public float centreX() {
        return x + width / 2;
    }

    public float centreY() {
        return (top + bottom) / 2;
    }

    public float right() {
        return x + width;
    }

    public float height() {
        return bottom - top;
    }
}
