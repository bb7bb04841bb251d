package io.juesuan.model;

/**
 * One item on a page, in reading order. Both front-ends (text and PDF) produce only these two
 * kinds, so every later stage is blind to where the document came from.
 */
public sealed interface Block permits TextLine, Grid {
    /** 1-based page number the block was read from. */
    int page();

    /** 1-based line of the source text where the block starts; 0 when the source has no lines (PDF). */
    int line();
}
