package io.juesuan.cli;

import io.juesuan.Mappings;
import io.juesuan.Pipeline;
import io.juesuan.output.CsvExporter;
import io.juesuan.output.ToolVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The command line of the contract: {@code extract [options] INPUT...}, plus {@code bench}.
 * Exit codes: 0 every input succeeded, 1 some failed, 2 bad usage.
 */
public final class Main {
    static final String USAGE = String.join("\n",
            "usage: juesuan extract [--out DIR] [--jobs N] [--force] [--prune] [--timeout SECONDS]",
            "                       [--bom] [--no-csv] [--xlsx] [--mappings DIR] [--quiet] INPUT...",
            "       juesuan bench [--files N] [--rounds N] [--sizes 100,1000] [DIR]",
            "       juesuan review DIR [--sources FOLDER]...  |  juesuan xlsx DIR",
            "INPUT is a file or a folder searched recursively for .pdf, .txt and .md.");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        // [h18 hook 1/3] review / xlsx subcommands over an output folder (io.juesuan.review.ReviewCommand)
        if (args.length > 0 && (args[0].equals("review") || args[0].equals("xlsx"))) {
            return io.juesuan.review.ReviewCommand.run(args, System.out, System.err);
        }
        if (args.length > 0 && args[0].equals("bench")) {
            try {
                return new Benchmark(System.out).run(Arrays.copyOfRange(args, 1, args.length));
            } catch (Exception e) {
                System.err.println("bench failed: " + e);
                return 1;
            }
        }
        if (args.length == 0 || !args[0].equals("extract")) {
            System.err.println(USAGE);
            return 2;
        }
        Path out = Path.of("extracted");
        int jobs = Runtime.getRuntime().availableProcessors();
        boolean force = false;
        boolean prune = false;
        boolean quiet = false;
        boolean bom = false;
        boolean csv = true;
        boolean xlsx = false; // [h18 hook 2/3] extract --xlsx
        Duration timeout = Duration.ofSeconds(120);
        Path mappingsDir = null;
        List<Path> inputs = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = Path.of(args[++i]);
                    case "--jobs" -> jobs = Integer.parseInt(args[++i]);
                    case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(args[++i]));
                    case "--mappings" -> mappingsDir = Path.of(args[++i]);
                    case "--force" -> force = true;
                    case "--prune" -> prune = true;
                    case "--quiet" -> quiet = true;
                    case "--bom" -> bom = true;
                    case "--no-csv" -> csv = false;
                    case "--xlsx" -> xlsx = true; // [h18 hook 2/3]
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        inputs.add(Path.of(args[i]));
                    }
                }
            }
            if (inputs.isEmpty() || jobs < 1) {
                throw new IllegalArgumentException("no input given");
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        configureLogging(quiet);
        List<Path> files;
        try {
            files = expand(inputs);
        } catch (IOException e) {
            System.err.println("cannot list inputs: " + e.getMessage());
            return 2;
        }
        Pipeline pipeline = new Pipeline(mappingsDir == null ? Mappings.load() : Mappings.withOverrides(mappingsDir));
        BatchOptions opts = new BatchOptions(out, jobs, force, prune, timeout, quiet);
        try {
            BatchSummary s = BatchRunner.standard(pipeline, ToolVersion.get(mappingsDir)).run(files, opts);
            if (csv) {
                new CsvExporter(bom).export(out);
            }
            if (xlsx) { // [h18 hook 3/3] a workbook per report whose JSON is newer than it (new or changed this run)
                io.juesuan.output.XlsxWriter.standard().writeFolder(out, true);
            }
            if (!quiet) {
                System.err.printf("%d inputs: %d ok, %d ok with warnings, %d failed, %d unchanged (skipped)%n",
                        s.total(), s.ok(), s.withWarnings(), s.failed(), s.skipped());
            }
            return s.exitCode();
        } catch (IOException e) {
            System.err.println("cannot write output: " + e.getMessage());
            return 1;
        }
    }

    private static void configureLogging(boolean quiet) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", quiet ? "warn" : "info");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    }

    /** Files as given, folders searched recursively; sorted, so runs are reproducible. */
    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(Main::isInput).sorted().forEach(files::add);
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
