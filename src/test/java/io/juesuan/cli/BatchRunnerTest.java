package io.juesuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.Pipeline;
import io.juesuan.ingest.IngestException;
import io.juesuan.output.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    private static final Pipeline PIPELINE = new Pipeline();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrintStream SILENT = new PrintStream(new ByteArrayOutputStream());

    private static Map<String, JsonNode> manifest(Path out) throws IOException {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode e : JSON.readTree(out.resolve("manifest.json").toFile()).get("inputs")) {
            byName.put(Path.of(e.get("input").asText()).getFileName().toString(), e);
        }
        return byName;
    }

    private static Path copy(String stem, Path dir) throws IOException {
        return Files.copy(Path.of("corpus", stem), dir.resolve(stem));
    }

    @Test
    void badInputsFailOneByOneAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("empty.pdf"), new byte[0]);
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        Files.write(in.resolve("random.pdf"), random);
        byte[] pdf = Files.readAllBytes(Path.of("corpus", "2023-yantai-ybj-final.pdf"));
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
        encrypted(in.resolve("encrypted.pdf"));
        imageOnly(in.resolve("scanned.pdf"));
        Files.writeString(in.resolve("notareport.txt"), "会议纪要\n今天讨论了工作安排。\n");
        String yantai = Files.readString(Path.of("corpus", "2023-yantai-ybj-final.txt"));
        Files.write(in.resolve("gbk.txt"), yantai.getBytes(Charset.forName("GBK")));
        int cut = yantai.indexOf("财政拨款“三公”经费支出决算表\n\n单位");
        Files.writeString(in.resolve("missing.txt"), yantai.substring(0, cut) + yantai.substring(yantai.indexOf("第三部分", cut)));

        Path out = dir.resolve("out");
        int exit = Main.run(new String[] {"extract", "--quiet", "--out", out.toString(), in.toString()});
        assertEquals(1, exit);
        Map<String, JsonNode> m = manifest(out);
        assertEquals(8, m.size());
        assertEquals("empty file", m.get("empty.pdf").get("reason").asText());
        assertTrue(m.get("random.pdf").get("reason").asText().startsWith("not a readable PDF"));
        assertTrue(m.get("truncated.pdf").get("reason").asText().startsWith("not a readable PDF"));
        assertTrue(m.get("encrypted.pdf").get("reason").asText().startsWith("encrypted PDF"));
        assertTrue(m.get("scanned.pdf").get("reason").asText().startsWith("no text layer on pages 1-2"));
        assertTrue(m.get("notareport.txt").get("reason").asText().contains("no standard table found"));
        for (String f : List.of("empty.pdf", "random.pdf", "truncated.pdf", "encrypted.pdf", "scanned.pdf", "notareport.txt")) {
            assertEquals("failed", m.get(f).get("status").asText(), f);
        }
        // the sample prints a 绩效 form whose scores do not add up: a failing check is never plain ok
        assertEquals("ok-with-failed-checks", m.get("gbk.txt").get("status").asText());
        assertEquals(2, m.get("gbk.txt").get("checksFailed").asInt());
        assertTrue(m.get("gbk.txt").get("reason").asText().startsWith("2 failed checks, first performance.1.score_sum"));
        assertEquals("ok-with-failed-checks", m.get("missing.txt").get("status").asText());
        assertTrue(m.get("missing.txt").get("warningsLoss").asInt() > 0);
        assertTrue(m.get("missing.txt").get("reason").asText().contains("three_public"));
        // two different reports of the same unit and year: the later input gets a suffix, none is overwritten
        assertEquals("2023/烟台市医疗保障局本级.json", m.get("gbk.txt").get("output").asText());
        assertTrue(m.get("missing.txt").get("output").asText().matches("2023/烟台市医疗保障局本级~[0-9a-f]{8}\\.json"));
    }

    @Test
    void interruptedRunLeavesNoPartialFileAndTheRerunCompletesIt(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String stem : List.of("2023-qinglong-ybj-final.txt", "2023-yantai-ybj-final.txt", "2024-liaocheng-ybj-final.txt")) {
            copy(stem, in);
        }
        List<Path> inputs = Main.expand(List.of(in));
        Path out = dir.resolve("out");
        BatchOptions opts = BatchOptions.defaults(out).withJobs(2);
        AtomicInteger writes = new AtomicInteger();
        ReportWriter crashing = (target, bytes) -> {
            if (writes.incrementAndGet() == 2) {
                // dies halfway through writing the second output
                Files.write(target.resolveSibling(".partial.tmp"), Arrays.copyOf(bytes, bytes.length / 2));
                throw new IOException("disk gone");
            }
            AtomicFiles.write(target, bytes);
        };
        BatchRunner first = new BatchRunner(PIPELINE::extract, crashing, "v1", SILENT);
        assertThrows(IOException.class, () -> first.run(inputs, opts));
        List<Path> written = jsonOutputs(out);
        assertEquals(1, written.size(), "only the completed output is in place");
        assertEquals(1, manifest(out).size(), "the manifest names exactly what is in place");
        for (Path p : written) {
            JSON.readTree(p.toFile());
        }

        BatchRunner real = new BatchRunner(PIPELINE::extract, AtomicFiles::write, "v1", SILENT);
        BatchSummary rerun = real.run(inputs, opts);
        assertEquals(1, rerun.skipped());
        assertEquals(2, rerun.extracted());
        assertEquals(3, jsonOutputs(out).size());
        BatchSummary again = real.run(inputs, opts);
        assertEquals(3, again.skipped());
        BatchSummary forced = real.run(inputs, opts.withForce(true));
        assertEquals(0, forced.skipped());
        assertEquals(3, forced.extracted());
        BatchSummary newVersion = new BatchRunner(PIPELINE::extract, AtomicFiles::write, "v2", SILENT).run(inputs, opts);
        assertEquals(0, newVersion.skipped(), "a new tool version redoes everything");
    }

    @Test
    void aHangingInputTimesOutAndTheOthersFinish(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path slow = copy("2023-yantai-ybj-final.txt", in);
        copy("2024-liaocheng-ybj-final.txt", in);
        DocumentExtractor hanging = (file, display) -> {
            if (file.equals(slow)) {
                while (true) {
                    // ignores interrupts, as a PDF parser stuck in a loop would
                    Thread.onSpinWait();
                }
            }
            return PIPELINE.extract(file, display);
        };
        Path out = dir.resolve("out");
        BatchSummary s = new BatchRunner(hanging, AtomicFiles::write, "v1", SILENT)
                .run(Main.expand(List.of(in)), BatchOptions.defaults(out).withJobs(1).withTimeout(Duration.ofSeconds(1)));
        assertEquals(1, s.failed());
        assertEquals(1, s.extracted());
        assertEquals("timed out after 1 s", manifest(out).get("2023-yantai-ybj-final.txt").get("reason").asText());
    }

    @Test
    void pruneRemovesOutputsOfVanishedInputs(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path gone = copy("2023-yantai-ybj-final.txt", in);
        copy("2024-liaocheng-ybj-final.txt", in);
        Path out = dir.resolve("out");
        assertEquals(0, Main.run(new String[] {"extract", "--quiet", "--out", out.toString(), in.toString()}));
        Files.delete(gone);
        assertEquals(0, Main.run(new String[] {"extract", "--quiet", "--out", out.toString(), in.toString()}));
        assertEquals(2, jsonOutputs(out).size(), "without --prune nothing already written is lost");
        assertEquals(0, Main.run(new String[] {"extract", "--quiet", "--prune", "--out", out.toString(), in.toString()}));
        assertEquals(1, jsonOutputs(out).size());
        assertEquals(1, manifest(out).size());
    }

    @Test
    void badUsageIsExitCodeTwo() {
        assertEquals(2, Main.run(new String[] {}));
        assertEquals(2, Main.run(new String[] {"extract"}));
        assertEquals(2, Main.run(new String[] {"extract", "--bogus", "x"}));
    }

    private static List<Path> jsonOutputs(Path out) throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.getParent().equals(out)).sorted().toList();
        }
    }

    private static void encrypted(Path f) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(PDType1Font.HELVETICA, 12);
                cs.newLineAtOffset(50, 700);
                cs.showText("locked");
                cs.endText();
            }
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(f.toFile());
        }
    }

    private static void imageOnly(Path f) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB)), 50, 50, 400, 400);
                }
            }
            doc.save(f.toFile());
        }
    }
}
