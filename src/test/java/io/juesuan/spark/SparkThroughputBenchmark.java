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
 * {@code mvn -B -q test -Dtest=SparkThroughputBenchmark -Djuesuan.bench.files=100}.
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
        Path warmBatch = batch(tmp.resolve("warm"), pdfs, 8);

        SparkSession spark = SparkSession.builder().master("local[2]").appName("juesuan-bench")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        try {
            // JIT, fonts and the Spark context warm before anything is timed
            cli(warmBatch, tmp.resolve("cli-warm"));
            SparkExtractJob.run(spark, new SparkExtractJob.Options(warmBatch.toString(), tmp.resolve("spark-warm").toString(), false));

            long t0 = System.nanoTime();
            cli(batch, tmp.resolve("cli"));
            double cliSeconds = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            SparkExtractJob.Summary s = SparkExtractJob.run(spark,
                    new SparkExtractJob.Options(batch.toString(), tmp.resolve("spark").toString(), false));
            double sparkSeconds = (System.nanoTime() - t0) / 1e9;

            assertEquals(files, s.total());
            List<ManifestEntry> entries = Manifest.load(tmp.resolve("cli")).entries();
            long pages = entries.stream().filter(e -> e.pages() != null).mapToLong(ManifestEntry::pages).sum();
            long failed = entries.stream().filter(e -> !e.succeeded()).count();
            System.out.printf("%nbatch: %d PDFs, %d pages (corpus PDFs repeated), %d failed (CLI) / %d failed (Spark); %d cores%n",
                    files, pages, failed, s.failed(), Runtime.getRuntime().availableProcessors());
            System.out.println("| driver | seconds | files/s | pages/s |");
            System.out.println("|---|---|---|---|");
            System.out.printf("| CLI extract --jobs 2 (in-process, warm, with CSV) | %.1f | %.1f | %.0f |%n", cliSeconds,
                    files / cliSeconds, pages / cliSeconds);
            System.out.printf("| Spark local[2] (warm, with Parquet) | %.1f | %.1f | %.0f |%n", sparkSeconds, files / sparkSeconds,
                    pages / sparkSeconds);
        } finally {
            spark.stop();
        }
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

    private static void cli(Path in, Path out) {
        Main.run(new String[] {"extract", "--quiet", "--jobs", "2", "--out", out.toString(), in.toString()});
    }
}
