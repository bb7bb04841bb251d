package io.juesuan.cli;

import io.juesuan.Pipeline;
import io.juesuan.ingest.IngestException;
import io.juesuan.model.Report;
import io.juesuan.output.JsonReportWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * {@code juesuan bench [--files N] [--sizes 100,1000] [DIR]}: the full pipeline against the floor
 * of plain PDFBox text extraction, on one machine in one JVM, after a warm-up pass. Prints a
 * Markdown table. Run it with {@code -Xmx512m} to show the pipeline fits the memory target.
 */
public final class Benchmark {
    private final PrintStream out;
    private final Pipeline pipeline = new Pipeline();

    Benchmark(PrintStream out) {
        this.out = out;
    }

    /** Timings of one pass over a batch. */
    record Pass(String name, int files, long pages, long nanos, long[] perFileNanos, long peakHeap, int failures) {
        double pagesPerSecond() {
            return pages / (nanos / 1e9);
        }

        double percentileMs(double p) {
            long[] s = perFileNanos.clone();
            Arrays.sort(s);
            int i = (int) Math.min(s.length - 1, Math.ceil(p * s.length) - 1);
            return s[Math.max(i, 0)] / 1e6;
        }
    }

    int run(String[] args) throws Exception {
        int files = 200;
        int minPages = 3000;
        List<Integer> sizes = new ArrayList<>(List.of(100, 1000));
        Path dir = Path.of("corpus");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--min-pages" -> minPages = Integer.parseInt(args[++i]);
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).filter(x -> !x.isBlank()).map(Integer::parseInt).toList();
                default -> dir = Path.of(args[i]);
            }
        }
        List<Path> pdfs;
        try (Stream<Path> s = Files.walk(dir)) {
            pdfs = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        if (pdfs.isEmpty()) {
            out.println("no PDFs under " + dir);
            return 2;
        }
        List<Path> batch = repeat(pdfs, files, minPages);
        out.printf("batch: %d files, %d pages (repeating %d PDFs from %s); %d cores, max heap %d MB%n",
                batch.size(), pages(batch), pdfs.size(), dir, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.println("warm-up …");
        // the JIT needs a few thousand pages of every path (floor, one worker, two workers) before timing
        floor(repeat(pdfs, Math.min(40, files), 0));
        pipelinePass("warm-up", repeat(pdfs, Math.min(40, files), 0), 1);
        pipelinePass("warm-up", repeat(pdfs, Math.min(40, files), 0), 2);

        Pass a = floor(batch);
        Pass a2 = floorParallel(batch, 2);
        Pass b = pipelinePass("(b) pipeline, 1 thread", batch, 1);
        Pass c = pipelinePass("(c) pipeline, --jobs 2", batch, 2);
        List<Pass> passes = new ArrayList<>(List.of(a, a2, b, c));
        for (int n : sizes) {
            passes.add(pipelinePass("pipeline --jobs 2, " + n + " files", repeat(pdfs, n, 0), 2));
        }
        out.println();
        out.println("| pass | files | pages | seconds | pages/s | ms/report p50 | ms/report p95 | peak heap MB | failed |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (Pass p : passes) {
            out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.0f | %.0f | %d | %d |%n", p.name(), p.files(), p.pages(),
                    p.nanos() / 1e9, p.pagesPerSecond(), p.percentileMs(0.5), p.percentileMs(0.95), p.peakHeap() >> 20, p.failures());
        }
        out.printf(Locale.ROOT, "%n(b)/(a) time ratio: %.2f (target ≤ 2.0)%n", (double) b.nanos() / a.nanos());
        out.printf(Locale.ROOT, "(c) vs (b) speed-up: %.2f× (target ≥ 1.7×)%n", (double) b.nanos() / c.nanos());
        out.printf(Locale.ROOT, "the floor itself on two threads: %.2f× (what two cores of this machine give plain PDFBox)%n",
                (double) a.nanos() / a2.nanos());
        return 0;
    }

    static List<Path> repeat(List<Path> pdfs, int files, int minPages) throws IOException {
        List<Path> batch = new ArrayList<>();
        long pages = 0;
        for (int i = 0; batch.size() < files || pages < minPages; i++) {
            Path p = pdfs.get(i % pdfs.size());
            batch.add(p);
            pages += minPages > 0 ? pageCount(p) : 0;
        }
        return batch;
    }

    private static long pages(List<Path> batch) throws IOException {
        long n = 0;
        for (Path p : batch) {
            n += pageCount(p);
        }
        return n;
    }

    private static final java.util.Map<Path, Integer> PAGE_COUNTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static int pageCount(Path p) throws IOException {
        Integer n = PAGE_COUNTS.get(p);
        if (n == null) {
            try (PDDocument d = PDDocument.load(p.toFile(), MemoryUsageSetting.setupTempFileOnly())) {
                n = d.getNumberOfPages();
            }
            PAGE_COUNTS.put(p, n);
        }
        return n;
    }

    /** (a) the floor: load every file and extract the text of every page with PDFTextStripper. */
    private Pass floor(List<Path> batch) throws IOException {
        resetPeaks();
        long[] per = new long[batch.size()];
        long pages = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < batch.size(); i++) {
            long s = System.nanoTime();
            try (PDDocument d = PDDocument.load(batch.get(i).toFile(), MemoryUsageSetting.setupMainMemoryOnly())) {
                new PDFTextStripper().getText(d);
                pages += d.getNumberOfPages();
            }
            per[i] = System.nanoTime() - s;
        }
        return new Pass("(a) PDFBox PDFTextStripper (floor)", batch.size(), pages, System.nanoTime() - t0, per, peakHeap(), 0);
    }

    /** The floor on N threads: how far plain PDFBox itself scales on this machine's cores. */
    private Pass floorParallel(List<Path> batch, int threads) throws Exception {
        resetPeaks();
        long[] per = new long[batch.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                int idx = i;
                futures.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    try (PDDocument d = PDDocument.load(batch.get(idx).toFile(), MemoryUsageSetting.setupMainMemoryOnly())) {
                        new PDFTextStripper().getText(d);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    per[idx] = System.nanoTime() - s;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Pass("(a2) floor, 2 threads", batch.size(), pages(batch), System.nanoTime() - t0, per, peakHeap(), 0);
    }

    private Pass pipelinePass(String name, List<Path> batch, int threads) throws Exception {
        resetPeaks();
        long[] per = new long[batch.size()];
        long[] pageCounts = new long[batch.size()];
        int[] failures = new int[1];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                int idx = i;
                futures.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    try {
                        Report r = pipeline.extract(batch.get(idx), batch.get(idx).toString());
                        JsonReportWriter.toBytes(r);
                    } catch (IngestException | RuntimeException e) {
                        synchronized (failures) {
                            failures[0]++;
                        }
                    }
                    per[idx] = System.nanoTime() - s;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long elapsed = System.nanoTime() - t0;
        for (int i = 0; i < batch.size(); i++) {
            pageCounts[i] = pageCount(batch.get(i));
        }
        return new Pass(name, batch.size(), Arrays.stream(pageCounts).sum(), elapsed, per, peakHeap(), failures[0]);
    }

    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();

    static {
        // samples the heap in use (young + old, live and not yet collected) every 10 ms
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static void resetPeaks() {
        System.gc();
        PEAK.set(0);
    }

    /** The most heap seen in use since the last reset. */
    private static long peakHeap() {
        return PEAK.get();
    }
}
