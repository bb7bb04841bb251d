package io.juesuan.cli;

import io.juesuan.Pipeline;
import io.juesuan.ingest.IngestException;
import io.juesuan.model.Report;
import io.juesuan.output.JsonReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** {@code java -jar juesuan.jar extract [--out DIR] INPUT...} (minimal driver; batch features: issue 5). */
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        if (args.length > 0 && args[0].equals("bench")) {
            try {
                return new Benchmark(System.out).run(java.util.Arrays.copyOfRange(args, 1, args.length));
            } catch (Exception e) {
                System.err.println("bench failed: " + e);
                return 1;
            }
        }
        if (args.length == 0 || !args[0].equals("extract")) {
            System.err.println("usage: juesuan extract [--out DIR] INPUT...");
            return 2;
        }
        Path out = Path.of("extracted");
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                out = Path.of(args[++i]);
            } else if (args[i].startsWith("--")) {
                System.err.println("unknown option " + args[i]);
                return 2;
            } else {
                inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: juesuan extract [--out DIR] INPUT...");
            return 2;
        }
        Pipeline pipeline = new Pipeline();
        int failed = 0;
        for (Path f : expand(inputs)) {
            try {
                Report r = pipeline.extract(f, f.toString().replace('\\', '/'));
                Path target = out.resolve(String.valueOf(r.report().year())).resolve(r.report().unit() + ".json");
                Files.createDirectories(target.getParent());
                Files.write(target, JsonReportWriter.toBytes(r));
                System.err.println("ok      " + f + " -> " + target);
            } catch (IngestException | IOException | RuntimeException e) {
                failed++;
                System.err.println("failed  " + f + ": " + e.getMessage());
            }
        }
        return failed == 0 ? 0 : 1;
    }

    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(Main::isInput).sorted().forEach(files::add);
                } catch (IOException e) {
                    System.err.println("cannot list " + p + ": " + e.getMessage());
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    static boolean isInput(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") || n.endsWith(".txt") || n.endsWith(".md");
    }
}
