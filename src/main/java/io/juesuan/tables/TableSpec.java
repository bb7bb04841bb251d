package io.juesuan.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One standard table as described in {@code mappings/tables.json}.
 *
 * @param columns canonical column key → printed header synonyms (normalised with Labels.key), in output order
 * @param defaultColumns the columns output when the printed header shows only some (null: all)
 * @param raw the whole JSON entry, for shape-specific settings
 */
public record TableSpec(String key, String kind, String shape, List<String> titles,
        Map<String, List<String>> columns, List<String> defaultColumns, JsonNode raw) {

    /** The table's declared {@code classification}; null when it declares none. */
    public Classification classification() {
        return Classification.of(raw == null ? null : raw.path("classification").asText(null));
    }
}
