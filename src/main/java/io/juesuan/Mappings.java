package io.juesuan;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data side of the heuristics: title variants, header synonyms, item names, code lists. Each
 * is a JSON file in the top-level {@code mappings/} folder, packaged into the jar; a directory
 * given at run time overrides single files, so a new variant needs no rebuild.
 */
public final class Mappings {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Binds a mapping file to its record type: a key the record does not name is ignored (as the JSON
     * reader did), a list or map the file leaves out is empty, never null.
     */
    private static final ObjectMapper BIND = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static {
        BIND.configOverride(java.util.List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
        BIND.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }
    private final Path overrideDir;
    private final Map<String, JsonNode> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> typed = new ConcurrentHashMap<>();

    private Mappings(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    /** The packaged mappings. */
    public static Mappings load() {
        return new Mappings(null);
    }

    /** Packaged mappings, with files in {@code dir} taking precedence over packaged ones of the same name. */
    public static Mappings withOverrides(Path dir) {
        return new Mappings(dir);
    }

    /** The parsed {@code mappings/<name>.json}; fails loudly when it is missing, as that is a packaging bug. */
    public JsonNode get(String name) {
        return cache.computeIfAbsent(name, this::read);
    }

    /**
     * {@code mappings/<name>.json} bound to its record type (Jackson binding to records), once per
     * Mappings: stage code reads typed accessors, not JSON nodes. Keys starting with {@code _} are
     * comments at any depth and are left out, so a {@code _comment} inside a map is no entry of it.
     * The records are shared by every document (and thread) of a run: read them, never change them.
     */
    public <T> T bind(String name, Class<T> type) {
        Object value = typed.computeIfAbsent(name + "|" + type.getName(), k -> {
            JsonNode tree = withoutComments(get(name).deepCopy());
            try {
                return BIND.treeToValue(tree, type);
            } catch (IOException e) {
                throw new IllegalStateException("mappings/" + name + ".json does not fit " + type.getSimpleName() + ": "
                        + e.getMessage(), e);
            }
        });
        return type.cast(value);
    }

    private static JsonNode withoutComments(JsonNode node) {
        if (node instanceof ObjectNode o) {
            java.util.List<String> comments = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(n -> {
                if (n.startsWith("_")) {
                    comments.add(n);
                }
            });
            o.remove(comments);
            o.forEach(Mappings::withoutComments);
        } else if (node.isArray()) {
            node.forEach(Mappings::withoutComments);
        }
        return node;
    }

    private JsonNode read(String name) {
        String file = name + ".json";
        try {
            if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(file))) {
                return JSON.readTree(overrideDir.resolve(file).toFile());
            }
            try (InputStream in = Mappings.class.getResourceAsStream("/mappings/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("mapping file missing: mappings/" + file);
                }
                return JSON.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mappings/" + file, e);
        }
    }
}
