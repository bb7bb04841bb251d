package io.juesuan.review;

import static io.juesuan.review.Html.esc;
import static io.juesuan.review.Html.href;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.output.AtomicFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * {@code juesuan review DIR}: a static site in {@code DIR/review/} for people checking an extraction.
 * {@code index.html} lists every report; each report gets a page showing its tables as printed beside
 * images of the PDF pages they were read from, with failed checks marked on the cells they compare, each
 * value's page and placement on hover, and the report's checks and warnings. Plain files with inline CSS
 * and JS: it opens from {@code file://} with no server and no network. Same inputs, same bytes.
 */
public final class ReviewSite {
    /** What a run made: report pages, page images, and the reports shown without images, with why. */
    public record Result(int pages, int images, Map<String, String> withoutImages) {}

    private final ColumnLabels labels;
    private final List<Path> sourceDirs;
    private final PrintStream log;

    public ReviewSite(ColumnLabels labels, List<Path> sourceDirs, PrintStream log) {
        this.labels = labels;
        this.sourceDirs = List.copyOf(sourceDirs);
        this.log = log;
    }

    public Result write(Path outDir) throws IOException {
        OutputFolder folder = OutputFolder.open(outDir);
        Path site = outDir.resolve("review");
        SourceLocator locator = new SourceLocator(outDir, sourceDirs);
        List<String> indexRows = new ArrayList<>();
        Map<String, String> withoutImages = new LinkedHashMap<>();
        int pages = 0;
        int images = 0;
        for (OutputFolder.Entry e : folder.entries()) {
            if (e.output() == null || "failed".equals(e.status())) {
                indexRows.add(failedRow(e));
                continue;
            }
            JsonNode report;
            try {
                report = folder.read(e);
            } catch (IOException ex) {
                indexRows.add(failedRow(new OutputFolder.Entry(null, e.output(), "unreadable", ex.getMessage(), null)));
                continue;
            }
            String pagePath = e.output().replaceAll("\\.json$", "") + ".html";
            String up = "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
            ReportPage page = new ReportPage(report, labels);
            // page images: only for PDF sources that can be found unchanged
            Map<Integer, String> imgs = Map.of();
            String noImages;
            JsonNode src = report.path("source");
            if (!"pdf".equals(src.path("format").asText())) {
                noImages = "text input: no page images";
            } else {
                SourceLocator.Found found = locator.find(src.path("file").asText(null), src.path("sha256").asText(null));
                if (found.path() == null) {
                    noImages = found.problem();
                } else {
                    String sha = src.path("sha256").asText("unknown");
                    String imgDir = "pages/" + sha.substring(0, Math.min(16, sha.length()));
                    try {
                        Map<Integer, String> rendered = PageImages.render(found.path(), page.tablePages(), site.resolve(imgDir));
                        Map<Integer, String> rel = new LinkedHashMap<>();
                        rendered.forEach((p, f) -> rel.put(p, up + imgDir + "/" + f));
                        imgs = rel;
                        images += rel.size();
                        noImages = null;
                    } catch (IOException | RuntimeException ex) {
                        noImages = "cannot render " + found.path().getFileName() + ": " + ex.getMessage();
                    }
                }
            }
            if (noImages != null) {
                withoutImages.put(e.output(), noImages);
            }
            byte[] html = page.html(up, imgs, noImages, e).getBytes(StandardCharsets.UTF_8);
            write(site.resolve(pagePath), html);
            pages++;
            indexRows.add(indexRow(e, report, pagePath, page));
        }
        write(site.resolve("index.html"), index(indexRows, folder).getBytes(StandardCharsets.UTF_8));
        if (log != null) {
            log.printf("review: %d report pages, %d page images in %s%n", pages, images, site);
            withoutImages.forEach((k, v) -> log.printf("  %s: %s%n", k, v));
        }
        return new Result(pages, images, withoutImages);
    }

    /** Atomically, readable by all (a site is meant to be copied to where others read it). */
    static void write(Path target, byte[] bytes) throws IOException {
        AtomicFiles.write(target, bytes);
        try {
            java.nio.file.Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions
        }
    }

    private static String failedRow(OutputFolder.Entry e) {
        return "<tr class=\"st-failed\"><td></td><td>" + esc(e.input()) + "</td><td></td><td><span class=\"status failed\">"
                + esc(e.status()) + "</span></td><td colspan=\"5\" class=\"reason\">" + esc(e.reason()) + "</td><td></td></tr>";
    }

    private static String indexRow(OutputFolder.Entry e, JsonNode report, String pagePath, ReportPage page) {
        JsonNode meta = report.path("report");
        String status = e.status() != null ? e.status() : report.path("warnings").size() == 0 ? "ok" : "ok-with-warnings";
        Map<String, Integer> sev = page.warningCounts();
        int failed = page.failedChecks();
        StringBuilder sb = new StringBuilder();
        sb.append("<tr><td>").append(esc(meta.path("year").asText(""))).append("</td>");
        sb.append("<td><a href=\"").append(href(pagePath)).append("\">").append(esc(meta.path("unit").asText("(unit unknown)")))
                .append("</a></td>");
        sb.append("<td>").append(esc(ReportPage.kindLabel(meta))).append("</td>");
        sb.append("<td><span class=\"status ").append(esc(status)).append("\">").append(esc(status)).append("</span></td>");
        sb.append("<td class=\"num").append(failed > 0 ? " bad" : "").append("\">").append(failed).append(" / ")
                .append(report.path("checks").size()).append("</td>");
        for (String s : ReportPage.SEVERITIES) {
            int n = sev.getOrDefault(s, 0);
            sb.append("<td class=\"num").append(n > 0 ? " sev-" + s : "").append("\">").append(n).append("</td>");
        }
        sb.append("<td>").append(esc(report.path("source").path("format").asText(""))).append("</td>");
        sb.append("<td class=\"src\">").append(esc(e.input() != null ? e.input() : report.path("source").path("file").asText("")))
                .append("</td><td><a href=\"").append(href(pagePath)).append("\">open</a></td></tr>");
        return sb.toString();
    }

    private static String index(List<String> rows, OutputFolder folder) {
        StringBuilder sb = new StringBuilder();
        sb.append(ReportPage.head("juesuan review"));
        sb.append("<header><h1>juesuan review</h1><p class=\"meta\">").append(folder.reports().size())
                .append(" reports").append(folder.entries().size() > folder.reports().size()
                        ? ", " + (folder.entries().size() - folder.reports().size()) + " failed inputs" : "")
                .append(". Each report's tables as printed beside the PDF pages they were read from, failed checks marked on their cells.</p></header>\n");
        sb.append("<main><table class=\"list\"><thead><tr><th>年度 year</th><th>单位 unit</th><th>类型 kind</th><th>status</th>"
                + "<th>checks failed</th><th>loss</th><th>doubt</th><th>info</th><th>format</th><th>input</th><th></th></tr></thead>\n<tbody>\n");
        rows.forEach(r -> sb.append(r).append('\n'));
        sb.append("</tbody></table></main>\n");
        sb.append(ReportPage.SCRIPT).append("</body></html>\n");
        return sb.toString();
    }

    /** The table pages of a report, for rendering. */
    static SortedSet<Integer> pagesOf(JsonNode tables) {
        SortedSet<Integer> s = new TreeSet<>();
        for (Iterator<JsonNode> it = tables.elements(); it.hasNext();) {
            it.next().path("pages").forEach(p -> s.add(p.asInt()));
        }
        return s;
    }
}
