package io.juesuan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the expected values copied from ../shared/gold into the test resources. */
public final class GoldFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private GoldFiles() {}

    public static JsonNode read(String stem) {
        try (InputStream in = GoldFiles.class.getResourceAsStream("/gold/" + stem + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no gold file for " + stem);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
