package io.juesuan.output;

import io.juesuan.model.Report;
import java.util.HashMap;
import java.util.Map;

/**
 * The contract's file names: {@code <year>/<unit>.json}, the unit as printed without '/' and white
 * space. A name already held by a different report (another sha256) gets {@code ~<8 hex>} so a
 * report is never silently overwritten by another; the same input keeps its name across runs.
 */
public final class OutputNames {
    private final Map<String, String> holderByName = new HashMap<>();

    /** Names already taken, e.g. from the previous run's manifest: relative path → sha256. */
    public void reserve(String relativePath, String sha256) {
        holderByName.putIfAbsent(relativePath, sha256);
    }

    public synchronized String assign(Report report) {
        String year = report.report().year() == null ? "unknown-year" : String.valueOf(report.report().year());
        String unit = report.report().unit() == null ? "unknown-unit" : report.report().unit();
        unit = unit.replaceAll("[/\\\\\\s\\u3000]+", "").replaceAll("[:*?\"<>|]", "_");
        String sha = report.source().sha256();
        String base = year + "/" + unit + ".json";
        String holder = holderByName.get(base);
        if (holder == null || holder.equals(sha)) {
            holderByName.put(base, sha);
            return base;
        }
        String suffixed = year + "/" + unit + "~" + sha.substring(0, 8) + ".json";
        holderByName.put(suffixed, sha);
        return suffixed;
    }
}
