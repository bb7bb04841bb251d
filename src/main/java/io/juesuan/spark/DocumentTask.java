package io.juesuan.spark;

import io.juesuan.Pipeline;
import io.juesuan.ingest.IngestException;
import io.juesuan.model.Report;
import io.juesuan.output.JsonReportWriter;
import io.juesuan.output.ManifestEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One document on an executor: the same {@link Pipeline} call as the CLI's batch runner, any
 * failure (bad input, a bug, or the time budget spent) turned into a failed result with the reason
 * the CLI would give — never a failed job.
 */
final class DocumentTask {
    private static final ThreadLocal<Pipeline> PIPELINE = ThreadLocal.withInitial(Pipeline::new);
    // PDF parsing cannot always be interrupted: a document past its budget is abandoned on a daemon
    // thread, as the CLI does, so the task (and the executor's slot) moves on
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "juesuan-document");
        t.setDaemon(true);
        return t;
    });

    private DocumentTask() {}

    static DocumentResult run(String input, byte[] content, String sha, String version, Duration budget) {
        long t0 = System.nanoTime();
        String name = input.substring(input.lastIndexOf('/') + 1);
        Future<Report> work = WORKERS.submit(() -> PIPELINE.get().extract(Path.of(name), content, input));
        try {
            Report r = work.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            String json = new String(JsonReportWriter.toBytes(r), StandardCharsets.UTF_8);
            return new DocumentResult(input, sha, ManifestEntry.statusOf(r), ManifestEntry.reasonOf(r), r.source().format(),
                    r.report().year(), r.report().unit(), r.source().pageCount(), r.warnings().size(), millis(t0), version,
                    false, json, null, java.util.Map.of());
        } catch (TimeoutException e) {
            work.cancel(true);
            return DocumentResult.failed(input, sha, "timed out after " + budget.toSeconds() + " s", millis(t0), version);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof IngestException ? cause.getMessage() : "internal error: " + cause;
            return DocumentResult.failed(input, sha, reason, millis(t0), version);
        } catch (InterruptedException e) {
            // Spark cancelling the task: let it see the interrupt
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception | StackOverflowError e) {
            return DocumentResult.failed(input, sha, "internal error: " + e, millis(t0), version);
        }
    }

    private static long millis(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
