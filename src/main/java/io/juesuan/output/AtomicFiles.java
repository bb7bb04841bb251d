package io.juesuan.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that readers see either the old content or the new, never a part: the bytes go
 * to a temp file in the same folder, which is then renamed over the target. The temp file is
 * created like any other file (mode 0666 less the process umask), not with
 * {@code Files.createTempFile}'s 0600, so outputs are readable by whoever the umask allows.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    public static void write(Path target, byte[] bytes) throws IOException {
        try (Pending p = open(target)) {
            p.out().write(bytes);
            p.commit();
        }
    }

    /** A temp file beside {@code target}: write to {@link Pending#out()}, then {@link Pending#commit()}. */
    public static Pending open(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = tempBeside(target);
        return new Pending(target, tmp, Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /** A fresh name beside {@code target} for a temp file, kept short enough for any file system. */
    static Path tempBeside(Path target) {
        String name = target.getFileName().toString();
        String stem = name.length() > 40 ? name.substring(0, 40) : name;
        return target.toAbsolutePath().resolveSibling("." + stem + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
    }

    /** Renames {@code from} over {@code to}, atomically where the file system can. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A file being written; closed without {@link #commit()}, it is deleted and the target left as it was. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path tmp;
        private final OutputStream out;
        private boolean closed;
        private boolean committed;

        Pending(Path target, Path tmp, OutputStream raw) {
            this.target = target;
            this.tmp = tmp;
            this.out = new FilterOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    // closed by Pending, not by writers wrapped around it
                    flush();
                }
            };
            this.raw = raw;
        }

        private final OutputStream raw;

        public OutputStream out() {
            return out;
        }

        public Path tempFile() {
            return tmp;
        }

        /** Closes the temp file and renames it over the target. */
        public void commit() throws IOException {
            closeStream();
            move(tmp, target);
            committed = true;
        }

        /** Closes the temp file and keeps it (for a set renamed together); the caller moves it. */
        public Path finish() throws IOException {
            closeStream();
            committed = true;
            return tmp;
        }

        private void closeStream() throws IOException {
            if (!closed) {
                closed = true;
                out.flush();
                raw.close();
            }
        }

        @Override
        public void close() throws IOException {
            try {
                closeStream();
            } finally {
                if (!committed) {
                    Files.deleteIfExists(tmp);
                }
            }
        }
    }
}
