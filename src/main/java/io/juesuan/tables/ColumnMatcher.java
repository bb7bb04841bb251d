package io.juesuan.tables;

import io.juesuan.normalize.Labels;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps printed header labels to canonical column keys through the synonyms in mappings. The
 * deepest label of a column decides (小计 under 本年支出 is the total), falling back to the ones
 * above it; a key is given to one column only.
 */
public final class ColumnMatcher {
    private final Map<String, List<String>> synonyms = new LinkedHashMap<>();

    public ColumnMatcher(Map<String, List<String>> columns) {
        columns.forEach((k, syns) -> synonyms.put(k, syns.stream().map(Labels::key).toList()));
    }

    /** Column index → key for the columns in [from, to), using the layout's labels. */
    public Map<Integer, String> match(HeaderLayout header, int from, int to, Collection<String> allowed) {
        Map<Integer, String> out = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>();
        for (int c = from; c < to; c++) {
            List<String> labels = new ArrayList<>(header.labelsAt(c));
            java.util.Collections.reverse(labels);
            for (String label : labels) {
                Optional<String> key = keyFor(label, taken, allowed);
                if (key.isPresent()) {
                    out.put(c, key.get());
                    taken.add(key.get());
                    break;
                }
            }
        }
        return out;
    }

    Optional<String> keyFor(String label, Collection<String> taken, Collection<String> allowed) {
        Optional<String> exact = exactKey(label, taken, allowed);
        String plain = withoutYear(label);
        return exact.isPresent() || plain.equals(label) ? exact : exactKey(plain, taken, allowed);
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("^20\\d{2}年度?");

    /** A header label without its leading year (2024年机关运行经费预算数 → 机关运行经费预算数). */
    public static String withoutYear(String label) {
        return YEAR.matcher(label).replaceFirst("");
    }

    private Optional<String> exactKey(String label, Collection<String> taken, Collection<String> allowed) {
        for (Map.Entry<String, List<String>> e : synonyms.entrySet()) {
            if (!taken.contains(e.getKey()) && (allowed == null || allowed.contains(e.getKey()))
                    && e.getValue().contains(label)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }
}
