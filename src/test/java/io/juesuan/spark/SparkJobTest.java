package io.juesuan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import io.juesuan.cli.Main;
import io.juesuan.output.CsvExporter;
import io.juesuan.output.Manifest;
import io.juesuan.output.ManifestEntry;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] over the corpus plus a truncated PDF against the CLI on the same
 * inputs: every export row, the JSON documents and the manifest rows are the same; the bad input
 * is a failed row; incremental reruns skip what is done and never duplicate rows.
 */
class SparkJobTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        // a handful of rows per query: adaptive re-planning and whole-stage code generation cost more than they save
        spark = SparkSession.builder().master("local[2]").appName("juesuan-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.adaptive.enabled", "false").config("spark.sql.codegen.wholeStage", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sparkGivesTheCliResultsAndABadFileIsAFailedRow(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            for (Path p : s.filter(p -> p.toString().matches(".*\\.(pdf|txt)$")).toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        byte[] pdf = Files.readAllBytes(Path.of("corpus/2023-yantai-ybj-final.pdf"));
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(pdf, 4000));
        // the same report twice under two paths: one name, and the copy last in order is the one kept
        Files.createDirectories(in.resolve("copy"));
        Files.copy(Path.of("corpus/2023-yantai-ybj-final.txt"), in.resolve("copy/2023-yantai-ybj-final.txt"));

        Path cli = tmp.resolve("cli");
        Path out = tmp.resolve("spark");
        // the CLI and the first Spark run read the same inputs into separate folders: side by side, so the
        // Spark job's scheduling and Parquet writing overlap the CLI's parsing
        CompletableFuture<Integer> cliRun = CompletableFuture.supplyAsync(
                () -> Main.run(new String[] {"extract", "--quiet", "--out", cli.toString(), "--jobs", "2", in.toString()}));
        SparkExtractJob.Summary first = SparkExtractJob.run(spark, new SparkExtractJob.Options(in.toString(), out.toString(), false));
        cliRun.join();
        Map<String, ManifestEntry> cliManifest = new TreeMap<>();
        Manifest.load(cli).entries().forEach(e -> cliManifest.put(e.input(), e));
        long cliSucceeded = cliManifest.values().stream().filter(ManifestEntry::succeeded).count();
        assertEquals(11, cliManifest.size());
        assertTrue(cliSucceeded >= 8, "the seven final-account inputs (t3.pdf too) and the copy extract: " + cliSucceeded);

        assertEquals(11, first.total());
        assertEquals(0, first.unchanged());
        assertEquals(cliSucceeded, first.ok() + first.withWarnings());

        List<String> cliCells = cliRows(cli, "cells");
        assertTrue(cliCells.size() > 3000, "cells: " + cliCells.size());
        assertTrue(cliCells.get(0).contains(in.toString()), "source_file is the path the CLI prints: " + cliCells.get(0));
        for (String export : SparkExtractJob.EXPORTS) {
            assertEquals(cliRows(cli, export), sparkRows(out, export), export);
        }

        Map<String, Row> manifest = sparkManifest(out);
        assertEquals(cliManifest.keySet(), manifest.keySet());
        for (ManifestEntry e : cliManifest.values()) {
            Row r = manifest.get(e.input());
            assertEquals(e.sha256(), r.getAs("sha256"), e.input());
            assertEquals(e.status().json(), r.getAs("status"), e.input());
            assertEquals(e.reason(), r.getAs("reason"), e.input());
            if (e.succeeded()) {
                // the same names (colliding final.pdf/final.txt included) and byte-identical JSON
                assertEquals(e.output(), r.getAs("output"), e.input());
                assertEquals(e.pages(), r.<Integer>getAs("pages"), e.input());
                assertEquals(Files.readString(cli.resolve(e.output())), Files.readString(out.resolve("json").resolve(e.output())));
            }
        }
        String copy = in.resolve("copy/2023-yantai-ybj-final.txt").toString();
        assertEquals(manifest.get(in.resolve("2023-yantai-ybj-final.txt").toString()).<String>getAs("output"),
                manifest.get(copy).<String>getAs("output"));
        assertTrue(Files.readString(out.resolve("json").resolve(manifest.get(copy).<String>getAs("output"))).contains(copy));
        Row bad = manifest.get(in.resolve("truncated.pdf").toString());
        assertNotNull(bad);
        assertEquals(ManifestEntry.Status.FAILED.json(), bad.getAs("status"));
        assertTrue(bad.<String>getAs("reason").startsWith("not a readable PDF"), bad.<String>getAs("reason"));
        assertTrue(manifest.values().stream().filter(r -> r.getAs("output") != null).map(r -> r.<String>getAs("output"))
                .anyMatch(o -> o.matches("2023/.*~[0-9a-f]{8}\\.json")), "the second 2023 yantai report is suffixed");

        // same inputs, same version: nothing is parsed again but the failure; the tables stay as they were
        SparkExtractJob.Summary again = SparkExtractJob.run(spark, new SparkExtractJob.Options(in.toString(), out.toString(), true));
        assertEquals(cliSucceeded, again.unchanged());
        assertEquals(11 - cliSucceeded, again.failed());
        assertEquals(cliCells, sparkRows(out, "cells"));
        Map<String, Row> rerun = sparkManifest(out);
        assertEquals(manifest.keySet(), rerun.keySet());
        manifest.forEach((input, r) -> assertEquals(r.<String>getAs("output"), rerun.get(input).<String>getAs("output"), input));

        // a run over part of the folder keeps what it knew of the rest
        SparkExtractJob.Summary part = SparkExtractJob.run(spark,
                new SparkExtractJob.Options(in.resolve("copy").toString(), out.toString(), true));
        assertEquals(1, part.total());
        assertEquals(1, part.unchanged());
        assertEquals(cliCells, sparkRows(out, "cells"));
        assertEquals(manifest.keySet(), sparkManifest(out).keySet());

        // a new tool version redoes what it is given and replaces those rows instead of adding to them (over the
        // copy only: one report is enough to see a replacement, and a second pass over every PDF would double the test)
        SparkExtractJob.Summary redo = SparkExtractJob.run(spark,
                new SparkExtractJob.Options(in.resolve("copy").toString(), out.toString(), true, Duration.ofSeconds(120), "next-version"));
        assertEquals(0, redo.unchanged());
        assertEquals(1, redo.total());
        assertEquals(cliCells, sparkRows(out, "cells"));
        Map<String, Row> redone = sparkManifest(out);
        assertEquals(manifest.keySet(), redone.keySet());
        assertEquals("next-version", redone.get(copy).<String>getAs("toolVersion"));
        assertEquals(1, redone.values().stream().filter(r -> "next-version".equals(r.getAs("toolVersion"))).count());
    }

    @Test
    void aDocumentPastItsTimeBudgetIsAFailedResult() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("corpus/2023-yantai-ybj-final.pdf"));
        DocumentResult r = DocumentTask.run("/x/2023-yantai-ybj-final.pdf", pdf, "0".repeat(64), "v", Duration.ofMillis(1));
        assertEquals(ManifestEntry.Status.FAILED, r.status());
        assertEquals("timed out after 0 s", r.reason());
    }

    @Test
    void onlyReportsSharingANameAreSettledAndEarlierNamesHold() {
        OutputNaming.Claim b = new OutputNaming.Claim("/in/b.pdf", "bbbbbbbb" + "0".repeat(56), false);
        OutputNaming.Claim a = new OutputNaming.Claim("/in/a.txt", "aaaaaaaa" + "0".repeat(56), false);
        OutputNaming.Claim old = new OutputNaming.Claim("/old/c.pdf", "cccccccc" + "0".repeat(56), true);
        OutputNaming.Claim copyOfB = new OutputNaming.Claim("/in/copy/b.pdf", b.sha256(), false);
        String base = "2023/单位.json";
        assertEquals(List.of(), OutputNaming.settle(base, List.of(b)));
        assertEquals("[(/in/b.pdf,Assignment[name=2023/单位~bbbbbbbb.json, writes=true])]",
                OutputNaming.settle(base, List.of(b, a)).toString());
        assertEquals("[(/in/a.txt,Assignment[name=2023/单位~aaaaaaaa.json, writes=true]), "
                + "(/in/b.pdf,Assignment[name=2023/单位~bbbbbbbb.json, writes=true])]",
                OutputNaming.settle(base, List.of(b, a, old)).toString());
        // copies share the name; the last in input order is the one written, as the CLI leaves it
        assertEquals("[(/in/b.pdf,Assignment[name=2023/单位.json, writes=false])]",
                OutputNaming.settle(base, List.of(copyOfB, b)).toString());
        assertEquals("/tmp/in/a.pdf", SparkExtractJob.displayPath("file:/tmp/in/a.pdf"));
        assertEquals("/tmp/in/a.pdf", SparkExtractJob.displayPath("file:///tmp/in/a.pdf"));
        assertEquals("hdfs://nn/in/a.pdf", SparkExtractJob.displayPath("hdfs://nn/in/a.pdf"));
    }

    /** The CLI's CSV rows, each as its columns joined, sorted. */
    private static List<String> cliRows(Path cli, String export) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(cli.resolve("csv/" + export + ".csv"), StandardCharsets.UTF_8);
                // RFC 4180 as written (CsvExporter escapes nothing but quotes): opencsv's default parser
                // would take the backslashes of a check's regex in its message for escapes and drop them
                CSVReader csv = new CSVReaderBuilder(r).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            assertEquals(CsvExporter.columnsOf(export), List.of(csv.readNext()));
            for (String[] row : csv) {
                rows.add(String.join("|", row));
            }
        }
        rows.sort(null);
        return rows;
    }

    /** The Parquet rows in the CSV's columns, nulls as the CSV's empty strings, sorted. */
    private static List<String> sparkRows(Path out, String export) {
        List<String> cols = CsvExporter.columnsOf(export);
        List<String> rows = new ArrayList<>();
        for (Row r : spark.read().schema(SparkExtractJob.exportSchema(export)).parquet(out.resolve(export).toString()).selectExpr(cols.toArray(String[]::new)).collectAsList()) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                values.add(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
            }
            rows.add(String.join("|", values));
        }
        rows.sort(null);
        return rows;
    }

    private static Map<String, Row> sparkManifest(Path out) {
        return spark.read().parquet(out.resolve("manifest").toString()).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.<String>getAs("input"), r -> r, (a, b) -> a, TreeMap::new));
    }
}
