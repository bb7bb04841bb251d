package io.juesuan.spark;

import io.juesuan.output.OutputNames;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * order, as the CLI commits them. Only the rare reports that are suffixed or share their name
 * with a copy reach the driver.
 */
final class OutputNaming {
    /** A report of {@code input} wanting a name, or ({@code reserved}) the name an earlier run gave it. */
    record Claim(String input, String sha256, boolean reserved) implements Serializable {}

    /**
     * A report's name when it is not its base name, or when copies of it (same content, other
     * paths) share the name: then, as in the CLI where the last committed file stays, only the
     * last input in order {@code writes} the JSON and the export rows.
     */
    record Assignment(String name, boolean writes) implements Serializable {}

    private OutputNaming() {}

    /** input → assignment, for the inputs that do not simply get their {@link DocumentResult#baseName()}. */
    static Map<String, Assignment> exceptions(JavaRDD<DocumentResult> results, Dataset<Row> previous) {
        JavaPairRDD<String, Claim> claims = results.filter(d -> d.json() != null)
                .mapToPair(d -> new Tuple2<>(d.baseName(), new Claim(d.input(), d.sha256(), false)));
        if (previous != null) {
            JavaPairRDD<String, Claim> reserved = previous.filter("output is not null").select("output", "sha256", "input")
                    .javaRDD().mapToPair(r -> new Tuple2<>(r.getString(0), new Claim(r.getString(2), r.getString(1), true)));
            claims = claims.union(reserved);
        }
        return new HashMap<>(claims.groupByKey().flatMapToPair(g -> settle(g._1(), g._2()).iterator()).collectAsMap());
    }

    static List<Tuple2<String, Assignment>> settle(String base, Iterable<Claim> group) {
        List<Claim> claims = new ArrayList<>();
        group.forEach(claims::add);
        List<Tuple2<String, Assignment>> out = new ArrayList<>();
        if (claims.stream().filter(c -> !c.reserved()).count() < 2 && claims.stream().map(Claim::sha256).distinct().count() < 2) {
            return out;
        }
        claims.sort(Comparator.comparing((Claim c) -> !c.reserved()).thenComparing(Claim::input));
        OutputNames names = new OutputNames();
        Map<String, String> nameByInput = new LinkedHashMap<>();
        Map<String, String> lastInputByName = new HashMap<>();
        for (Claim c : claims) {
            if (c.reserved()) {
                names.reserve(base, c.sha256());
            } else {
                String name = names.assign(base, c.sha256());
                nameByInput.put(c.input(), name);
                lastInputByName.put(name, c.input());
            }
        }
        nameByInput.forEach((input, name) -> {
            boolean writes = lastInputByName.get(name).equals(input);
            if (!name.equals(base) || !writes) {
                out.add(new Tuple2<>(input, new Assignment(name, writes)));
            }
        });
        return out;
    }
}
