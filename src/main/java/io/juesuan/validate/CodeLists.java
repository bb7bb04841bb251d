package io.juesuan.validate;

import java.util.Map;

/**
 * {@code mappings/codes.json}, bound once (see {@code Mappings.bind}): the subject code lists, code → name.
 *
 * @param partial true while the lists hold only the codes seen in samples (see {@link CodeListWarnings})
 * @param functional 功能分类 per year ("2023" → code → name)
 * @param economic 经济分类 per year, or under {@code default}
 */
public record CodeLists(boolean partial, Map<String, Map<String, String>> functional,
        Map<String, Map<String, String>> economic) {
    /** The 功能分类 list of the report's year, else of the nearest year listed (the first listed on a tie); empty when none is. */
    public Map<String, String> functionalFor(Integer year) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String y : functional.keySet()) {
            int d = year == null ? 0 : Math.abs(Integer.parseInt(y) - year);
            if (d < bestD) {
                best = y;
                bestD = d;
            }
        }
        return best == null ? Map.of() : functional.get(best);
    }

    /** The 经济分类 list (the {@code default} one); null when there is none: then economic tables are not judged. */
    public Map<String, String> economicList() {
        return economic.get("default");
    }
}
