package io.juesuan.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.cli.Main;
import io.juesuan.output.XlsxWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands through the command line: {@code review DIR}, {@code xlsx DIR}, and bad usage. */
class ReviewCommandTest {
    @TempDir
    Path tmp;

    @Test
    void reviewAndXlsxFromTheCommandLine() throws IOException {
        String rel = "2025/烟台市医疗保障局~9044b5d3.json"; // a text input: no pages to render
        Files.createDirectories(tmp.resolve("2025"));
        Files.copy(Path.of("extracted").resolve(rel), tmp.resolve(rel));
        assertEquals(0, Main.run(new String[] {"review", tmp.toString()}));
        assertTrue(Files.isRegularFile(tmp.resolve("review/index.html")));
        assertTrue(Files.isRegularFile(tmp.resolve("review/2025/烟台市医疗保障局~9044b5d3.html")));
        assertEquals(0, Main.run(new String[] {"xlsx", tmp.toString()}));
        assertTrue(Files.size(XlsxWriter.workbookPath(tmp, rel)) > 5000);
        assertEquals(2, Main.run(new String[] {"review"}));
        assertEquals(2, Main.run(new String[] {"xlsx", tmp.toString(), "--bogus"}));
        assertEquals(1, Main.run(new String[] {"review", tmp.resolve("missing").toString()}));
    }
}
