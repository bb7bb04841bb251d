package io.juesuan.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.juesuan.cli.Main;
import io.juesuan.output.Manifest;
import io.juesuan.output.ManifestEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput of the Spark job in local[2] against the CLI with {@code --jobs 2} on the same batch
 * (the corpus PDFs repeated), both in one warmed-up JVM and both writing JSON plus the exports.
 * Not part of {@code mvn test} (the name is no *Test); run it with
 * {@code mvn -B -q test -Dtest=SparkThroughputBenchmark -Djuesuan.bench.files=100}
 * ({@code -Djuesuan.bench.maxPartitionBytes=8m} tries smaller Spark tasks).
 */
class SparkThroughputBenchmark {
    @Test
    void sparkLocal2AgainstCliJobs2(@TempDir Path tmp) throws Exception {
        int files = Integer.getInteger("juesuan.bench.files", 100);
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(Path.of("corpus"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        Path batch = batch(tmp.resolve("batch"), pdfs, files);

        SparkSession spark = SparkSession.builder().master("local[2]").appName("juesuan-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.files.maxPartitionBytes", System.getProperty("juesuan.bench.maxPartitionBytes", "128m"))
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        try {
            // a full untimed pass of each first: the JIT warms PDFBox over many pages, and whichever
            // driver ran second would otherwise get the first one's warm-up for free
            cli(batch, tmp.resolve("cli-warm"));
            spark(spark, batch, tmp.resolve("spark-warm"));
            double[] cliSeconds = new double[2];
            double[] sparkSeconds = new double[2];
            SparkExtractJob.Summary s = null;
            for (int round = 0; round < 2; round++) {
                // alternate the order so neither driver always runs on a heap the other left behind
                if (round == 0) {
                    cliSeconds[round] = cli(batch, tmp.resolve("cli-" + round));
                }
                long t0 = System.nanoTime();
                s = spark(spark, batch, tmp.resolve("spark-" + round));
                sparkSeconds[round] = (System.nanoTime() - t0) / 1e9;
                if (round == 1) {
                    cliSeconds[round] = cli(batch, tmp.resolve("cli-" + round));
                }
            }

            assertEquals(files, s.total());
            List<ManifestEntry> entries = Manifest.load(tmp.resolve("cli-0")).entries();
            long pages = entries.stream().filter(e -> e.pages() != null).mapToLong(ManifestEntry::pages).sum();
            long failed = entries.stream().filter(e -> !e.succeeded()).count();
            System.out.printf("%nbatch: %d PDFs, %d pages (corpus PDFs, each copy made unique), %d failed (CLI) / %d failed (Spark);"
                    + " %d cores, one JVM, both warm%n", files, pages, failed, s.failed(), Runtime.getRuntime().availableProcessors());
            System.out.println("| driver | round | seconds | files/s | pages/s |");
            System.out.println("|---|---|---|---|---|");
            for (int round = 0; round < 2; round++) {
                System.out.printf("| CLI extract --jobs 2 (JSON + CSV) | %d | %.1f | %.1f | %.0f |%n", round + 1, cliSeconds[round],
                        files / cliSeconds[round], pages / cliSeconds[round]);
                System.out.printf("| Spark local[2] (JSON + Parquet) | %d | %.1f | %.1f | %.0f |%n", round + 1, sparkSeconds[round],
                        files / sparkSeconds[round], pages / sparkSeconds[round]);
            }
        } finally {
            spark.stop();
        }
    }

    private static SparkExtractJob.Summary spark(SparkSession spark, Path in, Path out) throws Exception {
        return SparkExtractJob.run(spark, new SparkExtractJob.Options(in.toString(), out.toString(), false));
    }

    private static Path batch(Path dir, List<Path> pdfs, int n) throws Exception {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            Path p = pdfs.get(i % pdfs.size());
            // a comment after %%EOF makes each copy its own report (own sha256, own suffixed name), as in a real backfill
            byte[] bytes = Files.readAllBytes(p);
            byte[] tail = ("\n%juesuan-bench " + i + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] copy = java.util.Arrays.copyOf(bytes, bytes.length + tail.length);
            System.arraycopy(tail, 0, copy, bytes.length, tail.length);
            Files.write(dir.resolve(String.format("%05d-%s", i, p.getFileName())), copy);
        }
        return dir;
    }

    /** Seconds the CLI's extract takes, in this JVM. */
    private static double cli(Path in, Path out) {
        long t0 = System.nanoTime();
        Main.run(new String[] {"extract", "--quiet", "--jobs", "2", "--out", out.toString(), in.toString()});
        return (System.nanoTime() - t0) / 1e9;
    }
}
