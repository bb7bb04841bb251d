package io.juesuan.cli;

import io.juesuan.Mappings;
import io.juesuan.Pipeline;
import io.juesuan.output.ToolVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line (picocli): {@code extract [options] INPUT...}, {@code bench}, {@code help}.
 * Exit codes: 0 every input succeeded, 1 some inputs failed, 2 bad usage, 3 the run itself could
 * not finish (output folder locked or not writable, out of memory outside a document).
 */
@Command(name = "juesuan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Extracts Chinese government budget reports (决算/预算, PDF or text) into JSON and CSV.",
        footer = {"", "Exit codes: 0 all inputs succeeded, 1 some inputs failed, 2 bad usage,",
            "3 the run could not finish (output folder locked or not writable, out of memory)."})
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;
    public static final int ABORTED = 3;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Commands that parse their own arguments: name → entry point taking the arguments after the name
     * and returning the exit code. One line each; a picocli command goes in {@link #commandLine()} instead.
     */
    private static final java.util.Map<String, java.util.function.ToIntFunction<String[]>> PLAIN = new java.util.LinkedHashMap<>();

    public static int run(String[] args) {
        Logging.configure(List.of(args).contains("--quiet"));
        if (args.length > 0 && PLAIN.containsKey(args[0])) {
            return PLAIN.get(args[0]).applyAsInt(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        return commandLine().execute(args);
    }

    /** As {@link #run(String[])}, with the command line's own output (help, errors, summary) going to {@code out} / {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Logging.configure(List.of(args).contains("--quiet"));
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /** Every command, one line each. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("extract", new Extract());
        cl.addSubcommand("bench", new Bench());
        cl.addSubcommand("review", new Review());
        cl.addSubcommand("xlsx", new Xlsx());
        cl.addSubcommand("debug", new Debug());
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("juesuan: " + e.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
                err.println("usage: " + cmd.getHelp().synopsis(0).trim());
            }
            err.println("Try 'juesuan " + (cmd.getParent() == null ? "" : cmd.getCommandName() + " ") + "--help' for more.");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("juesuan: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return ABORTED;
        });
        return cl;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"juesuan " + ToolVersion.get()};
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Main.Version.class, sortOptions = false,
            description = {"Extracts every INPUT into DIR: one JSON per report, manifest.json, CSV exports and datapackage.json. "
                + "Incremental: an input whose sha256 and tool version match its manifest row (and whose output holds "
                + "that sha256) is skipped. Only one run at a time writes into DIR."},
            footer = {"", "Exit codes: 0 all inputs succeeded, 1 some inputs failed, 2 bad usage,",
                "3 the run could not finish (output folder locked or not writable, out of memory)."})
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ${DEFAULT-VALUE})")
        Path out = Path.of("extracted");

        @Option(names = "--jobs", paramLabel = "N", description = "worker threads (default: the number of cores)")
        int jobs = Runtime.getRuntime().availableProcessors();

        @Option(names = "--timeout", paramLabel = "SECONDS",
                description = "per-file time limit; a file past it stops within a second and is failed (default: ${DEFAULT-VALUE})")
        long timeout = 120;

        @Option(names = "--wait", paramLabel = "SECONDS",
                description = "if another run holds DIR, wait this long for it, then exit 3 (default: ${DEFAULT-VALUE})")
        long waitSeconds = 0;

        @Option(names = "--max-size", paramLabel = "MB",
                description = "refuse (fail) inputs larger than this before parsing them; 0 = no limit (default: ${DEFAULT-VALUE})")
        long maxSizeMb = BatchOptions.DEFAULT_MAX_BYTES >> 20;

        @Option(names = "--force", description = "redo every input, even unchanged ones")
        boolean force;

        @Option(names = "--prune", description = "remove outputs and manifest rows of inputs that no longer exist")
        boolean prune;

        @Option(names = "--bom", description = "start the CSVs with a UTF-8 byte-order mark, for Excel")
        boolean bom;

        @Option(names = "--no-csv", description = "skip the CSV / data-package export")
        boolean noCsv;

        @Option(names = "--xlsx", description = "also write DIR/xlsx/<year>/<unit>.xlsx: one sheet per table as printed, checks, warnings")
        boolean xlsx;

        @Option(names = "--mappings", paramLabel = "DIR",
                description = "JSON files in DIR override the packaged mappings/ files of the same name")
        Path mappings;

        @Option(names = "--quiet", description = "only failures on stderr (no progress, no per-file lines, no summary)")
        boolean quiet;

        @Parameters(paramLabel = "INPUT", arity = "1..*",
                description = "a file, or a folder searched recursively (symbolic links followed) for .pdf, .txt and .md")
        List<Path> inputs = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (jobs < 1) {
                throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
            }
            if (timeout < 1) {
                throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 second, not " + timeout);
            }
            if (waitSeconds < 0) {
                throw new ParameterException(spec.commandLine(), "--wait must be 0 or more seconds, not " + waitSeconds);
            }
            if (maxSizeMb < 0) {
                throw new ParameterException(spec.commandLine(), "--max-size must be 0 (no limit) or more MB, not " + maxSizeMb);
            }
            if (mappings != null && !Files.isDirectory(mappings)) {
                throw new ParameterException(spec.commandLine(), "--mappings: no such folder: " + mappings);
            }
            for (Path p : inputs) {
                if (!Files.exists(p)) {
                    throw new ParameterException(spec.commandLine(), "no such file or folder: " + p);
                }
            }
            List<Path> files;
            try {
                files = Inputs.expand(inputs, m -> err.println("juesuan: " + m));
            } catch (IOException e) {
                err.println("juesuan: cannot list inputs: " + e.getMessage());
                err.flush();
                return USAGE;
            }
            Pipeline pipeline = new Pipeline(mappings == null ? Mappings.load() : Mappings.withOverrides(mappings));
            BatchOptions opts = new BatchOptions(out, jobs, force, prune, Duration.ofSeconds(timeout), quiet,
                    Duration.ofSeconds(waitSeconds), maxSizeMb << 20, !noCsv, bom);
            try {
                BatchSummary s = BatchRunner.standard(pipeline, ToolVersion.get(mappings)).run(files, opts);
                if (xlsx) {
                    // after the batch, so workbooks of unchanged reports are kept and those of pruned ones removed
                    io.juesuan.output.XlsxWriter.standard().writeFolder(out, true);
                }
                if (!quiet) {
                    err.println(s.line());
                }
                err.flush();
                return s.exitCode();
            } catch (IOException e) {
                err.println("juesuan: " + (e instanceof BatchRunner.RunException || e instanceof io.juesuan.output.OutputLock.HeldException
                        ? e.getMessage() : "cannot write output in " + out.toAbsolutePath().normalize() + ": " + e.getMessage()));
                err.flush();
                return ABORTED;
            } catch (OutOfMemoryError e) {
                err.println("juesuan: out of memory outside a document; the manifest names what was written");
                err.flush();
                return ABORTED;
            }
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Writes DIR/review/: index.html lists every report; one page per report shows each table as printed",
                "beside its PDF page images, failed checks on their cells, each value's page and placement on hover.",
                "Opens from file:// with no server or network."})
    static final class Review implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "an extract output folder")
        Path dir;

        @Option(names = "--sources", paramLabel = "FOLDER", description = "where to look for the source PDFs when not at their recorded path (repeatable)")
        List<Path> sources = new ArrayList<>();

        @Override
        public Integer call() {
            List<String> a = new ArrayList<>(List.of("review", dir.toString()));
            sources.forEach(x -> {
                a.add("--sources");
                a.add(x.toString());
            });
            return io.juesuan.review.ReviewCommand.run(a.toArray(String[]::new), System.out, System.err);
        }
    }

    @Command(name = "xlsx", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Writes DIR/xlsx/<year>/<unit>.xlsx for every report JSON in DIR (one sheet per table as printed, checks, warnings).")
    static final class Xlsx implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "an extract output folder")
        Path dir;

        @Override
        public Integer call() {
            return io.juesuan.review.ReviewCommand.run(new String[] {"xlsx", dir.toString()}, System.out, System.err);
        }
    }

    @Command(name = "debug", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Shows what the PDF front-end saw: per page the text lines and grids (cells, aligned or not);",
                "with --png, the page drawn with its ruling lines (red), cell boxes (blue) and glyph boxes (green)."})
    static final class Debug implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "a PDF")
        Path file;

        @Option(names = "--page", paramLabel = "N", description = "one page only (default: every page)")
        Integer page;

        @Option(names = "--png", paramLabel = "DIR", description = "also write page-N.png into DIR")
        Path png;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "no such file: " + file);
            }
            List<String> a = new ArrayList<>(List.of(file.toString()));
            if (page != null) {
                a.addAll(List.of("--page", page.toString()));
            }
            if (png != null) {
                Files.createDirectories(png);
                a.addAll(List.of("--png", png.toString()));
            }
            io.juesuan.ingest.DebugView.main(a.toArray(String[]::new));
            return OK;
        }

        @Spec
        CommandSpec spec;
    }

    @Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Benchmarks the PDF front-end and the pipeline on the corpus PDFs (about six minutes).")
    static final class Bench implements Callable<Integer> {
        @Option(names = "--files", paramLabel = "N", description = "files in the batch, at least (default: ${DEFAULT-VALUE})")
        int files = 200;

        @Option(names = "--min-pages", paramLabel = "N", description = "pages in the batch, at least (default: ${DEFAULT-VALUE})")
        int minPages = 3000;

        @Option(names = "--rounds", paramLabel = "N", description = "measured rounds (default: ${DEFAULT-VALUE})")
        int rounds = 3;

        @Option(names = "--sizes", paramLabel = "N,N", split = ",", description = "batch sizes of the scaling pass (default: 100,1000)")
        List<Integer> sizes = List.of(100, 1000);

        @Option(names = "--scan", paramLabel = "PDF", description = "a scanned PDF to time OCR on, repeatable: seconds per "
                + "scanned page on one worker and on two (needs tesseract)")
        List<Path> scans = new ArrayList<>();

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "folder of PDFs (default: corpus)")
        Path dir = Path.of("corpus");

        @Override
        public Integer call() throws Exception {
            List<String> args = new ArrayList<>(List.of("--files", String.valueOf(files), "--min-pages", String.valueOf(minPages),
                    "--rounds", String.valueOf(rounds), "--sizes", String.join(",", sizes.stream().map(String::valueOf).toList()),
                    dir.toString()));
            for (Path scan : scans) {
                args.add("--scan");
                args.add(scan.toString());
            }
            return new Benchmark(System.out).run(args.toArray(String[]::new));
        }
    }

    /** Files as given, folders searched recursively; sorted, so runs are reproducible. */
    static List<Path> expand(List<Path> inputs) throws IOException {
        return Inputs.expand(inputs, m -> System.err.println("juesuan: " + m));
    }

    static boolean isInput(Path p) {
        return Inputs.isInput(p);
    }
}
