package io.juesuan.spark;

import io.juesuan.output.OutputNames;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * The CLI's output names without one process seeing every report: only reports with the same
 * {@link OutputNames#base} can collide, so each group of them is settled on its own by the CLI's
 * {@link OutputNames} — names of the previous manifest reserved first, then the reports in input
 * order, as the CLI commits them. Only the rare reports that end up suffixed reach the driver.
 */
final class OutputNaming {
    /** A report of {@code input} wanting a name, or ({@code reserved}) the name an earlier run gave it. */
    record Claim(String input, String sha256, boolean reserved) implements Serializable {}

    private OutputNaming() {}

    /** input → name, for the inputs whose name is not their {@link DocumentResult#baseName()}. */
    static Map<String, String> collisions(JavaRDD<DocumentResult> results, Dataset<Row> previous) {
        JavaPairRDD<String, Claim> claims = results.filter(d -> d.json() != null)
                .mapToPair(d -> new Tuple2<>(d.baseName(), new Claim(d.input(), d.sha256(), false)));
        if (previous != null) {
            JavaPairRDD<String, Claim> reserved = previous.filter("output is not null").select("output", "sha256", "input")
                    .javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0), new Claim(r.getString(2), r.getString(1), true)));
            claims = claims.union(reserved);
        }
        return new java.util.HashMap<>(claims.groupByKey().flatMapToPair(g -> settle(g._1(), g._2()).iterator()).collectAsMap());
    }

    static List<Tuple2<String, String>> settle(String base, Iterable<Claim> group) {
        List<Claim> claims = new ArrayList<>();
        group.forEach(claims::add);
        List<Tuple2<String, String>> out = new ArrayList<>();
        if (claims.stream().map(Claim::sha256).distinct().count() < 2) {
            return out;
        }
        claims.sort(Comparator.comparing((Claim c) -> !c.reserved()).thenComparing(Claim::input));
        OutputNames names = new OutputNames();
        for (Claim c : claims) {
            if (c.reserved()) {
                names.reserve(base, c.sha256());
            } else {
                String name = names.assign(base, c.sha256());
                if (!name.equals(base)) {
                    out.add(new Tuple2<>(c.input(), name));
                }
            }
        }
        return out;
    }
}
