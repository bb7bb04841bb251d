package io.juesuan.layout;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Prints HTML to PDF with headless Chromium, when it is installed. */
public final class Chromium {
    private Chromium() {}

    /** The chromium executable on PATH, if any. */
    public static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a profile file still held by a child process is left for the temp folder's cleanup
        }
    }

    /** Writes {@code html} beside {@code pdf} and prints it there. */
    public static Path print(Path chromium, String html, Path pdf) throws IOException, InterruptedException {
        Path dir = pdf.getParent();
        String stem = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
        Path file = dir.resolve(stem + ".html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory(dir, "profile");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, file.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(stem + ".log").toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("chromium did not finish printing " + file);
            }
        } finally {
            deleteTree(profile);
        }
        if (!Files.exists(pdf) || Files.size(pdf) == 0) {
            throw new IOException("chromium printed nothing for " + file + ": "
                    + Files.readString(dir.resolve(stem + ".log")));
        }
        return pdf;
    }
}
