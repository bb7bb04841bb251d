package io.juesuan.output;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version written into the manifest and compared by incremental runs: the release plus a
 * digest of the build — every class of the tool and every packaged mapping — and of any
 * {@code --mappings} overrides. A fixed title variant, a new synonym or a parser fix all change
 * results without changing the release number, and each must make the next run redo the files.
 */
public final class ToolVersion {
    private static final String CODE = "io/juesuan/";
    private static final String MAPPINGS = "mappings/";

    private ToolVersion() {}

    public static String get() {
        return get(null);
    }

    /** The version for a run that reads mappings overrides from {@code overrides} (null: none). */
    public static String get(Path overrides) {
        String v = ToolVersion.class.getPackage().getImplementationVersion();
        String version = (v == null ? "dev" : v) + "+b" + buildDigest();
        return overrides == null ? version : version + "+o" + overridesDigest(overrides);
    }

    private static String buildDigest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            CodeSource source = ToolVersion.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location != null && Files.isRegularFile(location)) {
                digestJar(location, md);
            } else if (location != null && Files.isDirectory(location)) {
                digestTree(location, md);
            } else {
                return "unknown";
            }
            return hex(md);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The jar's central directory already holds each entry's CRC: no need to read the classes. */
    private static void digestJar(Path jar, MessageDigest md) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            List<JarEntry> entries = new ArrayList<>(f.stream()
                    .filter(e -> !e.isDirectory() && (e.getName().startsWith(CODE) || e.getName().startsWith(MAPPINGS))).toList());
            entries.sort((a, b) -> a.getName().compareTo(b.getName()));
            for (JarEntry e : entries) {
                md.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(Long.toString(e.getCrc()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    /** Classes and mappings as a build directory holds them (tests, an IDE). */
    private static void digestTree(Path root, MessageDigest md) throws IOException {
        for (String sub : List.of(CODE, MAPPINGS)) {
            digestFiles(root, root.resolve(sub), md);
        }
    }

    private static void digestFiles(Path root, Path dir, MessageDigest md) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path p : files) {
            md.update(root.relativize(p).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(p)) {
                md.update(in.readAllBytes());
            }
        }
    }

    private static String overridesDigest(Path dir) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            digestFiles(dir, dir, md);
            return hex(md);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unknown";
        }
    }

    private static String hex(MessageDigest md) {
        return HexFormat.of().formatHex(md.digest()).substring(0, 8);
    }
}
