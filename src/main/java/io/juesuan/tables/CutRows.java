package io.juesuan.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A row cut by a page break: the printer carries the rest of its wrapped text (年初财政拨款结转和结 /
 * 余) to the top of the next page, where it opens the next grid as a row of text fragments with no
 * number of its own — no 行次, code or amount. Such a row is the end of the previous grid's last row.
 */
final class CutRows {
    private CutRows() {}

    /**
     * {@code continues} decides, for the previous grid's last row and a candidate fragment, whether the
     * fragment really is that row's rest (the joined name is a known item, the fragment alone is not):
     * a report without 行次 prints real rows with no number at all at the top of a page.
     */
    static <K> List<Map.Entry<K, List<SourcedRow>>> join(List<Map.Entry<K, List<SourcedRow>>> work,
            java.util.function.BiPredicate<SourcedRow, SourcedRow> continues) {
        List<Map.Entry<K, List<SourcedRow>>> out = new ArrayList<>();
        for (Map.Entry<K, List<SourcedRow>> w : work) {
            List<SourcedRow> body = new ArrayList<>(w.getValue());
            int first = 0;
            while (first < body.size() && body.get(first).isBlank()) {
                first++;
            }
            List<SourcedRow> prev = out.isEmpty() ? null : out.get(out.size() - 1).getValue();
            if (prev != null && !prev.isEmpty() && first < body.size() && isFragment(body.get(first))
                    && continues.test(prev.get(prev.size() - 1), body.get(first))) {
                SourcedRow last = prev.get(prev.size() - 1);
                prev.set(prev.size() - 1, joined(last, body.get(first)));
                body.remove(first);
            }
            out.add(Map.entry(w.getKey(), body));
        }
        return out;
    }

    private static boolean isFragment(SourcedRow row) {
        return !row.isBlank() && row.cells().stream().noneMatch(c -> c.chars().anyMatch(Character::isDigit));
    }

    private static SourcedRow joined(SourcedRow a, SourcedRow b) {
        int width = Math.max(a.size(), b.size());
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            cells.add(a.cell(c) + b.cell(c));
        }
        return new SourcedRow(cells, a.page(), a.grid());
    }
}
