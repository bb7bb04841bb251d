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
    /** The standard tables' titles (tables.json), each with its table key. */
    private static final List<String[]> TITLES = titles();

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

    private static List<String[]> titles() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = LabelProofreader.class.getResourceAsStream("/mappings/tables.json")) {
            if (in != null) {
                for (JsonNode t : new ObjectMapper().readTree(in).path("tables")) {
                    for (JsonNode title : t.path("titles")) {
                        out.add(new String[] {t.path("key").asText(), title.asText()});
                    }
                }
            }
        } catch (IOException e) {
            // no titles only means no title proof-reading
        }
        return out;
    }

    /**
     * A line of text outside the tables as the table title it nearly is: a line that is not a
     * standard table's title but ends, within two edits (a title of 8 characters or more; a shorter
     * one: the whole line, one edit), with exactly one table's title; a line not ending with 表 has
     * the 表 added, which counts as one edit; after other text (a unit name, a year) only one edit and
     * a 表 read are allowed. A line with a colon, comma or full stop is no title. The line as it should read (whatever came before the
     * title kept), or null when it reads as a title already, is too long or near no title or several.
     * Punctuation and spaces are not counted (titles print 三公 with or without quotes).
     */
    static String title(String line) {
        if (line.matches(".*[。，：；:;,].*")) {
            return null; // a sentence or a label: value line, not a title
        }
        String read = bare(line);
        // a title ends with 表; a line that does not is taken with it, the missing 表 counted as an edit
        boolean ends = read.endsWith("表");
        String s = ends ? read : read + "表";
        if (s.length() < 4 || s.length() > 40) {
            return null;
        }
        // the title that explains most of the line: fewest characters before it plus edits
        String best = null;
        String bestKey = null;
        int bestCost = Integer.MAX_VALUE;
        int bestDistance = 0;
        boolean tie = false;
        for (String[] t : TITLES) {
            String title = bare(t[1]);
            int limit = title.length() >= 8 ? 2 : ends ? 1 : 0;
            for (int n = Math.max(1, title.length() - limit); n <= Math.min(s.length(), title.length() + limit); n++) {
                String prefix = s.substring(0, s.length() - n);
                if (title.length() < 8 && (!prefix.isEmpty() || n != title.length())) {
                    continue; // a short title only as the whole line, characters misread but none lost or added
                }
                int d = distance(s.substring(s.length() - n), title, limit) + (ends ? 0 : 1);
                if (d > limit || (!prefix.isEmpty() && (!ends || d > 1))) {
                    continue; // after other text (unit name, year): a title ending with 表, one edit off
                }
                int cost = prefix.length() + d;
                if (cost < bestCost) {
                    bestCost = cost;
                    bestDistance = d;
                    best = prefix + t[1];
                    bestKey = t[0];
                    tie = false;
                } else if (cost == bestCost && !t[0].equals(bestKey)) {
                    tie = true;
                }
            }
        }
        return tie || best == null || bestDistance == 0 ? null : best;
    }

    private static String bare(String s) {
        return s.replaceAll("[^\\p{IsHan}0-9A-Za-z]", "");
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
