package io.juesuan.cli;

import io.juesuan.Pipeline;
import io.juesuan.ingest.IngestException;
import io.juesuan.model.Report;
import io.juesuan.output.JsonReportWriter;
import io.juesuan.output.Manifest;
import io.juesuan.output.ManifestEntry;
import io.juesuan.output.OutputNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs many inputs through the pipeline with N workers and commits the results in input order,
 * so names given to colliding reports and the manifest are the same whatever the timing. A bad
 * input becomes a failed manifest row and the batch goes on; a worker past its time limit is
 * abandoned (PDF parsing cannot always be interrupted) and no longer counts against the N.
 * Outputs are written atomically before the manifest that names them.
 */
public final class BatchRunner {
    private static final Logger LOG = LoggerFactory.getLogger("juesuan");
    private static final long MANIFEST_EVERY_NANOS = 2_000_000_000L;

    private final DocumentExtractor extractor;
    private final ReportWriter writer;
    private final String toolVersion;
    private final PrintStream err;

    public BatchRunner(DocumentExtractor extractor, ReportWriter writer, String toolVersion, PrintStream err) {
        this.extractor = extractor;
        this.writer = writer;
        this.toolVersion = toolVersion;
        this.err = err;
    }

    public static BatchRunner standard(Pipeline pipeline, String toolVersion) {
        return new BatchRunner(pipeline::extract, io.juesuan.output.AtomicFiles::write, toolVersion, System.err);
    }

    /** What a worker hands back: a report, a failure reason, or "unchanged". */
    private record Outcome(Path input, String display, String sha256, Report report, String failure, boolean skipped, long millis) {}

    private static final class Task {
        final Path input;
        final String display;
        final CompletableFuture<Outcome> result = new CompletableFuture<>();
        final AtomicBoolean permitReleased = new AtomicBoolean();
        volatile long startedAt;
        volatile Thread thread;

        Task(Path input, String display) {
            this.input = input;
            this.display = display;
        }
    }

    public BatchSummary run(List<Path> inputs, BatchOptions opts) throws IOException {
        Path out = opts.outDir();
        Files.createDirectories(out);
        Manifest manifest = Manifest.load(out);
        OutputNames names = new OutputNames();
        for (ManifestEntry e : manifest.entries()) {
            if (e.output() != null) {
                names.reserve(e.output(), e.sha256());
            }
        }
        if (opts.prune()) {
            prune(manifest, out);
        }
        Progress progress = new Progress(err, inputs.size(), System.console() != null, !opts.quiet());
        int jobs = Math.max(1, opts.jobs());
        Semaphore permits = new Semaphore(jobs);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "juesuan-worker");
            t.setDaemon(true);
            return t;
        });
        int[] counts = new int[4];
        Deque<Task> window = new ArrayDeque<>();
        long lastSave = System.nanoTime();
        try {
            for (Path input : inputs) {
                while (window.size() >= jobs * 4) {
                    commit(window.poll(), opts, manifest, names, progress, counts, permits);
                }
                Task task = new Task(input, display(input));
                // all workers busy: settle the oldest, which also abandons it once past its time limit
                while (!tryAcquire(permits)) {
                    if (!window.isEmpty()) {
                        commit(window.poll(), opts, manifest, names, progress, counts, permits);
                    }
                }
                window.add(task);
                pool.execute(() -> work(task, manifest, opts, permits));
                while (!window.isEmpty() && window.peek().result.isDone()) {
                    commit(window.poll(), opts, manifest, names, progress, counts, permits);
                }
                if (System.nanoTime() - lastSave > MANIFEST_EVERY_NANOS) {
                    manifest.save(out, toolVersion);
                    lastSave = System.nanoTime();
                }
            }
            while (!window.isEmpty()) {
                commit(window.poll(), opts, manifest, names, progress, counts, permits);
            }
        } finally {
            // whatever happened, the manifest names exactly the outputs already in place
            manifest.save(out, toolVersion);
            pool.shutdownNow();
        }
        return new BatchSummary(counts[0], counts[1], counts[2], counts[3]);
    }

    private static boolean tryAcquire(Semaphore permits) {
        try {
            return permits.tryAcquire(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void work(Task task, Manifest manifest, BatchOptions opts, Semaphore permits) {
        task.thread = Thread.currentThread();
        task.startedAt = System.nanoTime();
        long t0 = System.currentTimeMillis();
        String sha = null;
        try {
            sha = sha256(task.input);
            ManifestEntry before = manifest.get(task.display);
            if (!opts.force() && before != null && before.succeeded() && sha.equals(before.sha256())
                    && toolVersion.equals(before.toolVersion()) && before.output() != null
                    && Files.isRegularFile(opts.outDir().resolve(before.output()))) {
                task.result.complete(new Outcome(task.input, task.display, sha, null, null, true, 0));
                return;
            }
            Report r = extractor.extract(task.input, task.display);
            task.result.complete(new Outcome(task.input, task.display, sha, r, null, false, System.currentTimeMillis() - t0));
        } catch (IngestException e) {
            task.result.complete(new Outcome(task.input, task.display, sha, null, e.getMessage(), false, System.currentTimeMillis() - t0));
        } catch (IOException e) {
            task.result.complete(new Outcome(task.input, task.display, sha, null, "cannot read file: " + e.getMessage(), false,
                    System.currentTimeMillis() - t0));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a bug or a pathological file must not stop the night's batch
            task.result.complete(new Outcome(task.input, task.display, sha, null, "internal error: " + e, false,
                    System.currentTimeMillis() - t0));
        } finally {
            if (task.permitReleased.compareAndSet(false, true)) {
                permits.release();
            }
        }
    }

    private void commit(Task task, BatchOptions opts, Manifest manifest, OutputNames names, Progress progress,
            int[] counts, Semaphore permits) throws IOException {
        Outcome o = await(task, opts, permits);
        if (o.skipped()) {
            counts[3]++;
            progress.step(false, true);
            return;
        }
        if (o.failure() != null) {
            counts[2]++;
            ManifestEntry before = manifest.get(o.display());
            manifest.put(new ManifestEntry(o.display(), o.sha256(), ManifestEntry.FAILED, o.failure(),
                    before == null ? null : before.output(), null, null, null, o.millis(), toolVersion));
            progress.interrupt();
            LOG.warn("failed  {}: {}", o.display(), o.failure());
            progress.step(true, false);
            return;
        }
        Report r = o.report();
        String name = names.assign(r);
        byte[] bytes = JsonReportWriter.toBytes(r);
        writer.write(opts.outDir().resolve(name), bytes);
        int warnings = r.warnings().size();
        counts[warnings == 0 ? 0 : 1]++;
        manifest.put(new ManifestEntry(o.display(), o.sha256(), ManifestEntry.statusOf(r), ManifestEntry.reasonOf(r), name,
                r.source().format(), r.source().pageCount(), warnings, o.millis(), toolVersion));
        progress.interrupt();
        LOG.info("{}  {} -> {}", warnings == 0 ? "ok     " : "warn   ", o.display(), name);
        progress.step(false, false);
    }

    /** Waits for a task; past its time limit the worker is interrupted and abandoned. */
    private static Outcome await(Task task, BatchOptions opts, Semaphore permits) {
        while (true) {
            try {
                return task.result.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long started = task.startedAt;
                // a scanned file gets more time for each page it reads by OCR
                long limit = opts.timeout().toNanos() + io.juesuan.ingest.ocr.OcrReader.allowanceNanos(task.thread, started);
                if (started != 0 && System.nanoTime() - started > limit) {
                    Thread t = task.thread;
                    if (t != null) {
                        t.interrupt();
                    }
                    if (task.permitReleased.compareAndSet(false, true)) {
                        permits.release();
                    }
                    return new Outcome(task.input, task.display, null, null,
                            "timed out after " + limit / 1_000_000_000 + " s", false, limit / 1_000_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                return new Outcome(task.input, task.display, null, null, "internal error: " + e.getCause(), false, 0);
            }
        }
    }

    /** Inputs that no longer exist lose their manifest row and their output file. */
    private void prune(Manifest manifest, Path out) throws IOException {
        for (ManifestEntry e : manifest.entries()) {
            if (!Files.exists(Path.of(e.input()))) {
                if (e.output() != null) {
                    Files.deleteIfExists(out.resolve(e.output()));
                }
                manifest.remove(e.input());
                LOG.info("pruned  {}", e.input());
            }
        }
    }

    static String display(Path p) {
        return p.normalize().toString().replace('\\', '/');
    }

    static String sha256(Path p) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
