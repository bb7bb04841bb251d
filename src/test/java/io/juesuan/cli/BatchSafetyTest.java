package io.juesuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.Pipeline;
import io.juesuan.model.Check;
import io.juesuan.model.Report;
import io.juesuan.output.AtomicFiles;
import io.juesuan.output.ManifestEntry;
import io.juesuan.output.OutputLock;
import io.juesuan.output.OutputNames;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** #16: a batch that cannot corrupt itself — lock, verified skips, names, links, prune, statuses. */
class BatchSafetyTest {
    private static final Pipeline PIPELINE = new Pipeline();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrintStream SILENT = new PrintStream(new ByteArrayOutputStream());
    private static final String YANTAI = "2023-yantai-ybj-final.txt";
    private static final String BUDGET = "2025-yantai-ybj-budget.txt";

    private static int run(StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    private static JsonNode manifest(Path out) throws Exception {
        return JSON.readTree(out.resolve("manifest.json").toFile()).get("inputs");
    }

    /** Every row's output holds the report of the input with that row's sha256. */
    static void assertRowsMatchOutputs(Path out) throws Exception {
        for (JsonNode e : manifest(out)) {
            if (!e.get("status").asText().equals("failed")) {
                JsonNode doc = JSON.readTree(out.resolve(e.get("output").asText()).toFile());
                assertEquals(e.get("sha256").asText(), doc.get("source").get("sha256").asText(), e.toString());
            }
        }
    }

    @Test
    void aSecondRunIntoALockedFolderExitsThreeOrWaits(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus", BUDGET), in.resolve("a.txt"));
        Path out = dir.resolve("out");
        OutputLock held = OutputLock.acquire(out, Duration.ZERO);
        StringWriter err = new StringWriter();
        assertEquals(3, run(err, "extract", "--quiet", "--out", out.toString(), in.toString()));
        assertTrue(err.toString().contains("is in use by another run"), err.toString());
        assertFalse(Files.exists(out.resolve("manifest.json")), "the locked-out run wrote nothing");
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(700);
                held.close();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        release.start();
        long t0 = System.nanoTime();
        assertEquals(0, run(new StringWriter(), "extract", "--quiet", "--wait", "20", "--out", out.toString(), in.toString()));
        assertTrue(System.nanoTime() - t0 > 600_000_000L, "it waited for the lock");
        release.join();
        assertRowsMatchOutputs(out);
    }

    @Test
    void aSkipNeedsTheOutputToHoldTheRowsSha(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus", BUDGET), in.resolve("a.txt"));
        Files.copy(Path.of("corpus", YANTAI), in.resolve("b.txt"));
        Path out = dir.resolve("out");
        BatchRunner runner = new BatchRunner(PIPELINE::extract, AtomicFiles::write, "v1", SILENT);
        List<Path> inputs = Main.expand(List.of(in));
        runner.run(inputs, BatchOptions.defaults(out));
        // another report's JSON under a's name, as an overlapping run without a lock could leave it
        JsonNode rows = manifest(out);
        Path aOut = null;
        Path bOut = null;
        for (JsonNode e : rows) {
            Path o = out.resolve(e.get("output").asText());
            if (e.get("input").asText().endsWith("a.txt")) {
                aOut = o;
            } else {
                bOut = o;
            }
        }
        Files.copy(bOut, aOut, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BatchSummary s = runner.run(inputs, BatchOptions.defaults(out));
        assertEquals(1, s.skipped());
        assertEquals(1, s.extracted(), "the mismatched output is redone");
        assertRowsMatchOutputs(out);
    }

    @Test
    void longCjkUnitSymlinkedFolderAndPruneFromAnotherSpelling(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        String text = Files.readString(Path.of("corpus", BUDGET));
        String unit = "烟台市医疗保障局";
        String longUnit = "很".repeat(112) + unit; // 120 CJK characters: 360 bytes
        assertEquals(120, longUnit.length());
        Files.writeString(real.resolve("long.txt"), text.replace(unit, longUnit));
        Files.copy(Path.of("corpus", YANTAI), real.resolve("b.txt"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        Files.createSymbolicLink(real.resolve("loop"), real); // a link back up: followed once, not forever
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        int code = run(err, "extract", "--out", out.toString(), link.toString());
        assertEquals(0, code, err.toString());
        JsonNode rows = manifest(out);
        assertEquals(2, rows.size(), rows.toString());
        for (JsonNode e : rows) {
            assertTrue(e.get("input").asText().startsWith(real.toRealPath().toString()), "keyed by the real path: " + e);
            String name = Path.of(e.get("output").asText()).getFileName().toString();
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= OutputNames.MAX_NAME_BYTES, name);
        }
        assertTrue(rows.toString().contains("~u"), "the long unit is cut and tagged: " + rows);
        // the same folder spelled otherwise (relative to elsewhere, through .., without the link), with --prune
        Path other = dir.resolve("real").resolve("..").resolve("real");
        assertEquals(0, run(new StringWriter(), "extract", "--quiet", "--prune", "--out", out.toString(), other.toString()));
        JsonNode again = manifest(out);
        assertEquals(2, again.size(), "nothing that exists is pruned");
        for (JsonNode e : again) {
            assertTrue(Files.isRegularFile(out.resolve(e.get("output").asText())));
        }
        Files.delete(real.resolve("b.txt"));
        assertEquals(0, run(new StringWriter(), "extract", "--quiet", "--prune", "--out", out.toString(), link.toString()));
        assertEquals(1, manifest(out).size(), "a vanished input is pruned");
        assertRowsMatchOutputs(out);
    }

    @Test
    void aNameThatIsNotUtf8IsDoneOnceAndNeverPruned(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        // a file name in GBK (报 = B1 A8) on a UTF-8 system
        Path bad;
        try {
            bad = createRawName(in, new byte[] {'b', 'a', 'd', (byte) 0xB1, (byte) 0xA8, '.', 't', 'x', 't'});
        } catch (Exception e) {
            return; // a file system that refuses such names has nothing to test
        }
        Files.copy(Path.of("corpus", BUDGET), bad, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path out = dir.resolve("out");
        assertEquals(0, run(new StringWriter(), "extract", "--quiet", "--prune", "--out", out.toString(), in.toString()));
        BatchRunner runner = new BatchRunner(PIPELINE::extract, AtomicFiles::write, io.juesuan.output.ToolVersion.get(), SILENT);
        BatchSummary s = runner.run(Main.expand(List.of(in)), BatchOptions.defaults(out).withPrune(true));
        assertEquals(1, s.skipped(), "done once, then skipped");
        assertEquals(1, manifest(out).size());
        assertTrue(manifest(out).get(0).get("input").asText().startsWith("file:"), "keyed by its URI");
    }

    /** A file whose name holds the given raw bytes (not valid UTF-8), made through a file: URI. */
    private static Path createRawName(Path dir, byte[] name) throws Exception {
        StringBuilder uri = new StringBuilder(dir.toUri().toString());
        for (byte b : name) {
            int c = b & 0xFF;
            if (c < 0x80 && Character.isLetterOrDigit(c) || c == '.') {
                uri.append((char) c);
            } else {
                uri.append('%').append(String.format("%02X", c));
            }
        }
        Path p = Path.of(java.net.URI.create(uri.toString()));
        Files.write(p, new byte[0]);
        return p;
    }

    @Test
    void aReportWithAFailingCheckIsNeverOk() throws Exception {
        Report r = PIPELINE.extract(Path.of("corpus", BUDGET), "budget.txt");
        assertEquals(ManifestEntry.Status.OK, ManifestEntry.statusOf(r), "the budget sample passes every check");
        List<Check> checks = new ArrayList<>(r.checks());
        Check c = checks.get(0);
        checks.set(0, new Check(c.id(), Check.Status.FAIL, c.expected(), c.actual(), c.difference(), c.tolerance(), "made to fail",
                Check.Basis.INDEPENDENT));
        Report failing = r.withChecks(checks);
        assertEquals(ManifestEntry.Status.OK_WITH_FAILED_CHECKS, ManifestEntry.statusOf(failing));
        ManifestEntry row = ManifestEntry.of("x", failing, "2025/x.json", 1, "v");
        assertEquals(1, row.checksFailed());
        assertEquals(1, row.independentFailed());
        assertEquals(r.checks().size() - 1, row.checksPassed() + row.checksSkipped());
        assertTrue(row.reason().startsWith("1 failed check, first " + c.id()), row.reason());
    }

    @Test
    void exportsAreNotRedoneWhenNothingChangedAndSwappedInAsASet(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus", BUDGET), in.resolve("a.txt"));
        Files.copy(Path.of("corpus", YANTAI), in.resolve("b.txt"));
        Path out = dir.resolve("out");
        assertEquals(0, run(new StringWriter(), "extract", "--quiet", "--out", out.toString(), in.toString()));
        Path cells = out.resolve("csv/cells.csv");
        Object first = Files.readAttributes(cells, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        String state = Files.readString(out.resolve("csv/.export-state"));
        assertEquals(0, run(new StringWriter(), "extract", "--quiet", "--out", out.toString(), in.toString()));
        assertEquals(first, Files.readAttributes(cells, java.nio.file.attribute.BasicFileAttributes.class).fileKey(),
                "a no-op rerun leaves the CSVs as they are");
        // a leftover of an interrupted export is cleared, and a change rebuilds the whole set
        Files.createDirectories(out.resolve(".csv.next-dead"));
        Files.delete(in.resolve("b.txt"));
        assertEquals(0, run(new StringWriter(), "extract", "--quiet", "--prune", "--out", out.toString(), in.toString()));
        assertNotEquals(state, Files.readString(out.resolve("csv/.export-state")));
        assertFalse(Files.exists(out.resolve(".csv.next-dead")));
        List<String> reports = Files.readAllLines(out.resolve("csv/reports.csv"));
        assertEquals(2, reports.size(), "header and the one report left: " + reports);
        List<String> cellLines = Files.readAllLines(cells);
        assertTrue(cellLines.get(0).endsWith(",page,table_empty,placement,ocr_confidence"), cellLines.get(0));
        assertTrue(Files.readAllLines(out.resolve("csv/tables.csv")).get(0).equals("report_id,table_key,title,pages,unit,empty,rows"));
        assertTrue(Files.readAllLines(out.resolve("csv/warnings.csv")).get(0)
                .equals("report_id,warning_seq,table_key,row_key,severity,code,message,page"));
    }

    @Test
    void aYantaiTableMarkedEmptyIsToldFromBlankCells(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus", YANTAI), in.resolve("b.txt"));
        Path out = dir.resolve("out");
        run(new StringWriter(), "extract", "--quiet", "--out", out.toString(), in.toString());
        List<String> cells = Files.readAllLines(out.resolve("csv/cells.csv"));
        // table_empty, then the placement of the value and its OCR confidence (empty: not a scan)
        assertTrue(cells.stream().anyMatch(l -> l.contains(",government_fund,") && l.matches(".*,true,[a-z_]*,")), "本表无数据 cells");
        assertTrue(cells.stream().filter(l -> l.contains(",income_expenditure_summary,")).allMatch(l -> l.matches(".*,false,[a-z_]*,")));
        assertTrue(Files.readAllLines(out.resolve("csv/tables.csv")).stream()
                .anyMatch(l -> l.contains(",government_fund,") && l.contains(",true,")));
    }

    @Test
    void outputsFollowTheUmaskNotTempFileModes(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus", BUDGET), in.resolve("a.txt"));
        Path out = dir.resolve("out");
        assertEquals(0, run(new StringWriter(), "extract", "--quiet", "--out", out.toString(), in.toString()));
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                assertTrue(perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ),
                        p + " " + perms);
            }
        }
        assertNotEquals(0, Files.size(out.resolve("csv/warnings.csv")));
    }
}
