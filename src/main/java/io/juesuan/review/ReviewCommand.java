package io.juesuan.review;

import io.juesuan.output.XlsxWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code juesuan review DIR [--sources FOLDER]...} and {@code juesuan xlsx DIR}: the two subcommands
 * for people, over an existing extract output folder. Exit codes as {@code extract}: 0 done, 1 could not
 * write, 2 bad usage.
 */
public final class ReviewCommand {
    public static final String USAGE = String.join("\n",
            "usage: juesuan review DIR [--sources FOLDER]...   static review site in DIR/review/ (index.html)",
            "       juesuan xlsx DIR                            one Excel workbook per report in DIR/xlsx/",
            "DIR is an extract output folder. Source PDFs are looked for as recorded in each report (relative to",
            "the working folder, DIR or DIR's parents) and by name in each --sources FOLDER.");

    private ReviewCommand() {}

    /** {@code args[0]} is the subcommand ({@code review} or {@code xlsx}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String cmd = args.length == 0 ? "" : args[0];
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(Math.min(1, args.length), args.length));
        Path dir = null;
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--sources") && cmd.equals("review") && i + 1 < rest.size()) {
                sources.add(Path.of(rest.get(++i)));
            } else if (a.startsWith("--") || dir != null) {
                err.println("unexpected argument " + a + "\n" + USAGE);
                return 2;
            } else {
                dir = Path.of(a);
            }
        }
        if (dir == null || !(cmd.equals("review") || cmd.equals("xlsx"))) {
            err.println(USAGE);
            return 2;
        }
        try {
            if (cmd.equals("review")) {
                new ReviewSite(ColumnLabels.load(), sources, err).write(dir);
                out.println(dir.resolve("review").resolve("index.html"));
                return 0;
            }
            int n = new XlsxWriter(ColumnLabels.load()).writeFolder(dir, false);
            err.printf("xlsx: %d workbooks in %s%n", n, dir.resolve("xlsx"));
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println(cmd + " failed: " + e);
            return 1;
        }
    }
}
