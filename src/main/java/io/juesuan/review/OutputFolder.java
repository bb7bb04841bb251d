package io.juesuan.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An extract output folder as written by {@code extract}: the report JSONs under {@code <year>/}, named by
 * {@code manifest.json} (which also records the input each came from and its status), plus failed inputs
 * that produced no report. JSONs not in the manifest (a folder copied without it) are found in the year
 * folders (and {@code unknown-year}). Entries are sorted by output path, so what is made from them is the same on every run.
 */
public final class OutputFolder {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One report (or failed input): {@code output} relative to the folder with {@code /}, null for a
     * failed input without one; {@code input} as recorded in the manifest, null when unknown.
     */
    public record Entry(String output, String input, String status, String reason, String format) {}

    private final Path dir;
    private final List<Entry> entries;

    private OutputFolder(Path dir, List<Entry> entries) {
        this.dir = dir;
        this.entries = entries;
    }

    public static OutputFolder open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder: " + dir);
        }
        Map<String, Entry> byOutput = new LinkedHashMap<>();
        List<Entry> failed = new ArrayList<>();
        Path manifest = dir.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            for (JsonNode e : JSON.readTree(manifest.toFile()).path("inputs")) {
                String output = e.hasNonNull("output") ? e.get("output").asText() : null;
                String status = e.path("status").asText("");
                Entry entry = new Entry(output, e.path("input").asText(null), status, e.path("reason").asText(null),
                        e.path("format").asText(null));
                if (output != null && !status.equals("failed") && Files.isRegularFile(dir.resolve(output))) {
                    byOutput.put(output, entry);
                } else if (status.equals("failed")) {
                    failed.add(new Entry(output != null && Files.isRegularFile(dir.resolve(output)) ? output : null,
                            entry.input(), status, entry.reason(), entry.format()));
                }
            }
        }
        try (Stream<Path> years = Files.list(dir)) {
            for (Path y : years.filter(p -> Files.isDirectory(p) && isReportFolder(p.getFileName().toString())).sorted().toList()) {
                try (Stream<Path> files = Files.list(y)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                        String rel = dir.relativize(f).toString().replace('\\', '/');
                        byOutput.putIfAbsent(rel, new Entry(rel, null, null, null, null));
                    }
                }
            }
        }
        List<Entry> all = new ArrayList<>(byOutput.values());
        all.sort(Comparator.comparing(Entry::output));
        failed.sort(Comparator.comparing((Entry e) -> String.valueOf(e.input())));
        all.addAll(failed);
        return new OutputFolder(dir, List.copyOf(all));
    }

    /** A folder of report JSONs: a year, or {@code unknown-year}; not what the tools write beside them. */
    static boolean isReportFolder(String name) {
        return !name.startsWith(".") && !List.of("review", "xlsx", "csv").contains(name);
    }

    public Path dir() {
        return dir;
    }

    /** Every entry: reports sorted by output path, then failed inputs sorted by input. */
    public List<Entry> entries() {
        return entries;
    }

    /** The reports only (entries with an output JSON that is not a failure). */
    public List<Entry> reports() {
        return entries.stream().filter(e -> e.output() != null && !"failed".equals(e.status())).toList();
    }

    public JsonNode read(Entry e) throws IOException {
        return JSON.readTree(dir.resolve(e.output()).toFile());
    }
}
