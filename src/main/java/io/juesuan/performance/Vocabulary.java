package io.juesuan.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** mappings/performance.json as lookups; labels compared without spaces, brackets or a "(N分)" tail. */
final class Vocabulary {
    final JsonNode cfg;

    Vocabulary(JsonNode cfg) {
        this.cfg = cfg;
    }

    static String norm(String cell) {
        return TextNormalizer.squeeze(cell).replace('（', '(').replace('）', ')').replaceAll("\\(\\d+(\\.\\d+)?分\\)$", "");
    }

    List<String> list(String key) {
        List<String> out = new ArrayList<>();
        cfg.get(key).forEach(n -> out.add(norm(n.asText())));
        return out;
    }

    Map<String, List<String>> map(String key) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        cfg.get(key).fields().forEachRemaining(e -> {
            List<String> v = new ArrayList<>();
            e.getValue().forEach(n -> v.add(norm(n.asText())));
            out.put(e.getKey(), v);
        });
        return out;
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
