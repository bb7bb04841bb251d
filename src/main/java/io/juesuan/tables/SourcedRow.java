package io.juesuan.tables;

import io.juesuan.normalize.TextNormalizer;
import java.util.List;

/**
 * A grid row with the page and grid it came from, so every value stays traceable to its page and a
 * continuation grid can be told from the first one.
 */
public record SourcedRow(List<String> cells, int page, int grid) {
    public String cell(int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : "";
    }

    public int size() {
        return cells.size();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> TextNormalizer.squeeze(c).isEmpty());
    }
}
