package io.juesuan.ingest.ocr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proof-reads OCR'd row labels against the names the mappings know (item names, 功能分类 and 经济分类
 * names, table vocabulary): a label that is not one of them but is within one edit (two for long
 * names) of exactly one is taken as that name, and the change is reported. Only labels: an amount
 * is never changed.
 */
final class LabelProofreader {
    private static final List<String> FILES = List.of("summary-items.json", "budget-items.json", "function-classes.json",
            "codes.json", "tables.json");
    private static final Pattern ENUMERATOR = Pattern.compile("^([一二三四五六七八九十]{1,3})[、，,.。·]?");
    private static final Set<String> VOCABULARY = load();

    private LabelProofreader() {}

    private static Set<String> load() {
        Set<String> v = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String f : FILES) {
            try (InputStream in = LabelProofreader.class.getResourceAsStream("/mappings/" + f)) {
                if (in != null) {
                    collect(json.readTree(in), v);
                }
            } catch (IOException e) {
                // a missing vocabulary only means no proof-reading
            }
        }
        return v;
    }

    private static void collect(JsonNode n, Set<String> out) {
        if (n.isTextual()) {
            add(n.asText(), out);
        } else if (n.isArray()) {
            n.forEach(c -> collect(c, out));
        } else if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!k.startsWith("_")) {
                    add(k, out);
                    collect(n.get(k), out);
                }
            }
        }
    }

    private static void add(String s, Set<String> out) {
        String t = s.strip();
        if (t.length() >= 3 && t.length() <= 30 && t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || "（）()“”、".indexOf(c) >= 0)) {
            out.add(t);
        }
    }

    /** The label as the mappings know it, or null when it is known already or no single name is near. */
    static String proofread(String label) {
        String s = label.strip();
        if (s.length() < 3 || VOCABULARY.contains(s) || !s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                || s.codePoints().anyMatch(Character::isDigit)) {
            return null;
        }
        // (enumerator kept, name part) candidates: as read; a leading numeral as an enumerator; a first character as noise
        List<String[]> candidates = new ArrayList<>();
        for (String base : List.of(s, s.substring(1))) {
            candidates.add(new String[] {"", base});
            Matcher m = ENUMERATOR.matcher(base);
            if (m.find() && m.end() < base.length()) {
                candidates.add(new String[] {m.group(1) + "、", base.substring(m.end())});
            }
        }
        String best = null;
        String bestName = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String[] c : candidates) {
            String name = c[1];
            if (VOCABULARY.contains(name)) {
                String whole = c[0] + name;
                return whole.equals(s) ? null : whole;
            }
            int limit = name.length() >= 8 ? 2 : 1;
            for (String v : VOCABULARY) {
                if (Math.abs(v.length() - name.length()) > limit) {
                    continue;
                }
                int d = distance(name, v, limit);
                if (d <= limit) {
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = c[0] + v;
                        bestName = v;
                        tie = false;
                    } else if (d == bestDistance && !v.equals(bestName)) {
                        tie = true;
                    }
                }
            }
        }
        return tie || best == null || best.equals(s) ? null : best;
    }

    /** Levenshtein distance, giving up (limit + 1) once it exceeds the limit. */
    static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
