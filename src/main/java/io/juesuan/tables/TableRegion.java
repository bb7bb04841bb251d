package io.juesuan.tables;

import io.juesuan.model.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** What belongs to one table in the document: its title, captions, the grids of every page, notes. */
public final class TableRegion {
    final TableSpec spec;
    final String title;
    final int titlePage;
    String label;
    String currency;
    final List<Grid> grids = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> text = new ArrayList<>();
    /** For tables read by arithmetic (budget shapes): every row, from grids and text lines alike. */
    final List<PackedLine> packed = new ArrayList<>();
    final TreeSet<Integer> pages = new TreeSet<>();

    TableRegion(TableSpec spec, String title, int titlePage) {
        this.spec = spec;
        this.title = title;
        this.titlePage = titlePage;
    }

    boolean isPacked() {
        return spec.shape().packed();
    }

    /** Whether the region holds a grid or an amount: more than a title and headings. */
    boolean hasData() {
        return !grids.isEmpty() || packed.stream().anyMatch(PackedLine::amount);
    }

    boolean hasContent() {
        return !grids.isEmpty() || !packed.isEmpty();
    }

    public TableSpec spec() {
        return spec;
    }

    /** The region's grids in document order (their header rows included). */
    public List<Grid> grids() {
        return grids;
    }

    /** For the packed shapes: every printed row of the region in order, grid rows and text lines alike. */
    public List<PackedLine> packed() {
        return packed;
    }

    /** Every grid row of the region in order, each with the page it came from. */
    public List<SourcedRow> rows() {
        List<SourcedRow> out = new ArrayList<>();
        for (int g = 0; g < grids.size(); g++) {
            Grid grid = grids.get(g);
            for (List<String> r : grid.rows()) {
                out.add(new SourcedRow(r, grid.page(), g));
            }
        }
        return out;
    }
}
