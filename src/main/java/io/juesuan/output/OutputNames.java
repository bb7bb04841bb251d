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
        return y + "/" + u + ".json";
    }

    /** The report id the CSV exports use for an output name: the name without {@code .json}. */
    public static String reportId(String output) {
        return output.endsWith(".json") ? output.substring(0, output.length() - ".json".length()) : output;
    }
}
