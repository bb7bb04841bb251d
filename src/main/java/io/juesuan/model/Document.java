package io.juesuan.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The intermediate document model where the front-ends meet.
 *
 * @param format "pdf" or "text", as the contract's source.format
 * @param pageCount pages of the source (text renderings: form-feed separated pages, at least 1)
 */
public record Document(String format, int pageCount, List<Page> pages) {
    public Document {
        pages = List.copyOf(pages);
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
