package io.juesuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.Pipeline;
import io.juesuan.output.AtomicFiles;
import io.juesuan.output.Manifest;
import io.juesuan.output.ManifestEntry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document past its time limit stops consuming CPU (the deadline checked in PDFBox's operator loop). */
class WorkerStopTest {
    @Test
    void aTimedOutPdfStopsWithinASecondAndTheGoodFilesFinish(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        PathologicalPdfs.manyLines(in.resolve("lines.pdf"), 150_000);
        Files.copy(Path.of("corpus", "2025-yantai-ybj-budget.txt"), in.resolve("good.txt"));
        Path out = dir.resolve("out");
        Pipeline pipeline = new Pipeline();
        pipeline.extract(in.resolve("good.txt"), "warm-up"); // class loading on a busy machine is not the test
        long t0 = System.nanoTime();
        BatchSummary s = new BatchRunner(pipeline::extract, AtomicFiles::write, "v1", new PrintStream(new ByteArrayOutputStream()))
                .run(Main.expand(List.of(in)), BatchOptions.defaults(out).withJobs(2).withTimeout(Duration.ofSeconds(2)));
        double secs = (System.nanoTime() - t0) / 1e9;
        assertEquals(1, s.failed());
        assertEquals(1, s.ok());
        Map<String, ManifestEntry> rows = new HashMap<>();
        Manifest.load(out).entries().forEach(e -> rows.put(Path.of(e.input()).getFileName().toString(), e));
        assertEquals("timed out after 2 s", rows.get("lines.pdf").reason());
        assertTrue(secs < 10, "bounded: " + secs);
        // no worker left burning CPU
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Thread.sleep(300);
        Map<Long, Long> cpu = new HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("juesuan-worker")) {
                cpu.put(t.getId(), mx.getThreadCpuTime(t.getId()));
            }
        }
        Thread.sleep(700);
        for (Map.Entry<Long, Long> e : cpu.entrySet()) {
            long now = mx.getThreadCpuTime(e.getKey());
            assertTrue(now < 0 || now - e.getValue() < 100_000_000L, "a worker still runs: " + (now - e.getValue()) / 1e6 + " ms");
        }
    }
}
