package io.juesuan.output;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code <out>/manifest.json}: every input ever extracted into this folder with its hash, status,
 * reason and output. It is what incremental runs compare against and what a warehouse loader reads
 * to know which files are complete; it is written atomically and after the outputs it names.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";
    private static final ObjectMapper READER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @JsonPropertyOrder({"tool", "toolVersion", "inputs"})
    record Document(String tool, String toolVersion, List<ManifestEntry> inputs) {}

    private final Map<String, ManifestEntry> byInput = new TreeMap<>();

    public static Manifest load(Path outDir) {
        Manifest m = new Manifest();
        Path f = outDir.resolve(FILE);
        if (Files.isRegularFile(f)) {
            try {
                Document d = READER.readValue(f.toFile(), Document.class);
                if (d.inputs() != null) {
                    d.inputs().forEach(e -> m.byInput.put(e.input(), e));
                }
            } catch (IOException e) {
                // an unreadable manifest only costs a full re-run
            }
        }
        return m;
    }

    public synchronized ManifestEntry get(String input) {
        return byInput.get(input);
    }

    public synchronized void put(ManifestEntry e) {
        byInput.put(e.input(), e);
    }

    public synchronized void remove(String input) {
        byInput.remove(input);
    }

    public synchronized List<ManifestEntry> entries() {
        return new ArrayList<>(byInput.values());
    }

    public synchronized void save(Path outDir, String toolVersion) throws IOException {
        Document d = new Document("juesuan", toolVersion, new ArrayList<>(byInput.values()));
        AtomicFiles.write(outDir.resolve(FILE), JsonReportWriter.toBytes(d));
    }
}
