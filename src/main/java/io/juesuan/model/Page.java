package io.juesuan.model;

import java.util.List;

/**
 * A page with its blocks in reading order.
 *
 * @param ocrReadings for a page read by OCR, what the engine read in each table cell (the confidence
 *     of a value comes from here); null for a page read from its text layer or from text
 */
public record Page(int number, List<Block> blocks, List<OcrReading> ocrReadings) {
    public Page {
        blocks = List.copyOf(blocks);
        ocrReadings = ocrReadings == null ? null : List.copyOf(ocrReadings);
    }

    public Page(int number, List<Block> blocks) {
        this(number, blocks, null);
    }

    /** Whether the page was read from its image by OCR. */
    public boolean readByOcr() {
        return ocrReadings != null;
    }
}
