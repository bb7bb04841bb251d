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
 * {@code juesuan bench [--files N] [--rounds N] [--sizes 100,1000] [DIR]}: the full pipeline against
 * the floor of plain PDFBox text extraction, on one machine in one JVM, after warm-up rounds. Prints
 * a Markdown table of the median of each pass over the rounds. Run it with {@code -Xmx512m} to show the pipeline fits the memory target.
 */
public final class Benchmark {
    private final PrintStream out;
    private final Pipeline pipeline = new Pipeline();

    Benchmark(PrintStream out) {
        this.out = out;
    }

    /** Timings of one pass over a batch. */
    record Pass(String name, int files, long pages, long nanos, long[] perFileNanos, long peakHeap, int failures,
            Counters spent) {
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

    /**
     * What the JVM spent beside the work during a pass: collector time (summed over the collectors,
     * so concurrent phases count too) and JIT compile time. Both compete with the workers for the
     * same two cores, which is what limits (c) vs (b).
     */
    record Counters(long gcMillis, long jitMillis) {
        static Counters now() {
            long gc = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
            var jit = ManagementFactory.getCompilationMXBean();
            return new Counters(gc, jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0);
        }

        Counters since(Counters start) {
            return new Counters(gcMillis - start.gcMillis, jitMillis - start.jitMillis);
        }
    }

    int run(String[] args) throws Exception {
        int files = 200;
        int minPages = 3000;
        int rounds = 3;
        List<Integer> sizes = new ArrayList<>(List.of(100, 1000));
        Path dir = Path.of("corpus");
        List<Path> scans = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scan" -> scans.add(Path.of(args[++i]));
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--min-pages" -> minPages = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
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
        warmUp(pdfs, Math.min(40, files));

        // (a), (a2), (b), (c) in turn, several rounds: what is left of JIT and GC drift then
        // falls on every pass alike, and the median of each is reported
        List<List<Pass>> measured = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<Pass> r = List.of(floor(batch), floorParallel(batch, 2), pipelinePass("(b) pipeline, 1 thread", batch, 1),
                    pipelinePass("(c) pipeline, --jobs 2", batch, 2));
            measured.add(r);
            out.printf(Locale.ROOT, "round %d: (a) %.1f s, (a2) %.1f s, (b) %.1f s, (c) %.1f s; (b)/(a) %.2f, (c) vs (b) %.2f×%n", round,
                    r.get(0).nanos() / 1e9, r.get(1).nanos() / 1e9, r.get(2).nanos() / 1e9, r.get(3).nanos() / 1e9,
                    (double) r.get(2).nanos() / r.get(0).nanos(), (double) r.get(2).nanos() / r.get(3).nanos());
        }
        Pass a = median(measured, 0);
        Pass a2 = median(measured, 1);
        Pass b = median(measured, 2);
        Pass c = median(measured, 3);
        List<Pass> passes = new ArrayList<>(List.of(a, a2, b, c));
        for (int n : sizes) {
            passes.add(pipelinePass("pipeline --jobs 2, " + n + " files", repeat(pdfs, n, 0), 2));
        }
        out.println();
        out.println("| pass | files | pages | seconds | pages/s | ms/report p50 | ms/report p95 | peak heap MB | GC s | JIT s | failed |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Pass p : passes) {
            out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.0f | %.0f | %d | %.1f | %.1f | %d |%n", p.name(), p.files(),
                    p.pages(), p.nanos() / 1e9, p.pagesPerSecond(), p.percentileMs(0.5), p.percentileMs(0.95), p.peakHeap() >> 20,
                    p.spent().gcMillis() / 1e3, p.spent().jitMillis() / 1e3, p.failures());
        }
        out.printf(Locale.ROOT, "%nmedians of %d rounds (the table's first four rows)%n", rounds);
        out.printf(Locale.ROOT, "(b)/(a) time ratio: %.2f (target ≤ 1.5)%n", (double) b.nanos() / a.nanos());
        out.printf(Locale.ROOT, "(c) vs (b) speed-up: %.2f× (target ≥ 1.7×)%n", (double) b.nanos() / c.nanos());
        out.printf(Locale.ROOT, "the floor itself on two threads: %.2f× (what two cores of this machine give plain PDFBox)%n",
                (double) a.nanos() / a2.nanos());
        if (!scans.isEmpty()) {
            scanPasses(scans);
        }
        return 0;
    }

    /**
     * Scanned PDFs through the whole pipeline, once on one worker and once on two (each file twice
     * when only one is given, so both workers have work): seconds per page read by OCR. Tesseract
     * dominates, so these are timed once, apart from the rounds above.
     */
    private void scanPasses(List<Path> scans) throws Exception {
        out.println();
        if (!io.juesuan.ingest.ocr.OcrReader.available()) {
            out.println("scanned pages not timed: " + io.juesuan.ingest.ocr.OcrReader.missingMessage());
            return;
        }
        List<Path> two = scans.size() > 1 ? scans : List.of(scans.get(0), scans.get(0));
        out.println("| OCR pass | files | pages read by OCR | seconds | s per scanned page | failed |");
        out.println("|---|---|---|---|---|---|");
        scanPass("(d) scans, 1 worker", scans, 1);
        scanPass("(e) scans, --jobs 2", two, 2);
    }

    private void scanPass(String name, List<Path> scans, int threads) throws Exception {
        long before = io.juesuan.ingest.ocr.OcrReader.pagesRead();
        Pass p = pipelinePass(name, scans, threads);
        long ocrPages = io.juesuan.ingest.ocr.OcrReader.pagesRead() - before;
        out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %d |%n", p.name(), p.files(), ocrPages, p.nanos() / 1e9,
                ocrPages == 0 ? Double.NaN : p.nanos() / 1e9 / ocrPages, p.failures());
    }

    private static Pass median(List<List<Pass>> rounds, int kind) {
        List<Pass> of = new ArrayList<>(rounds.stream().map(r -> r.get(kind)).toList());
        of.sort(java.util.Comparator.comparingLong(Pass::nanos));
        return of.get(of.size() / 2);
    }

    /**
     * Runs every path (floor, one worker, two workers) until the JIT has settled: a round whose
     * compile time is under 3% of its wall time, or ten rounds (the pipeline has much code that runs
     * once per document and reaches C2 only after a few thousand documents). Timing while C2 still compiles
     * would charge (c) for it (its two workers fill both cores) more than (b), which leaves the
     * compiler a free core.
     */
    private void warmUp(List<Path> pdfs, int files) throws Exception {
        List<Path> batch = repeat(pdfs, files, 0);
        for (int round = 1; round <= 10; round++) {
            Counters start = Counters.now();
            long t0 = System.nanoTime();
            floor(batch);
            pipelinePass("warm-up", batch, 1);
            pipelinePass("warm-up", batch, 2);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double jit = Counters.now().since(start).jitMillis() / 1e3;
            out.printf(Locale.ROOT, "warm-up round %d: %.1f s, JIT %.1f s%n", round, seconds, jit);
            if (jit < 0.03 * seconds) {
                return;
            }
        }
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
        Counters start = resetPeaks();
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
        return new Pass("(a) PDFBox PDFTextStripper (floor)", batch.size(), pages, System.nanoTime() - t0, per, peakHeap(), 0,
                Counters.now().since(start));
    }

    /** The floor on N threads: how far plain PDFBox itself scales on this machine's cores. */
    private Pass floorParallel(List<Path> batch, int threads) throws Exception {
        Counters start = resetPeaks();
        long[] per = new long[batch.size()];
        long elapsed = inParallel(batch.size(), threads, per, idx -> {
            try (PDDocument d = PDDocument.load(batch.get(idx).toFile(), MemoryUsageSetting.setupMainMemoryOnly())) {
                new PDFTextStripper().getText(d);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return new Pass("(a2) floor, 2 threads", batch.size(), pages(batch), elapsed, per, peakHeap(), 0,
                Counters.now().since(start));
    }

    private Pass pipelinePass(String name, List<Path> batch, int threads) throws Exception {
        Counters start = resetPeaks();
        long[] per = new long[batch.size()];
        long[] pageCounts = new long[batch.size()];
        int[] failures = new int[1];
        long elapsed = inParallel(batch.size(), threads, per, idx -> {
            try {
                Report r = pipeline.extract(batch.get(idx), batch.get(idx).toString());
                JsonReportWriter.toBytes(r);
            } catch (IngestException | RuntimeException e) {
                synchronized (failures) {
                    failures[0]++;
                }
            }
        });
        Counters spent = Counters.now().since(start);
        for (int i = 0; i < batch.size(); i++) {
            pageCounts[i] = pageCount(batch.get(i));
        }
        return new Pass(name, batch.size(), Arrays.stream(pageCounts).sum(), elapsed, per, peakHeap(), failures[0], spent);
    }

    /** Runs {@code task} for each index on {@code threads} threads, each one's time in {@code per}; the wall time. */
    private static long inParallel(int n, int threads, long[] per, java.util.function.IntConsumer task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int idx = i;
                futures.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    task.accept(idx);
                    per[idx] = System.nanoTime() - s;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return System.nanoTime() - t0;
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

    private static Counters resetPeaks() {
        System.gc();
        PEAK.set(0);
        return Counters.now();
    }

    /** The most heap seen in use since the last reset. */
    private static long peakHeap() {
        return PEAK.get();
    }
}
