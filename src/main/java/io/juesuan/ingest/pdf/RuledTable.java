package io.juesuan.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of one page with its cell text, still mutable so page breaks can be stitched. The grid
 * is null for a table found by text gaps (no rulings).
 */
public final class RuledTable {
    private final RulingGrid grid;
    private final List<List<String>> rows;

    public RuledTable(RulingGrid grid, List<List<String>> rows) {
        this.grid = grid;
        this.rows = new ArrayList<>();
        rows.forEach(r -> this.rows.add(new ArrayList<>(r)));
    }

    public RulingGrid grid() {
        return grid;
    }

    public List<List<String>> rows() {
        return rows;
    }
}
