package io.juesuan.model;

import java.util.List;

/** A page with its blocks in reading order. */
public record Page(int number, List<Block> blocks) {
    public Page {
        blocks = List.copyOf(blocks);
    }
}
