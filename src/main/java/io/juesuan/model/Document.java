package io.juesuan.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The intermediate document model where the front-ends meet.
 *
 * @param format "pdf" or "text", as the contract's source.format
 * @param pageCount pages of the source (text renderings: form-feed separated pages, at least 1)
 * @param undecodablePages PDF pages whose text layer was there but could not be read as text (a font
 *     map gone wrong: 支û for 支出) and that OCR did not replace; they are given with no blocks
 * @param warnings what the front-end has to say about its reading (OCR doubts), carried into the report
 */
public record Document(String format, int pageCount, List<Page> pages, List<Integer> undecodablePages, List<Warning> warnings) {
    public Document {
        pages = List.copyOf(pages);
        undecodablePages = List.copyOf(undecodablePages);
        warnings = List.copyOf(warnings);
    }

    public Document(String format, int pageCount, List<Page> pages) {
        this(format, pageCount, pages, List.of(), List.of());
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
