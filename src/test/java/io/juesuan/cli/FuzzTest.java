package io.juesuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.output.Manifest;
import io.juesuan.output.ManifestEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutants of a sample PDF from a fixed seed (byte flips, cuts, deleted and repeated chunks, made at
 * test time): every input gets exactly one manifest row, nothing prints a stack trace, and an
 * {@code ok} report never differs from the original's without a warning or failed check. A few
 * mutants here; {@code -Dfuzz.count=300} (the stress script) for more. Silent differences that
 * remain are printed, not failed: they are listed in the README.
 */
class FuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static byte[] mutate(byte[] pdf, Random rnd) {
        byte[] b = pdf.clone();
        switch (rnd.nextInt(5)) {
            case 0 -> { // flip a few bytes
                int n = 1 + rnd.nextInt(8);
                for (int i = 0; i < n; i++) {
                    b[rnd.nextInt(b.length)] ^= (byte) (1 + rnd.nextInt(255));
                }
            }
            case 1 -> b = Arrays.copyOf(b, Math.max(1, (int) (b.length * (0.5 + 0.5 * rnd.nextDouble())))); // cut the tail
            case 2 -> { // delete a chunk
                int at = rnd.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + rnd.nextInt(4096));
                byte[] c = new byte[b.length - len];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(b, at + len, c, at, b.length - at - len);
                b = c;
            }
            case 3 -> { // repeat a chunk
                int at = rnd.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + rnd.nextInt(4096));
                byte[] c = new byte[b.length + len];
                System.arraycopy(b, 0, c, 0, at + len);
                System.arraycopy(b, at, c, at + len, b.length - at);
                b = c;
            }
            default -> { // overwrite a run with digits (numbers in content streams and xref)
                int at = rnd.nextInt(b.length);
                for (int i = at; i < Math.min(b.length, at + 1 + rnd.nextInt(16)); i++) {
                    b[i] = (byte) ('0' + rnd.nextInt(10));
                }
            }
        }
        return b;
    }

    @Test
    void mutantsOfASamplePdf(@TempDir Path dir) throws Exception {
        int count = Integer.getInteger("fuzz.count", 4);
        Path sample = Path.of("corpus", "2025-yantai-ybj-budget.pdf");
        byte[] pdf = Files.readAllBytes(sample);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(sample, in.resolve("original.pdf"));
        Random rnd = new Random(20261128L);
        for (int i = 0; i < count; i++) {
            Files.write(in.resolve(String.format("m%04d.pdf", i)), mutate(pdf, rnd));
        }
        Path out = dir.resolve("out");
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        PrintStream oldLog = LogProvider.err;
        PrintStream capture = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        StringWriter cliErr = new StringWriter();
        int code;
        try {
            System.setErr(capture);
            LogProvider.err = capture;
            code = Main.run(new String[] {"extract", "--no-csv", "--timeout", "60", "--out", out.toString(), in.toString()},
                    new PrintWriter(new StringWriter(), true), new PrintWriter(cliErr, true));
        } finally {
            System.setErr(oldErr);
            LogProvider.err = oldLog;
        }
        String err = errBytes.toString(StandardCharsets.UTF_8) + cliErr;
        assertTrue(code == 0 || code == 1, "exit " + code + "\n" + err);
        assertFalse(err.lines().anyMatch(l -> l.matches("\\s+at [\\w.$]+\\(.*") || l.startsWith("Exception in thread")),
                "no stack trace on stderr:\n" + err);
        List<ManifestEntry> rows = Manifest.load(out).entries();
        assertEquals(count + 1, rows.size(), "every input exactly one row");
        ManifestEntry original = rows.stream().filter(e -> e.input().endsWith("original.pdf")).findFirst().orElseThrow();
        assertEquals(ManifestEntry.Status.OK, original.status());
        JsonNode gold = JSON.readTree(out.resolve(original.output()).toFile());
        int ok = 0;
        int failed = 0;
        List<String> silent = new ArrayList<>();
        java.util.Map<String, Integer> codes = new java.util.TreeMap<>();
        for (ManifestEntry e : rows) {
            if (e.input().endsWith("original.pdf")) {
                continue;
            }
            if (!e.succeeded()) {
                failed++;
                continue;
            }
            if (e.status() != ManifestEntry.Status.OK) {
                for (JsonNode w : JSON.readTree(out.resolve(e.output()).toFile()).path("warnings")) {
                    codes.merge(w.path("code").asText(), 1, Integer::sum);
                }
                if (e.checksFailed() != null && e.checksFailed() > 0) {
                    codes.merge("(failed checks)", 1, Integer::sum);
                }
                continue;
            }
            ok++;
            JsonNode doc = JSON.readTree(out.resolve(e.output()).toFile());
            for (String part : List.of("report", "tables", "performance", "sections")) {
                if (!doc.path(part).equals(gold.path(part))) {
                    silent.add(Path.of(e.input()).getFileName() + ": " + part + " differs");
                }
            }
        }
        System.out.printf("fuzz: %d mutants, %d failed, %d ok (identical unless listed), %d with warnings or failed checks;"
                + " their warning codes (reports with failed checks) %s; silent differences: %s%n", count, failed, ok, count - failed - ok,
                codes, silent);
        int allowed = Integer.getInteger("fuzz.silentAllowed", Integer.MAX_VALUE);
        assertTrue(silent.size() <= allowed, "ok outputs that differ silently: " + silent);
    }
}
