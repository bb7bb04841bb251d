package io.juesuan.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the inputs and names them. Folders are searched recursively, symbolic links followed (a
 * link back up the tree is reported once and not followed again). An input is keyed in the
 * manifest by its absolute real path, so runs from another working folder, through a link, or with
 * a relative path see the same row. A name that is not valid UTF-8 is keyed by its {@code file:} URI
 * (the raw bytes percent-encoded), which finds the file again, so it is never pruned by mistake.
 */
public final class Inputs {
    private Inputs() {}

    /** Files as given, folders searched recursively; sorted per folder, so runs are reproducible. */
    public static List<Path> expand(List<Path> inputs, Consumer<String> warn) throws IOException {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                Files.walkFileTree(p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && isInput(file)) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        warn.accept(e instanceof FileSystemLoopException ? "not following " + file + ": it links back to a folder above it"
                                : "cannot read " + file + ": " + e.getMessage());
                        return FileVisitResult.CONTINUE;
                    }
                });
                found.sort(null);
                for (Path f : found) {
                    if (seen.add(real(f))) {
                        files.add(f);
                    }
                }
            } else if (seen.add(real(p))) {
                files.add(p);
            }
        }
        return files;
    }

    static boolean isInput(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") || n.endsWith(".txt") || n.endsWith(".md");
    }

    static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The manifest key of an input: its absolute real path, or its {@code file:} URI when the name is not valid UTF-8. */
    public static String key(Path p) {
        Path r = real(p);
        String s = r.toString();
        return s.indexOf('\uFFFD') >= 0 ? r.toUri().toString() : s;
    }

    /** The file a manifest key names: a path, a {@code file:} URI, or (older manifests) a path relative to the working folder. */
    static Path fileOf(String key) {
        if (key.startsWith("file:")) {
            return Path.of(URI.create(key));
        }
        return Path.of(key);
    }
}
