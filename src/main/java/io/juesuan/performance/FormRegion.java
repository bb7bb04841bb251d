package io.juesuan.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The rows of one form or summary table, from its title to the next title. */
final class FormRegion {
    enum Kind { PROJECT, DEPARTMENT, SUMMARY }

    final Kind kind;
    final String title;
    final List<List<String>> rows = new ArrayList<>();
    final TreeSet<Integer> pages = new TreeSet<>();

    FormRegion(Kind kind, String title, int page) {
        this.kind = kind;
        this.title = title;
        pages.add(page);
    }

    void add(List<String> row, int page) {
        rows.add(row);
        pages.add(page);
    }
}
