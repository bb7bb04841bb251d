package io.juesuan.output;

import io.juesuan.model.Report;
import java.util.HashMap;
import java.util.Map;

/**
 * The contract's file names: {@code <year>/<unit>.json}, the unit as printed without '/' and white
 * space. A name already held by a different report (another sha256) gets {@code ~<8 hex>} so a
 * report is never silently overwritten by another; the same input keeps its name across runs.
 * Only reports with the same {@link #base} can collide, which lets a distributed driver settle
 * names group by group with this same class.
 */
public final class OutputNames {
    private final Map<String, String> holderByName = new HashMap<>();

    /** Names already taken, e.g. from the previous run's manifest: relative path → sha256. */
    public void reserve(String relativePath, String sha256) {
        holderByName.putIfAbsent(relativePath, sha256);
    }

    public synchronized String assign(Report report) {
        return assign(base(report.report().year(), report.report().unit()), report.source().sha256());
    }

    /** The name for a report whose unsuffixed name is {@code base}, given the names handed out so far. */
    public synchronized String assign(String base, String sha256) {
        String holder = holderByName.get(base);
        if (holder == null || holder.equals(sha256)) {
            holderByName.put(base, sha256);
            return base;
        }
        String suffixed = base.substring(0, base.length() - ".json".length()) + "~" + sha256.substring(0, 8) + ".json";
        holderByName.put(suffixed, sha256);
        return suffixed;
    }

    /** {@code <year>/<unit>.json}: the name a report gets when nothing else holds it. */
    public static String base(Integer year, String unit) {
        String y = year == null ? "unknown-year" : String.valueOf(year);
        String u = unit == null ? "unknown-unit" : unit;
        u = u.replaceAll("[/\\\\\\s\\u3000]+", "").replaceAll("[:*?\"<>|]", "_");
        if (u.isEmpty() || u.startsWith(".")) {
            u = "_" + u;
        }
        return y + "/" + capped(u) + ".json";
    }

    /** File names stay under this many bytes (UTF-8) with every suffix: most file systems allow 255. */
    public static final int MAX_NAME_BYTES = 200;

    /**
     * The unit part of a name: as is when {@code <unit>~<8 hex>.json} fits in {@link #MAX_NAME_BYTES},
     * else cut at a character boundary and followed by {@code ~u<8 hex of the full unit's SHA-256>},
     * so two long units that share their beginning still get different names, the same on every run.
     */
    static String capped(String unit) {
        int reserve = "~12345678.json".length();
        if (unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + reserve <= MAX_NAME_BYTES) {
            return unit;
        }
        String tag = "~u" + io.juesuan.Pipeline.sha256(unit.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8);
        int budget = MAX_NAME_BYTES - reserve - tag.length();
        StringBuilder b = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < unit.length(); ) {
            int cp = unit.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + n > budget) {
                break;
            }
            b.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return b + tag;
    }

    /** The report id the CSV exports use for an output name: the name without {@code .json}. */
    public static String reportId(String output) {
        return output.endsWith(".json") ? output.substring(0, output.length() - ".json".length()) : output;
    }
}
