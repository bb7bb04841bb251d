package io.juesuan.cli;

import io.juesuan.Deadline;
import io.juesuan.Pipeline;
import io.juesuan.ReadLog;
import io.juesuan.model.Warning;
import io.juesuan.ingest.IngestException;
import io.juesuan.model.Report;
import io.juesuan.output.JsonReportWriter;
import io.juesuan.output.Manifest;
import io.juesuan.output.ManifestEntry;
import io.juesuan.output.CsvExporter;
import io.juesuan.output.OutputLock;
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
    private record Outcome(Task task, String sha256, Report report, String failure, boolean skipped, long millis) {}

    /** How long past its limit a worker that never reaches a deadline check is waited for before it is abandoned. */
    private static final long GRACE_NANOS = 1_000_000_000L;

    private static final class Task {
        final Path input;
        final String display;
        final String key;
        final CompletableFuture<Outcome> result = new CompletableFuture<>();
        final AtomicBoolean permitReleased = new AtomicBoolean();
        volatile long startedAt;
        volatile Thread thread;

        Task(Path input, String display, String key) {
            this.input = input;
            this.display = display;
            this.key = key;
        }
    }

    public BatchSummary run(List<Path> inputs, BatchOptions opts) throws IOException {
        Path out = opts.outDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new RunException("cannot create the output folder " + out + ": " + plain(e));
        }
        if (!Files.isWritable(out)) {
            throw new RunException("the output folder " + out + " is not writable");
        }
        try (OutputLock lock = OutputLock.acquire(out, opts.lockWait())) {
            return runLocked(inputs, opts, out);
        }
    }

    private BatchSummary runLocked(List<Path> inputs, BatchOptions opts, Path out) throws IOException {
        Manifest manifest = Manifest.load(out);
        rekeyRelative(manifest);
        OutputNames names = new OutputNames();
        for (ManifestEntry e : manifest.entries()) {
            if (e.output() != null) {
                names.reserve(e.output(), e.sha256());
            }
        }
        List<String> keys = inputs.stream().map(Inputs::key).toList();
        if (opts.prune()) {
            prune(manifest, out, new java.util.HashSet<>(keys));
        }
        Progress progress = new Progress(err, inputs.size(), System.console() != null, !opts.quiet());
        int jobs = Math.max(1, opts.jobs());
        Semaphore permits = new Semaphore(jobs);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "juesuan-worker");
            t.setDaemon(true);
            return t;
        });
        long[] counts = new long[13];
        Deque<Task> window = new ArrayDeque<>();
        long lastSave = System.nanoTime();
        // SIGTERM / SIGINT: the manifest names what is already in place before the process goes
        Thread hook = new Thread(() -> {
            try {
                manifest.save(out, toolVersion);
            } catch (IOException | RuntimeException e) {
                // nothing more can be done while the process ends
            }
        }, "juesuan-manifest-on-exit");
        boolean hooked = addHook(hook);
        try {
            for (int i = 0; i < inputs.size(); i++) {
                Path input = inputs.get(i);
                while (window.size() >= jobs * 4) {
                    commit(window.poll(), opts, manifest, names, progress, counts, permits);
                }
                Task task = new Task(input, display(input), keys.get(i));
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
            if (hooked) {
                removeHook(hook);
            }
        }
        if (opts.csv()) {
            new CsvExporter(opts.bom()).export(out, manifest.entries());
        }
        return new BatchSummary((int) counts[0], (int) counts[1], (int) counts[2], (int) counts[3], (int) counts[4],
                counts[5], counts[6], counts[7], counts[8], counts[9], counts[10], counts[11], counts[12], out);
    }

    /** The run itself cannot go on (exit code 3): folder locked, not writable, out of memory outside a document. */
    public static final class RunException extends IOException {
        public RunException(String message) {
            super(message);
        }
    }

    private static String plain(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such folder above it";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean addHook(Thread hook) {
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            return true;
        } catch (IllegalStateException e) {
            return false; // already shutting down
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs
        }
    }

    /** Rows of older manifests keyed by a path as typed become keyed by the real path, when that file is found. */
    private static void rekeyRelative(Manifest manifest) {
        for (ManifestEntry e : manifest.entries()) {
            if (!e.input().startsWith("/") && !e.input().startsWith("file:") && !Path.of(e.input()).isAbsolute()) {
                Path p = Path.of(e.input());
                if (Files.exists(p)) {
                    String key = Inputs.key(p);
                    manifest.remove(e.input());
                    if (manifest.get(key) == null) {
                        manifest.put(e.withInput(key));
                    }
                }
            }
        }
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
        List<ReadLog.Entry> recovered = List.of();
        Deadline.start(opts.timeout().toNanos());
        try {
            long size = Files.size(task.input);
            if (opts.maxBytes() > 0 && size > opts.maxBytes()) {
                task.result.complete(new Outcome(task, sha, null, "file is " + mb(size) + " MB, over the limit of "
                        + mb(opts.maxBytes()) + " MB (--max-size); not parsed", false, 0));
                return;
            }
            sha = sha256(task.input);
            ManifestEntry before = manifest.get(task.key);
            if (!opts.force() && before != null && before.succeeded() && sha.equals(before.sha256())
                    && toolVersion.equals(before.toolVersion()) && before.output() != null
                    && sha.equals(outputSha(opts.outDir().resolve(before.output())))) {
                task.result.complete(new Outcome(task, sha, null, null, true, 0));
                return;
            }
            ReadLog.begin();
            Report r;
            try {
                r = extractor.extract(task.input, task.display);
            } finally {
                List<ReadLog.Entry> said = ReadLog.end();
                recovered = said;
            }
            r = withLibraryWarnings(r, recovered);
            task.result.complete(new Outcome(task, sha, r, null, false, System.currentTimeMillis() - t0));
        } catch (Deadline.Exceeded e) {
            task.result.complete(timedOut(task, opts));
        } catch (IngestException e) {
            task.result.complete(causedByDeadline(e) ? timedOut(task, opts)
                    : new Outcome(task, sha, null, e.getMessage(), false, System.currentTimeMillis() - t0));
        } catch (IOException e) {
            task.result.complete(new Outcome(task, sha, null, "cannot read file: " + e.getMessage(), false,
                    System.currentTimeMillis() - t0));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a bug or a pathological file must not stop the night's batch
            task.result.complete(causedByDeadline(e) ? timedOut(task, opts)
                    : new Outcome(task, sha, null, "internal error: " + e, false, System.currentTimeMillis() - t0));
        } finally {
            synchronized (task) {
                task.thread = null;
            }
            Deadline.clear();
            if (task.permitReleased.compareAndSet(false, true)) {
                permits.release();
            }
        }
    }

    /** Messages PDFBox logs for things that do not touch the text read (font substitution for rendering). */
    private static final java.util.regex.Pattern BENIGN = java.util.regex.Pattern.compile(
            "Using fallback font|font cache|FileSystemFontProvider|New fonts found|Building on-disk font cache");

    /**
     * What the PDF library recovered from while reading the document becomes a warning of severity
     * loss per distinct message and page ({@code pdf_recovered}), so the report cannot be plain ok.
     */
    static Report withLibraryWarnings(Report r, List<ReadLog.Entry> said) {
        java.util.LinkedHashMap<String, ReadLog.Entry> distinct = new java.util.LinkedHashMap<>();
        for (ReadLog.Entry e : said) {
            if (!BENIGN.matcher(e.message()).find()) {
                distinct.putIfAbsent(e.page() + "|" + e.message(), e);
            }
        }
        if (distinct.isEmpty()) {
            return r;
        }
        List<Warning> ws = new java.util.ArrayList<>(r.warnings());
        int n = 0;
        for (ReadLog.Entry e : distinct.values()) {
            if (++n > 20) {
                ws.add(Warning.loss("pdf_recovered", "PDF reader: " + (distinct.size() - 20) + " more problems recovered from", null));
                break;
            }
            String msg = e.message().length() > 300 ? e.message().substring(0, 300) + "…" : e.message();
            String where = "PDF reader " + (e.page() == null ? "while opening the file" : "on page " + e.page()) + ": " + msg;
            if (isFontLoading(e)) {
                // a font's outlines or cmap tables: they shape glyphs, not the text read (that comes from the
                // ToUnicode map, and a page whose text does not decode is judged by TextLayerJudge)
                ws.add(Warning.info("pdf_font", where, e.page()));
            } else {
                ws.add(Warning.loss("pdf_recovered", where + " — content there may be missing", e.page()));
            }
        }
        return new Report(r.schemaVersion(), r.source(), r.report(), r.sections(), r.tables(), r.performance(), r.checks(), ws);
    }

    private static boolean isFontLoading(ReadLog.Entry e) {
        String logger = e.logger() == null ? "" : e.logger();
        return logger.startsWith("org.apache.fontbox") || logger.startsWith("org.apache.pdfbox.pdmodel.font");
    }

    private static boolean causedByDeadline(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Deadline.Exceeded) {
                return true;
            }
        }
        return false;
    }

    private static Outcome timedOut(Task task, BatchOptions opts) {
        return new Outcome(task, null, null, "timed out after " + opts.timeout().toSeconds() + " s", false, opts.timeout().toMillis());
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    /** {@code source.sha256} of an output JSON, read without parsing the rest; null when unreadable. */
    static String outputSha(Path json) {
        if (!Files.isRegularFile(json)) {
            return null;
        }
        try (com.fasterxml.jackson.core.JsonParser p = JSON_FACTORY.createParser(json.toFile())) {
            int depth = 0;
            boolean inSource = false;
            com.fasterxml.jackson.core.JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == com.fasterxml.jackson.core.JsonToken.START_OBJECT || t == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == com.fasterxml.jackson.core.JsonToken.END_OBJECT || t == com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                    depth--;
                    if (inSource && depth == 1) {
                        return null;
                    }
                } else if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String n = p.currentName();
                    if (depth == 1 && n.equals("source")) {
                        inSource = true;
                    } else if (depth == 1 && inSource) {
                        return null;
                    } else if (depth == 2 && inSource && n.equals("sha256")) {
                        p.nextToken();
                        return p.getValueAsString();
                    }
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static final com.fasterxml.jackson.core.JsonFactory JSON_FACTORY = new com.fasterxml.jackson.core.JsonFactory();

    private void commit(Task task, BatchOptions opts, Manifest manifest, OutputNames names, Progress progress,
            long[] counts, Semaphore permits) throws IOException {
        Outcome o = await(task, opts, permits);
        if (o.skipped()) {
            counts[3]++;
            ManifestEntry row = manifest.get(task.key);
            if (row != null) {
                addCounts(counts, row);
            }
            progress.step(false, true);
            return;
        }
        if (o.failure() != null) {
            counts[2]++;
            ManifestEntry before = manifest.get(task.key);
            manifest.put(new ManifestEntry(task.key, o.sha256(), ManifestEntry.Status.FAILED, o.failure(),
                    before == null ? null : before.output(), null, null, null, o.millis(), toolVersion));
            progress.interrupt();
            LOG.warn("failed  {}: {}", task.display, o.failure());
            progress.step(true, false);
            return;
        }
        Report r = o.report();
        String name = names.assign(r);
        byte[] bytes = JsonReportWriter.toBytes(r);
        writer.write(opts.outDir().resolve(name), bytes);
        ManifestEntry row = ManifestEntry.of(task.key, r, name, o.millis(), toolVersion);
        manifest.put(row);
        addCounts(counts, row);
        ManifestEntry.Status status = row.status();
        counts[status == ManifestEntry.Status.OK ? 0 : status == ManifestEntry.Status.OK_WITH_WARNINGS ? 1 : 4]++;
        progress.interrupt();
        LOG.info("{}  {} -> {}", status == ManifestEntry.Status.OK ? "ok     " : status == ManifestEntry.Status.OK_WITH_WARNINGS
                ? "warn   " : "checks ", task.display, name);
        progress.step(false, false);
    }

    private static void addCounts(long[] counts, ManifestEntry row) {
        if (!row.hasCounts()) {
            return;
        }
        counts[5] += row.checksPassed();
        counts[6] += row.checksFailed();
        counts[7] += row.checksSkipped();
        counts[8] += row.independentPassed();
        counts[9] += row.independentFailed();
        counts[10] += row.warningsLoss();
        counts[11] += row.warningsDoubt();
        counts[12] += row.warningsInfo();
    }

    /**
     * The last resort for a worker that never reached a deadline check a second past its limit
     * (stuck inside one library call: tabula's cell finding over a page of a million lines):
     * {@link Thread#stop()}. The worker's state is its own document's, which is dropped; on a JVM
     * without it (Java 20+) the worker is only abandoned, as before.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread t) {
        try {
            t.stop();
        } catch (UnsupportedOperationException | SecurityException e) {
            // abandoned: it ends on its own
        }
    }

    /** Waits for a task; past its time limit the worker is interrupted and abandoned. */
    private static Outcome await(Task task, BatchOptions opts, Semaphore permits) {
        while (true) {
            try {
                return task.result.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long started = task.startedAt;
                // the worker stops itself at its deadline (Deadline); this is the fallback for code that never
                // checks it. A scanned file gets more time for each page it reads by OCR.
                long limit = opts.timeout().toNanos() + io.juesuan.ingest.ocr.OcrReader.allowanceNanos(task.thread, started);
                if (started != 0 && System.nanoTime() - started > limit + GRACE_NANOS) {
                    Thread t = task.thread;
                    if (t != null) {
                        t.interrupt();
                        // under the task's lock: the worker clears task.thread under it when done, so a
                        // thread already on its next document is never stopped
                        synchronized (task) {
                            if (task.thread != null) {
                                stop(task.thread);
                            }
                        }
                    }
                    if (task.permitReleased.compareAndSet(false, true)) {
                        permits.release();
                    }
                    return timedOut(task, opts);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                return new Outcome(task, null, null, "internal error: " + e.getCause(), false, 0);
            }
        }
    }

    /**
     * Inputs that no longer exist lose their manifest row and their output file. A row is kept when
     * its input is among this run's, when the file it names is there, or when its name cannot be
     * checked (not valid UTF-8 and stored before names were keyed by URI).
     */
    private void prune(Manifest manifest, Path out, java.util.Set<String> current) throws IOException {
        for (ManifestEntry e : manifest.entries()) {
            String key = e.input();
            if (current.contains(key) || key.indexOf('\uFFFD') >= 0) {
                continue;
            }
            Path file;
            try {
                file = Inputs.fileOf(key);
            } catch (RuntimeException bad) {
                continue;
            }
            if (!file.isAbsolute() || Files.exists(file)) {
                continue;
            }
            if (e.output() != null && manifest.entries().stream().noneMatch(o -> o != e && e.output().equals(o.output()))) {
                Files.deleteIfExists(out.resolve(e.output()));
            }
            manifest.remove(key);
            LOG.info("pruned  {}", key);
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
