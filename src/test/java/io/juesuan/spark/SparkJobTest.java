package io.juesuan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import io.juesuan.cli.Main;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] over the corpus plus a truncated PDF: its Parquet cells equal the CLI's
 * CSV cells for the same inputs, the bad input is a failed manifest row, and an incremental rerun
 * skips everything.
 */
class SparkJobTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("juesuan-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sparkCellsEqualTheCliCellsAndABadFileIsAFailedRow(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            for (Path p : s.filter(p -> p.toString().matches(".*\\.(pdf|txt)$")).toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        byte[] pdf = Files.readAllBytes(Path.of("corpus/2023-yantai-ybj-final.pdf"));
        Files.write(in.resolve("truncated.pdf"), java.util.Arrays.copyOf(pdf, 4000));

        Path cli = tmp.resolve("cli");
        Main.run(new String[] {"extract", "--quiet", "--out", cli.toString(), "--jobs", "2", in.toString()});
        Path out = tmp.resolve("spark");
        assertEquals(9, SparkExtractJob.run(spark, in.toString(), out.toString(), false));

        List<String> cliCells = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(cli.resolve("csv/cells.csv"), StandardCharsets.UTF_8);
                CSVReader csv = new CSVReader(r)) {
            csv.readNext();
            for (String[] row : csv) {
                cliCells.add(comparable(row[1], List.of(row).subList(2, row.length)));
            }
        }
        List<String> sparkCells = new ArrayList<>();
        List<String> cols = io.juesuan.output.CsvExporter.columnsOf("cells");
        for (Row r : spark.read().parquet(out.resolve("cells").toString()).selectExpr(cols.toArray(String[]::new)).collectAsList()) {
            List<String> rest = new ArrayList<>();
            for (int i = 2; i < cols.size(); i++) {
                rest.add(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
            }
            sparkCells.add(comparable(r.getString(1), rest));
        }
        cliCells.sort(null);
        sparkCells.sort(null);
        assertTrue(cliCells.size() > 3000, "cells: " + cliCells.size());
        assertEquals(cliCells, sparkCells);

        List<Row> failed = spark.read().parquet(out.resolve("manifest").toString()).filter("status = 'failed'").collectAsList();
        assertEquals(1, failed.size());
        assertTrue(failed.get(0).getString(0).endsWith("truncated.pdf"));
        assertTrue(failed.get(0).getString(3).startsWith("not a readable PDF"), failed.get(0).getString(3));
        try (Stream<Path> s = Files.walk(out.resolve("json"))) {
            assertEquals(8, s.filter(p -> p.toString().endsWith(".json")).count());
        }

        SparkExtractJob.run(spark, in.toString(), out.toString(), true);
        List<Row> manifest = spark.read().parquet(out.resolve("manifest").toString()).collectAsList();
        assertEquals(8, manifest.stream().filter(r -> r.getString(2).equals(SparkExtractJob.UNCHANGED)).count());
        assertEquals(1, manifest.stream().filter(r -> r.getString(2).equals("failed")).count());
        assertEquals(cliCells.size(), spark.read().parquet(out.resolve("cells").toString()).count());
    }

    /** A cell without the driver-specific report id and path: the file's name and every other column. */
    private static String comparable(String sourceFile, List<String> rest) {
        return sourceFile.substring(sourceFile.lastIndexOf('/') + 1) + "|" + String.join("|", rest);
    }
}
