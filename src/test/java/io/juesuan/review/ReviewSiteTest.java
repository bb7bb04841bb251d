package io.juesuan.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review site over a small output folder made from the committed samples: one PDF report (its pages
 * rendered from corpus/), one text report, and one whose source is gone; a failed check marked on its
 * cells; HTML-escaped text; the same bytes on a second run.
 */
class ReviewSiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PDF_JSON = "2023/烟台市医疗保障局本级.json";
    private static final String TEXT_JSON = "2025/烟台市医疗保障局~9044b5d3.json";
    private static final String GONE_JSON = "2024/聊城市医疗保障局（汇总）.json";

    @TempDir
    Path tmp;

    private Path folder() throws IOException {
        Path out = tmp.resolve("out");
        for (String rel : List.of(PDF_JSON, TEXT_JSON, GONE_JSON)) {
            Files.createDirectories(out.resolve(rel).getParent());
            Files.copy(Path.of("extracted").resolve(rel), out.resolve(rel));
        }
        // a failed cross-table check: 01 本年收入合计 vs 02 合计, as if 02 had been read 0.10 short
        ObjectNode pdf = (ObjectNode) JSON.readTree(out.resolve(PDF_JSON).toFile());
        for (var c : pdf.withArray("checks")) {
            if (c.path("id").asText().equals("01.income_total=02.total")) {
                BigDecimal actual = c.get("actual").decimalValue();
                ((ObjectNode) c).put("status", "fail").put("expected", actual.subtract(new BigDecimal("0.10")))
                        .put("difference", new BigDecimal("0.10"));
            }
        }
        ((ArrayNode) pdf.withArray("warnings")).addObject().put("code", "test_<b>warning</b>").put("severity", "doubt")
                .put("message", "a <script>alert('x')</script> & \"quoted\" message").put("page", 3);
        // how a value was placed, as rows will say it
        ((ObjectNode) pdf.path("tables").path("income").path("rows").get(0)).putObject("placement").put("total", "sums");
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve(PDF_JSON).toFile(), pdf);
        ObjectNode gone = (ObjectNode) JSON.readTree(out.resolve(GONE_JSON).toFile());
        ((ObjectNode) gone.get("source")).put("file", "nowhere/missing.pdf");
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve(GONE_JSON).toFile(), gone);
        return out;
    }

    @Test
    void siteShowsTablesImagesAndFailedChecks() throws IOException {
        Path out = folder();
        ReviewSite.Result r = new ReviewSite(ColumnLabels.load(), List.of(), null).write(out);
        assertEquals(3, r.pages());
        assertTrue(r.withoutImages().get(TEXT_JSON).startsWith("text input"));
        assertTrue(r.withoutImages().get(GONE_JSON).contains("not found"), r.withoutImages().toString());
        assertFalse(r.withoutImages().containsKey(PDF_JSON), r.withoutImages().toString());

        String index = read(out.resolve("review/index.html"));
        for (String rel : List.of(PDF_JSON, TEXT_JSON, GONE_JSON)) {
            String page = rel.replace(".json", ".html");
            assertTrue(Files.isRegularFile(out.resolve("review").resolve(page)), page);
            assertTrue(index.contains("href=\"" + Html.href(page) + "\""), page);
        }
        assertTrue(index.contains("烟台市医疗保障局本级") && index.contains("单位决算"));

        String html = read(out.resolve("review").resolve(PDF_JSON.replace(".json", ".html")));
        // every table with its printed title and Chinese headers
        var report = JSON.readTree(out.resolve(PDF_JSON).toFile());
        report.path("tables").fields().forEachRemaining(t -> {
            assertTrue(html.contains("id=\"t-" + t.getKey() + "\""), t.getKey());
            assertTrue(html.contains(Html.esc(t.getValue().path("title").asText())), t.getKey());
        });
        assertTrue(html.contains("<th>本年收入合计</th>") && html.contains("<th>基本支出</th>") && html.contains(">科目编码<"));
        assertTrue(html.contains(">17,334.30<") || html.contains(">" + Html.amount(report.path("tables").path("income").path("rows").get(0)
                .path("values").path("total").decimalValue()) + "<"));
        // images of the table pages, relative, present
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        int images = 0;
        while (img.find()) {
            Path p = out.resolve("review/2023").resolve(java.net.URLDecoder.decode(img.group(1), StandardCharsets.UTF_8)).normalize();
            assertTrue(Files.size(p) > 1000, p.toString());
            images++;
        }
        assertTrue(images >= report.path("tables").size(), images + " images");
        // the failed check: its tested cell and its operand marked, with expected / actual / difference
        int row01 = rowIndex(report, "income_expenditure_summary", "income:income_total");
        assertTrue(html.contains("id=\"c-income_expenditure_summary-" + row01 + "-amount\" class=\"amt fail placed-position\""), "tested cell marked (and read by position)");
        assertTrue(html.contains("id=\"c-income-0-total\" class=\"amt operand placed-sums\""), "operand cell marked");
        assertTrue(html.contains("data-cells=\"c-income_expenditure_summary-" + row01 + "-amount c-income-0-total\""));
        assertTrue(html.contains("✗ 01.income_total=02.total (tested): expected "));
        // the 绩效 form whose score and weights do not add up: open, its failures listed, linked from the checks
        assertTrue(html.contains("<details id=\"perf-1\" open>"), "failed form open");
        assertTrue(html.contains("<details id=\"perf-2\">"), "passing form closed");
        assertTrue(html.contains("<a href=\"#perf-1\">form 1</a>"));
        assertTrue(html.contains("<td class=\"wrap\">按节点控制成本支出次数</td><td>=4次</td><td>4次</td>"));
        // page of every value on hover
        assertTrue(html.contains("title=\"page 6 · total / total · placed by sums"), "hover shows the page and placement");
        assertTrue(html.contains("title=\"page 6 · total / fiscal_appropriation\""), "no placement where the row has none");
        // escaped, never raw
        assertFalse(html.contains("<script>alert"));
        assertTrue(html.contains("a &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; message"));
        assertTrue(html.contains("test_&lt;b&gt;warning&lt;/b&gt;"));
        // no network: nothing fetched from elsewhere
        for (String page : List.of(html, index)) {
            assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no remote resources");
        }
        assertTrue(read(out.resolve("review").resolve(TEXT_JSON.replace(".json", ".html"))).contains("text input: no page images"));
        assertTrue(read(out.resolve("review").resolve(GONE_JSON.replace(".json", ".html"))).contains("nowhere/missing.pdf not found"));
    }

    @Test
    void sameBytesOnASecondRun() throws IOException {
        Path out = folder();
        new ReviewSite(ColumnLabels.load(), List.of(), null).write(out);
        Map<String, byte[]> first = snapshot(out.resolve("review"));
        Files.walk(out.resolve("review")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        new ReviewSite(ColumnLabels.load(), List.of(), null).write(out);
        Map<String, byte[]> second = snapshot(out.resolve("review"));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((k, v) -> assertArrayEquals(v, second.get(k), k));
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static int rowIndex(com.fasterxml.jackson.databind.JsonNode report, String table, String key) {
        int i = 0;
        for (var r : report.path("tables").path(table).path("rows")) {
            if (r.path("key").asText().equals(key)) {
                return i;
            }
            i++;
        }
        throw new AssertionError(key);
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
