package io.juesuan.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The intermediate document model where the front-ends meet.
 *
 * @param format "pdf" or "text", as the contract's source.format
 * @param pageCount pages of the source (text renderings: form-feed separated pages, at least 1)
 * @param warnings what the front-end has to say about its reading (OCR doubts), carried into the report
 */
public record Document(String format, int pageCount, List<Page> pages, List<Warning> warnings) {
    public Document {
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }

    public Document(String format, int pageCount, List<Page> pages) {
        this(format, pageCount, pages, List.of());
    }

    /** All blocks of all pages in reading order. */
    public List<Block> blocks() {
        List<Block> all = new ArrayList<>();
        for (Page p : pages) {
            all.addAll(p.blocks());
        }
        return all;
    }
}
