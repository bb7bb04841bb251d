package io.juesuan;

/**
 * A per-thread time limit for one document. The batch runner starts it on the worker thread;
 * the PDF content-stream engine and the page loop call {@link #check()} between operators and
 * pages, so a document past its limit stops consuming CPU at once instead of running on, abandoned,
 * after its worker was given up (PDFBox does not look at thread interrupts).
 */
public final class Deadline {
    private static final ThreadLocal<long[]> AT = new ThreadLocal<>();

    /** Thrown on a thread whose document is past its limit. */
    public static final class Exceeded extends RuntimeException {
        public Exceeded() {
            super("time limit exceeded", null, false, false);
        }
    }

    private Deadline() {}

    /** Limits the current thread's work to {@code nanos} from now. */
    public static void start(long nanos) {
        AT.set(new long[] {System.nanoTime() + nanos});
    }

    public static void clear() {
        AT.remove();
    }

    /** Throws {@link Exceeded} when the current thread is past its limit or was interrupted. */
    public static void check() {
        long[] at = AT.get();
        if (at != null && (System.nanoTime() - at[0] > 0 || Thread.currentThread().isInterrupted())) {
            throw new Exceeded();
        }
    }
}
