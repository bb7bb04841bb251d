package io.juesuan.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.regexp_replace;

import io.juesuan.Pipeline;
import io.juesuan.output.CsvExporter;
import io.juesuan.output.ManifestEntry;
import io.juesuan.output.OutputNames;
import io.juesuan.output.ToolVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The extraction as a Spark job: inputs read as binary files from any Hadoop path, each document
 * run through the same {@link Pipeline} on an executor ({@link DocumentTask}), and written as the
 * contract JSON ({@code json/<year>/<unit>.json}, the CLI's names), Parquet exports partitioned by
 * year ({@code reports, cells, projects, indicators, checks}, the CSV columns) and a Parquet
 * {@code manifest} (the columns of the CLI's manifest.json).
 *
 * <pre>spark-submit --class io.juesuan.spark.SparkExtractJob juesuan.jar INPUT OUTPUT [--incremental] [--timeout S]</pre>
 *
 * {@code --incremental} skips inputs whose sha256 and tool version already succeeded in OUTPUT's
 * manifest and keeps what it knew of inputs not seen this time; a document extracted again
 * replaces its earlier rows. Tables are written next to the old ones and swapped in at the end,
 * because Spark cannot overwrite a table it is still reading.
 */
public final class SparkExtractJob {
    static final List<String> EXPORTS = CsvExporter.exports();
    static final String USAGE = "usage: SparkExtractJob INPUT OUTPUT [--incremental] [--timeout SECONDS]";
    private static final StructType MANIFEST = new StructType(new StructField[] {
        DataTypes.createStructField("input", DataTypes.StringType, false),
        DataTypes.createStructField("sha256", DataTypes.StringType, true),
        DataTypes.createStructField("status", DataTypes.StringType, false),
        DataTypes.createStructField("reason", DataTypes.StringType, true),
        DataTypes.createStructField("output", DataTypes.StringType, true),
        DataTypes.createStructField("format", DataTypes.StringType, true),
        DataTypes.createStructField("pages", DataTypes.IntegerType, true),
        DataTypes.createStructField("warnings", DataTypes.IntegerType, true),
        DataTypes.createStructField("millis", DataTypes.LongType, true),
        DataTypes.createStructField("toolVersion", DataTypes.StringType, true)});

    /** @param version the tool version written and compared; {@link ToolVersion#get()} outside tests */
    public record Options(String input, String output, boolean incremental, Duration timeout, String version) {
        public Options(String input, String output, boolean incremental) {
            this(input, output, incremental, Duration.ofSeconds(120), ToolVersion.get());
        }
    }

    /** What a run did, by input. */
    public record Summary(long ok, long withWarnings, long failed, long unchanged) {
        public long total() {
            return ok + withWarnings + failed + unchanged;
        }

        @Override
        public String toString() {
            return String.format("%d inputs: %d ok, %d ok with warnings, %d failed, %d unchanged (skipped)", total(), ok,
                    withWarnings, failed, unchanged);
        }
    }

    private SparkExtractJob() {}

    public static void main(String[] args) throws IOException {
        Options opts = parse(args);
        try (SparkSession spark = SparkSession.builder().appName("juesuan extract").getOrCreate()) {
            System.err.println(run(spark, opts));
        }
    }

    static Options parse(String[] args) {
        List<String> positional = new ArrayList<>();
        boolean incremental = false;
        Duration timeout = Duration.ofSeconds(120);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--incremental" -> incremental = true;
                case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(args[++i]));
                default -> positional.add(args[i]);
            }
        }
        if (positional.size() != 2) {
            System.err.println(USAGE);
            System.exit(2);
        }
        return new Options(positional.get(0), positional.get(1), incremental, timeout, ToolVersion.get());
    }

    public static Summary run(SparkSession spark, Options opts) throws IOException {
        String version = opts.version();
        String out = opts.output().replaceAll("/+$", "");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        FileSystem fs = new Path(out).getFileSystem(hadoop);
        Dataset<Row> previous = opts.incremental() && fs.exists(new Path(out, "manifest"))
                ? spark.read().parquet(out + "/manifest") : null;
        Broadcast<Set<String>> done = jsc.broadcast(previous == null ? Set.of() : succeeded(previous));
        Duration budget = opts.timeout();

        Dataset<Row> files = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "*.{pdf,PDF,txt,TXT,md,MD}")
                .load(opts.input()).select("path", "content");
        JavaRDD<DocumentResult> results = files.javaRDD().map(r -> {
            String input = displayPath(r.getString(0));
            byte[] content = r.getAs(1);
            String sha = Pipeline.sha256(content);
            return done.value().contains(sha + "|" + version) ? DocumentResult.unchanged(input, sha, version)
                    : DocumentTask.run(input, content, sha, version, budget);
        }).persist(StorageLevel.MEMORY_AND_DISK());

        Broadcast<Map<String, OutputNaming.Assignment>> exceptions = jsc.broadcast(OutputNaming.exceptions(results, previous));
        Broadcast<Map<String, String>> conf = jsc.broadcast(settings(hadoop));
        String jsonDir = out + "/json";
        JavaRDD<DocumentResult> written = results.mapPartitions(it -> {
            List<DocumentResult> list = new ArrayList<>();
            // an own instance: no .crc beside each document on a local disk (the JSON is the contract's
            // file, as the CLI writes it) without changing the cached one Spark writes Parquet with
            try (FileSystem target = FileSystem.newInstance(new Path(jsonDir).toUri(), configuration(conf.value()))) {
                target.setWriteChecksum(false);
                while (it.hasNext()) {
                    DocumentResult d = it.next();
                    if (d.json() != null) {
                        OutputNaming.Assignment a = exceptions.value().get(d.input());
                        String name = a == null ? d.baseName() : a.name();
                        if (a == null || a.writes()) {
                            byte[] json = d.json().getBytes(StandardCharsets.UTF_8);
                            writeAtomically(target, new Path(jsonDir + "/" + name), json);
                            d = d.named(name, CsvExporter.rowsOf(OutputNames.reportId(name), json));
                        } else {
                            d = d.named(name, Map.of());
                        }
                    }
                    list.add(d);
                }
            }
            return list.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        Map<String, Long> counts = written.map(d -> d.skipped() ? "unchanged" : d.status().json()).countByValue();
        results.unpersist();

        Dataset<Row> fresh = spark.createDataFrame(written.filter(d -> !d.skipped()).map(SparkExtractJob::manifestRow), MANIFEST);
        Dataset<Row> manifest = fresh;
        Dataset<Row> keptIds = null;
        if (previous != null) {
            StructType seenSchema = new StructType(new StructField[] {
                DataTypes.createStructField("seen_input", DataTypes.StringType, false),
                DataTypes.createStructField("seen_sha256", DataTypes.StringType, true),
                DataTypes.createStructField("seen_skipped", DataTypes.BooleanType, false)});
            Dataset<Row> seen = spark.createDataFrame(
                    written.map(d -> RowFactory.create(d.input(), d.sha256(), d.skipped())), seenSchema);
            Column succeeded = col("status").notEqual(ManifestEntry.Status.FAILED.json()).and(col("output").isNotNull());
            // a skipped input takes the row of the report it duplicates, under its own path
            Dataset<Row> before = previous.filter(succeeded.and(col("toolVersion").equalTo(version)))
                    .dropDuplicates("sha256", "toolVersion");
            Dataset<Row> unchanged = seen.filter(col("seen_skipped"))
                    .join(before, col("seen_sha256").equalTo(col("sha256")))
                    .withColumn("input", col("seen_input")).select(manifestColumns());
            Dataset<Row> notSeen = previous.join(seen, col("input").equalTo(col("seen_input")), "left_anti");
            Dataset<Row> carried = unchanged.unionByName(notSeen);
            // a failure keeps the name its input had, as in the CLI, so the name stays reserved for it
            Dataset<Row> earlierNames = previous.select(col("input").as("earlier_input"), col("output").as("earlier_output"));
            Dataset<Row> failedAgain = fresh.filter(col("status").equalTo(ManifestEntry.Status.FAILED.json()))
                    .join(earlierNames, col("input").equalTo(col("earlier_input")), "left")
                    .withColumn("output", col("earlier_output")).select(manifestColumns());
            manifest = fresh.filter(col("status").notEqual(ManifestEntry.Status.FAILED.json())).unionByName(failedAgain).unionByName(carried);
            // one id per carried report: small, so it is computed once and shipped to every export's join
            // (left lazy, the join chain above ran again for each of the five exports)
            List<Row> kept = carried.filter(succeeded).select(regexp_replace(col("output"), "\\.json$", "").as("kept_id"))
                    .except(fresh.filter(col("output").isNotNull())
                            .select(regexp_replace(col("output"), "\\.json$", "").as("kept_id")))
                    .collectAsList();
            keptIds = broadcast(spark.createDataFrame(kept, new StructType(new StructField[] {
                DataTypes.createStructField("kept_id", DataTypes.StringType, true)})));
            // the manifest is written after the exports, from the same joins: computed once too
            manifest = manifest.persist(StorageLevel.MEMORY_AND_DISK());
        }

        List<String> staged = new ArrayList<>();
        for (String export : EXPORTS) {
            StructType schema = exportSchema(export);
            JavaRDD<Row> rows = written.flatMap(d -> exportRows(d, export, schema.size()).iterator());
            Dataset<Row> table = spark.createDataFrame(rows, schema);
            if (keptIds != null && fs.exists(new Path(out, export))) {
                // partition discovery reads year back as a number: the columns stay strings
                Dataset<Row> old = spark.read().schema(schema).parquet(out + "/" + export).select(java.util.Arrays.stream(schema.fieldNames())
                        .map(c -> col(c).cast("string").as(c)).toArray(Column[]::new));
                table = old.join(keptIds, old.col("report_id").equalTo(keptIds.col("kept_id")), "left_semi").unionByName(table);
            }
            table.write().mode(SaveMode.Overwrite).partitionBy("year").parquet(out + "/" + export + ".next");
            staged.add(export);
        }
        manifest.write().mode(SaveMode.Overwrite).parquet(out + "/manifest.next");
        staged.add("manifest");
        written.unpersist();
        manifest.unpersist();
        for (String table : staged) {
            swap(fs, new Path(out, table + ".next"), new Path(out, table));
        }
        // withWarnings: every extracted report that is not plain ok (ok-with-warnings, ok-with-failed-checks)
        return new Summary(counts.getOrDefault(ManifestEntry.Status.OK.json(), 0L), counts.getOrDefault(ManifestEntry.Status.OK_WITH_WARNINGS.json(), 0L)
                + counts.getOrDefault(ManifestEntry.Status.OK_WITH_FAILED_CHECKS.json(), 0L),
                counts.getOrDefault(ManifestEntry.Status.FAILED.json(), 0L), counts.getOrDefault("unchanged", 0L));
    }

    /** sha256|version of every input that succeeded before: small enough to ship to each executor. */
    private static Set<String> succeeded(Dataset<Row> previous) {
        Set<String> out = new HashSet<>();
        for (Row r : previous.filter(col("status").notEqual(ManifestEntry.Status.FAILED.json()).and(col("output").isNotNull()))
                .select("sha256", "toolVersion").distinct().collectAsList()) {
            out.add(r.getString(0) + "|" + r.getString(1));
        }
        return out;
    }

    /** The path the CLI would print for a local file (no {@code file:} scheme); other schemes as given. */
    static String displayPath(String sparkPath) {
        if (sparkPath.startsWith("file:")) {
            return "/" + sparkPath.substring("file:".length()).replaceFirst("^/+", "");
        }
        return sparkPath;
    }

    private static Row manifestRow(DocumentResult d) {
        return RowFactory.create(d.input(), d.sha256(), d.status() == null ? null : d.status().json(), d.reason(), d.output(), d.format(), d.pages(), d.warnings(),
                d.millis(), d.version());
    }

    private static Column[] manifestColumns() {
        return java.util.Arrays.stream(MANIFEST.fieldNames()).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    }

    /** The CSV columns as strings, plus {@code year} for the partitioning where the CSV has none. */
    static StructType exportSchema(String export) {
        List<StructField> fields = new ArrayList<>();
        for (String c : CsvExporter.columnsOf(export)) {
            fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
        }
        if (!CsvExporter.columnsOf(export).contains("year")) {
            fields.add(DataTypes.createStructField("year", DataTypes.StringType, true));
        }
        return new StructType(fields.toArray(StructField[]::new));
    }

    private static List<Row> exportRows(DocumentResult d, String export, int width) {
        List<Row> list = new ArrayList<>();
        for (String[] cells : d.rows().getOrDefault(export, List.of())) {
            Object[] values = new Object[width];
            System.arraycopy(cells, 0, values, 0, cells.length);
            if (cells.length < width) {
                values[cells.length] = d.year() == null ? null : String.valueOf(d.year());
            }
            list.add(RowFactory.create(values));
        }
        return list;
    }

    private static Map<String, String> settings(Configuration conf) {
        Map<String, String> out = new HashMap<>();
        conf.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    // executors build a bare Configuration, which would miss spark.hadoop.* settings such as S3 credentials
    private static Configuration configuration(Map<String, String> settings) {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }

    private static void writeAtomically(FileSystem fs, Path target, byte[] bytes) throws IOException {
        Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp-" + java.util.UUID.randomUUID());
        try (OutputStream o = fs.create(tmp, true)) {
            o.write(bytes);
        }
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            // a speculative or retried attempt of the same task got there first: same name, same report
            if (fs.exists(target)) {
                fs.delete(tmp, false);
                return;
            }
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
    }

    private static void swap(FileSystem fs, Path next, Path target) throws IOException {
        fs.delete(target, true);
        if (!fs.rename(next, target)) {
            throw new IOException("cannot rename " + next + " to " + target);
        }
    }
}
