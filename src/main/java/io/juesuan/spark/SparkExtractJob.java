package io.juesuan.spark;

import io.juesuan.output.CsvExporter;
import io.juesuan.output.ManifestEntry;
import io.juesuan.output.ToolVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
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
 * run through the same {@link io.juesuan.Pipeline} on an executor ({@link DocumentTask}), and
 * written as JSON documents ({@code json/<year>/<unit>~<sha8>.json}), Parquet exports partitioned by
 * year ({@code cells, projects, indicators, checks, reports}) and a Parquet {@code manifest}.
 *
 * <pre>spark-submit --class io.juesuan.spark.SparkExtractJob juesuan.jar INPUT OUTPUT [--incremental]</pre>
 *
 * {@code --incremental} skips inputs whose sha256 and tool version already succeeded in OUTPUT's
 * manifest; their earlier rows stay, the new ones are appended.
 */
public final class SparkExtractJob {
    static final List<String> EXPORTS = List.of("reports", "cells", "projects", "indicators", "checks");
    static final String UNCHANGED = "unchanged";

    private SparkExtractJob() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SparkExtractJob INPUT OUTPUT [--incremental]");
            System.exit(2);
        }
        boolean incremental = List.of(args).contains("--incremental");
        try (SparkSession spark = SparkSession.builder().appName("juesuan extract").getOrCreate()) {
            run(spark, args[0], args[1], incremental);
        }
    }

    /** Runs the job; returns how many inputs it saw. */
    public static long run(SparkSession spark, String input, String output, boolean incremental) throws IOException {
        String version = ToolVersion.get();
        String out = output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
        Set<String> done = incremental ? succeeded(spark, out + "/manifest") : Set.of();
        Broadcast<Set<String>> skip = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(done);

        Dataset<Row> files = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "*.{pdf,PDF,txt,TXT,md,MD}")
                .load(input).select("path", "content");
        JavaRDD<DocumentResult> results = files.javaRDD().map(r -> {
            String path = r.getString(0);
            byte[] content = r.getAs(1);
            String sha = io.juesuan.Pipeline.sha256(content);
            if (skip.value().contains(sha + "|" + version)) {
                return new DocumentResult(path, sha, UNCHANGED, null, null, null, null, 0, version, null, java.util.Map.of());
            }
            return DocumentTask.run(path, content, version);
        }).persist(StorageLevel.MEMORY_AND_DISK());

        String jsonDir = out + "/json";
        results.foreachPartition(it -> {
            FileSystem fs = FileSystem.get(URI.create(jsonDir), new Configuration());
            while (it.hasNext()) {
                DocumentResult d = it.next();
                if (d.json() != null) {
                    writeAtomically(fs, jsonDir + "/" + d.output(), d.json());
                }
            }
        });
        SaveMode mode = incremental ? SaveMode.Append : SaveMode.Overwrite;
        for (String export : EXPORTS) {
            List<String> columns = CsvExporter.columnsOf(export);
            boolean hasYear = columns.contains("year");
            List<StructField> fields = new ArrayList<>();
            columns.forEach(c -> fields.add(DataTypes.createStructField(c, DataTypes.StringType, true)));
            if (!hasYear) {
                fields.add(DataTypes.createStructField("year", DataTypes.StringType, true));
            }
            JavaRDD<Row> rows = results.flatMap(d -> {
                List<Row> list = new ArrayList<>();
                for (String[] cells : d.rows().getOrDefault(export, List.of())) {
                    Object[] values = new Object[fields.size()];
                    System.arraycopy(cells, 0, values, 0, cells.length);
                    if (!hasYear) {
                        values[cells.length] = d.year() == null ? null : String.valueOf(d.year());
                    }
                    list.add(RowFactory.create(values));
                }
                return list.iterator();
            });
            spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new)))
                    .write().mode(mode).partitionBy("year").parquet(out + "/" + export);
        }
        StructType manifest = new StructType(new StructField[] {
            DataTypes.createStructField("input", DataTypes.StringType, false),
            DataTypes.createStructField("sha256", DataTypes.StringType, false),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("reason", DataTypes.StringType, true),
            DataTypes.createStructField("output", DataTypes.StringType, true),
            DataTypes.createStructField("year", DataTypes.IntegerType, true),
            DataTypes.createStructField("pages", DataTypes.IntegerType, true),
            DataTypes.createStructField("millis", DataTypes.LongType, false),
            DataTypes.createStructField("version", DataTypes.StringType, false)});
        JavaRDD<Row> manifestRows = results.map(d -> RowFactory.create(d.input(), d.sha256(), d.status(), d.reason(), d.output(),
                d.year(), d.pages(), d.millis(), d.version()));
        // the manifest of this run: unchanged rows keep their sha256 + version, so the next incremental run skips them too
        Dataset<Row> m = spark.createDataFrame(manifestRows, manifest);
        m.write().mode(SaveMode.Overwrite).parquet(out + "/manifest");
        long n = results.count();
        results.unpersist();
        return n;
    }

    /** sha256|version of every input that succeeded before. */
    private static Set<String> succeeded(SparkSession spark, String manifest) {
        Set<String> out = new HashSet<>();
        try {
            for (Row r : spark.read().parquet(manifest).select("sha256", "version", "status").collectAsList()) {
                if (!ManifestEntry.FAILED.equals(r.getString(2))) {
                    out.add(r.getString(0) + "|" + r.getString(1));
                }
            }
        } catch (Exception e) {
            // no previous manifest: everything is new
        }
        return out;
    }

    private static void writeAtomically(FileSystem fs, String path, String json) throws IOException {
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(path);
        org.apache.hadoop.fs.Path tmp = new org.apache.hadoop.fs.Path(path + ".tmp-" + java.util.UUID.randomUUID());
        try (OutputStream o = fs.create(tmp, true)) {
            o.write(json.getBytes(StandardCharsets.UTF_8));
        }
        fs.delete(target, false);
        if (!fs.rename(tmp, target)) {
            throw new IOException("cannot rename " + tmp + " to " + target);
        }
    }
}
