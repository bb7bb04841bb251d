package io.juesuan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental runs compare this version: it must move with the build and with mappings overrides, and only then. */
class ToolVersionTest {
    @Test
    void coversTheBuildAndTheOverrides(@TempDir Path dir) throws Exception {
        String plain = ToolVersion.get();
        assertEquals(plain, ToolVersion.get(), "stable within a build");
        assertTrue(plain.matches(".+\\+b[0-9a-f]{8}"), plain);

        Files.writeString(dir.resolve("tables.json"), "{\"tables\": []}");
        String first = ToolVersion.get(dir);
        assertTrue(first.startsWith(plain + "+o"), first);
        assertEquals(first, ToolVersion.get(dir));
        Files.writeString(dir.resolve("tables.json"), "{\"tables\": [1]}");
        assertNotEquals(first, ToolVersion.get(dir), "a changed override redoes the files");
    }
}
