package io.juesuan.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a report's source file. The JSON records it as it was given to {@code extract} ({@code
 * source.file}, usually relative to the folder the command ran in), with its sha256. It is looked for as
 * recorded, relative to the working folder, to the output folder and to the output folder's parents, and by
 * file name in any extra folders given; a file is taken only if its sha256 is the recorded one, so a
 * changed file never shows pages of another version.
 */
public final class SourceLocator {
    /** The file found, or null with the reason it was not. */
    public record Found(Path path, String problem) {}

    private final Path outDir;
    private final List<Path> extraDirs;

    public SourceLocator(Path outDir, List<Path> extraDirs) {
        this.outDir = outDir.toAbsolutePath().normalize();
        this.extraDirs = List.copyOf(extraDirs);
    }

    public Found find(String file, String sha256) {
        if (file == null || file.isBlank()) {
            return new Found(null, "the report records no source file");
        }
        Set<Path> candidates = new LinkedHashSet<>();
        Path given = Path.of(file);
        if (given.isAbsolute()) {
            candidates.add(given);
        } else {
            candidates.add(given.toAbsolutePath());
            for (Path d = outDir; d != null && candidates.size() < 8; d = d.getParent()) {
                candidates.add(d.resolve(given));
            }
        }
        for (Path d : extraDirs) {
            candidates.add(d.resolve(given));
            candidates.add(d.resolve(given.getFileName()));
        }
        List<String> mismatched = new ArrayList<>();
        for (Path c : candidates) {
            Path p = c.normalize();
            if (!Files.isRegularFile(p)) {
                continue;
            }
            if (sha256 == null || sha256.equalsIgnoreCase(sha256(p))) {
                return new Found(p, null);
            }
            mismatched.add(p.toString());
        }
        return new Found(null, mismatched.isEmpty()
                ? "source file " + file + " not found (looked beside the output folder and in the working folder)"
                : "source file " + file + " found at " + String.join(", ", mismatched) + " but its content changed since extraction (sha256 differs)");
    }

    static String sha256(Path p) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), MessageDigest.getInstance("SHA-256"))) {
            DigestInputStream d = (DigestInputStream) in;
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(d.getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
    }
}
