package io.juesuan.budget;

import io.juesuan.normalize.Labels;
import io.juesuan.tables.TableCatalog;
import io.juesuan.tables.TableSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value columns a budget table prints, found in its header text. The renderings scramble
 * header cells (wrapped one fragment per line, or merged across a row), so a column counts as
 * printed when one of its synonyms occurs anywhere in the header; longer synonyms are taken out
 * first, so 使用非财政拨款结余 is never read as 财政拨款. Output order is the mapping's order, the
 * standard template's.
 */
final class BudgetColumns {
    private BudgetColumns() {}

    static List<String> present(TableSpec spec, List<String> candidates, String headerText) {
        String header = Labels.key(headerText);
        if (header.isEmpty()) {
            return candidates;
        }
        List<Map.Entry<String, String>> synonyms = new ArrayList<>();
        boolean anyListed = false;
        for (String c : candidates) {
            for (String s : spec.columns().getOrDefault(c, List.of())) {
                synonyms.add(Map.entry(c, Labels.key(s)));
                anyListed = true;
            }
        }
        if (!anyListed) {
            return candidates;
        }
        synonyms.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed());
        Map<String, Boolean> found = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : synonyms) {
            if (!e.getValue().isEmpty() && header.contains(e.getValue())) {
                found.put(e.getKey(), true);
                header = header.replace(e.getValue(), "|");
            }
        }
        List<String> out = candidates.stream().filter(found::containsKey).toList();
        return out.isEmpty() ? candidates : out;
    }
}
