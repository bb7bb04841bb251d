package io.juesuan.output;

import io.juesuan.Mappings;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * The version written into the manifest and compared by incremental runs. It includes a digest
 * of the packaged mappings: a changed title variant or synonym changes results, so it must make
 * the next run redo the files.
 */
public final class ToolVersion {
    static final List<String> MAPPING_FILES = List.of("tables", "summary-items", "function-classes", "report",
            "sections", "performance", "checks", "codes");

    private ToolVersion() {}

    public static String get() {
        String v = ToolVersion.class.getPackage().getImplementationVersion();
        return (v == null ? "dev" : v) + "+m" + mappingsDigest();
    }

    private static String mappingsDigest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : MAPPING_FILES) {
                try (InputStream in = Mappings.class.getResourceAsStream("/mappings/" + name + ".json")) {
                    if (in != null) {
                        md.update(name.getBytes());
                        md.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 8);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return "unknown";
        }
    }
}
