package io.juesuan.tables;

import java.util.List;
import java.util.Map;

/**
 * The header block at the top of one grid.
 *
 * @param rows how many leading rows are header (including a 栏次 column-number row)
 * @param labels column index → normalised header labels top to bottom (column-number row excluded)
 * @param numbers column-number (栏次 1…N) → column index, empty when no such row is printed
 */
public record HeaderLayout(int rows, Map<Integer, List<String>> labels, Map<Integer, Integer> numbers,
        Map<Integer, List<String>> spanned) {
    /**
     * Like {@code labels}, but a label also covers the blank slots to its right, up to where a
     * label of a row above begins: a merged header cell printed in its first column only.
     */
    public List<String> spannedAt(int col) {
        return spanned.getOrDefault(col, List.of());
    }

    public boolean present() {
        return rows > 0;
    }

    public List<String> labelsAt(int col) {
        return labels.getOrDefault(col, List.of());
    }

    /** Column indices whose labels include one of the given (normalised) labels, in order. */
    public List<Integer> columnsLabelled(List<String> wanted) {
        return labels.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(wanted::contains))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
