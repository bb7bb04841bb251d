package io.juesuan;

import java.util.ArrayList;
import java.util.List;

/**
 * What the PDF library said while one document was read on this thread: the problems it recovered
 * from (a damaged stream, an object or page it skipped). The logging back-end hands library
 * warnings here while a document is open; the batch runner turns them into warnings of the
 * report, so a document PDFBox only partly read cannot come out plain {@code ok}. The PDF reader
 * says which page it is on.
 */
public final class ReadLog {
    /** A library message, on {@code page} (null: while opening the file). */
    public record Entry(String level, String logger, String message, Integer page) {}

    private static final ThreadLocal<ReadLog> CURRENT = new ThreadLocal<>();
    private static final int MAX = 200;

    private final List<Entry> entries = new ArrayList<>();
    private Integer page;
    private int dropped;

    private ReadLog() {}

    /** Starts collecting on this thread. */
    public static void begin() {
        CURRENT.set(new ReadLog());
    }

    /** Stops collecting and returns what was said. */
    public static List<Entry> end() {
        ReadLog l = CURRENT.get();
        CURRENT.remove();
        return l == null ? List.of() : l.entries;
    }

    /** True while a document is being read on this thread. */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    /** The page now being read (1-based). */
    public static void page(int n) {
        ReadLog l = CURRENT.get();
        if (l != null) {
            l.page = n;
        }
    }

    /** Records a library message; false when no document is being read on this thread. */
    public static boolean record(String level, String logger, String message) {
        ReadLog l = CURRENT.get();
        if (l == null) {
            return false;
        }
        if (l.entries.size() < MAX) {
            l.entries.add(new Entry(level, logger, message, l.page));
        } else {
            l.dropped++;
        }
        return true;
    }
}
