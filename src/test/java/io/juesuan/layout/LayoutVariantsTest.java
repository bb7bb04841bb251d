package io.juesuan.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.GoldComparison;
import io.juesuan.GoldFiles;
import io.juesuan.Pipeline;
import io.juesuan.ingest.IngestException;
import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.Report;
import io.juesuan.model.TextLine;
import io.juesuan.model.Severity;
import io.juesuan.model.Warning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Same report, any layout (#21): each sample's tables, printed from its gold by {@link ReportHtml} in
 * the {@link LayoutVariant}s and turned into a PDF by Chromium, must read back as the gold cell for
 * cell — or, for a table a variant makes unreadable, with a {@code LOSS} warning that names the table,
 * never a silent blank. {@code mvn test} runs a fast subset; the full set (12 variants of each 决算
 * sample, 6 of the budget) runs with {@code -Djuesuan.layout.full=true} ({@code .ci/layout-variants}).
 * Skipped when chromium is not installed.
 */
class LayoutVariantsTest {
    private static final Pipeline PIPELINE = new Pipeline();
    private static final List<String> FINALS = List.of("2023-yantai-ybj-final", "2023-qinglong-ybj-final",
            "2024-liaocheng-ybj-final");
    private static final String BUDGET = "2025-yantai-ybj-budget";
    private static final AtomicInteger RUN = new AtomicInteger();
    private static final AtomicInteger TYPE3_SKIPPED = new AtomicInteger();
    private static final AtomicInteger LOSSES = new AtomicInteger();
    private static final AtomicLong PRINT_MS = new AtomicLong();
    private static final AtomicLong READ_MS = new AtomicLong();

    @TempDir
    static Path dir;

    static Stream<Arguments> fast() {
        return Stream.of(Arguments.of("2023-yantai-ybj-final", "narrow13"),
                Arguments.of("2023-yantai-ybj-final", "older-template"),
                Arguments.of("2024-liaocheng-ybj-final", "break7-norepeat-landscape"));
    }

    static Stream<Arguments> all() {
        List<Arguments> out = new ArrayList<>();
        for (String stem : FINALS) {
            LayoutVariant.FINAL_ACCOUNT.forEach(v -> out.add(Arguments.of(stem, v.name())));
        }
        LayoutVariant.BUDGET.forEach(v -> out.add(Arguments.of(BUDGET, v.name())));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fast")
    void fastSubsetReadsAsGold(String stem, String variant) throws Exception {
        check(stem, LayoutVariant.named(variant));
    }

    @Tag("layout-variants")
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("all")
    void everyVariantReadsAsGold(String stem, String variant) throws Exception {
        assumeTrue(Boolean.getBoolean("juesuan.layout.full"), "full layout set: -Djuesuan.layout.full=true");
        String only = System.getProperty("juesuan.layout.only");
        assumeTrue(only == null || (stem + " " + variant).matches(only), "not in -Djuesuan.layout.only");
        check(stem, LayoutVariant.named(variant));
    }

    @AfterAll
    static void summary() {
        if (RUN.get() + TYPE3_SKIPPED.get() > 0) {
            System.out.printf("layout variants: %d rendered, %d tables unread with a LOSS warning, %d Type 3 "
                    + "renderings skipped (text not decoded); printing %.1f s, reading %.1f s%n", RUN.get(), LOSSES.get(),
                    TYPE3_SKIPPED.get(), PRINT_MS.get() / 1000.0, READ_MS.get() / 1000.0);
        }
    }

    static void check(String stem, LayoutVariant v) throws Exception {
        Optional<Path> chromium = Chromium.find();
        assumeTrue(chromium.isPresent(), "chromium is not installed");
        JsonNode gold = GoldFiles.read(stem);
        if (v.olderTemplate()) {
            gold = ReportHtml.withFundRows(gold);
        }
        String keep = System.getProperty("juesuan.layout.dir");
        Path out = keep == null ? dir : Files.createDirectories(Path.of(keep));
        Path pdf = out.resolve(stem + "-" + v.name() + ".pdf");
        long t0 = System.nanoTime();
        String html = stem.equals(BUDGET) ? ReportHtml.renderBudget(gold, budgetNames(), v) : ReportHtml.render(gold, v);
        Chromium.print(chromium.get(), html, pdf);
        long t1 = System.nanoTime();
        assertFonts(pdf, v);
        Report r;
        try {
            r = PIPELINE.extract(pdf, pdf.getFileName().toString());
        } catch (IngestException e) {
            skipIfType3Undecoded(pdf, v);
            throw e;
        }
        long t2 = System.nanoTime();
        PRINT_MS.addAndGet((t1 - t0) / 1_000_000);
        READ_MS.addAndGet((t2 - t1) / 1_000_000);
        RUN.incrementAndGet();
        List<String> left = verdict(r, GoldComparison.differences(r, gold, Set.of()));
        if (!left.isEmpty()) {
            skipIfType3Undecoded(pdf, v);
        }
        assertEquals(List.of(), left, stem + " " + v);
    }

    /**
     * Chromium's Type 3 fonts (Noto CJK) map their glyphs to Kangxi radicals (⼊ for 入, ⽀ for 支)
     * and give them boxes that put a space between every digit: decoding them is separate work
     * (Kangxi folding, Type 3 glyph boxes). Until this build decodes them, a Type 3 variant that
     * differs is reported as skipped for that reason, not as passing; once the text comes out clean
     * it is held to the gold like every other variant.
     */
    private static void skipIfType3Undecoded(Path pdf, LayoutVariant v) throws Exception {
        if (!v.type3()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        Document doc = PIPELINE.readerFor(pdf).read(pdf);
        for (Block b : doc.blocks()) {
            if (b instanceof TextLine t) {
                text.append(t.text());
            } else if (b instanceof Grid g) {
                g.rows().forEach(row -> row.forEach(text::append));
            }
        }
        boolean kangxi = text.codePoints().anyMatch(cp -> cp >= 0x2F00 && cp <= 0x2FDF);
        if (kangxi) {
            TYPE3_SKIPPED.incrementAndGet();
        }
        assumeTrue(!kangxi, pdf.getFileName() + ": Type 3 text not decoded in this build (Kangxi radicals)");
    }

    /** The budget gold names no rows: their names as the sample's text rendering prints them. */
    private static Map<String, String> budgetNames() throws Exception {
        Path txt = Path.of("corpus", BUDGET + ".txt");
        assumeTrue(Files.exists(txt), "corpus/ is absent");
        Map<String, String> names = new java.util.HashMap<>();
        Report text = PIPELINE.extract(txt, txt.toString());
        for (String key : List.of("budget_income", "budget_expenditure")) {
            text.tables().get(key).rows().forEach(r -> {
                if (r.name() != null) {
                    names.putIfAbsent(r.key(), r.name());
                }
            });
        }
        return names;
    }

    /**
     * The differences left once every table a LOSS warning names is set aside: report meta must
     * always match; a table may differ only where the extractor said it lost something there.
     */
    static List<String> verdict(Report r, List<String> diffs) {
        Map<String, List<String>> byTable = new TreeMap<>();
        for (String d : diffs) {
            String key = d.split("[./:]", 2)[0];
            byTable.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<String> left = new ArrayList<>();
        byTable.forEach((key, ds) -> {
            if (!key.equals("report") && lossNames(r, key)) {
                LOSSES.incrementAndGet();
                System.out.println("unread with LOSS: " + r.source().file() + " " + key + ": " + ds.size() + " cells");
            } else {
                left.addAll(ds);
            }
        });
        return left;
    }

    private static boolean lossNames(Report r, String tableKey) {
        var t = r.tables().get(tableKey);
        List<String> names = new ArrayList<>(List.of(tableKey));
        if (t != null) {
            names.add(t.title());
            if (t.label() != null) {
                names.add(t.label());
            }
        }
        for (Warning w : r.warnings()) {
            if (w.severity() == Severity.LOSS && names.stream().anyMatch(n -> w.message().contains(n))) {
                return true;
            }
        }
        return false;
    }

    /** The variant's font choice reached the PDF: Noto CJK as Type 3, WenQuanYi as a CID TrueType font. */
    private static void assertFonts(Path pdf, LayoutVariant v) throws Exception {
        boolean type3 = false;
        boolean cid = false;
        try (PDDocument doc = PDDocument.load(Files.readAllBytes(pdf))) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    type3 |= f instanceof PDType3Font;
                    cid |= f instanceof PDType0Font;
                }
            }
        }
        assertTrue(v.type3() ? type3 : cid, pdf + ": " + (v.type3() ? "no Type 3 font" : "no CID font"));
    }
}
