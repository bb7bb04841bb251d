package io.juesuan.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** mappings/performance.json as lookups; labels compared without spaces, brackets or a "(N分)" tail. */
final class Vocabulary {
    private static final Pattern POINTS_TAIL = Pattern.compile("\\(\\d+(\\.\\d+)?分\\)$");
    final JsonNode cfg;
    /** Normalised lists and maps, built once per key: the form parsers ask for them row after row. */
    private final Map<String, List<String>> lists = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<String>>> maps = new ConcurrentHashMap<>();

    Vocabulary(JsonNode cfg) {
        this.cfg = cfg;
    }

    static String norm(String cell) {
        return POINTS_TAIL.matcher(TextNormalizer.squeeze(cell).replace('（', '(').replace('）', ')')).replaceAll("");
    }

    List<String> list(String key) {
        return lists.computeIfAbsent(key, k -> {
            List<String> out = new ArrayList<>();
            cfg.get(k).forEach(n -> out.add(norm(n.asText())));
            return List.copyOf(out);
        });
    }

    Map<String, List<String>> map(String key) {
        return maps.computeIfAbsent(key, this::readMap);
    }

    private Map<String, List<String>> readMap(String key) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        cfg.get(key).fields().forEachRemaining(e -> {
            List<String> v = new ArrayList<>();
            e.getValue().forEach(n -> v.add(norm(n.asText())));
            out.put(e.getKey(), List.copyOf(v));
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    boolean startsWithAny(String cell, List<String> words) {
        String n = norm(cell);
        return words.stream().anyMatch(n::startsWith);
    }

    /** Label match that also accepts a label clipped by its merged cell (预算执行情 for 预算执行情况). */
    static boolean labelIs(String cell, List<String> words) {
        String n = norm(cell);
        if (n.length() < 2) {
            return false;
        }
        return words.stream().anyMatch(w -> n.equals(w) || (n.length() >= 3 && w.startsWith(n)) || n.startsWith(w));
    }
}
