package io.juesuan.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on an output folder ({@code <out>/.juesuan.lock}, an OS file lock through
 * {@link FileChannel#tryLock}), held for the whole run: outputs, manifest and exports. The OS
 * drops it when the process ends, however it ends, so a crashed run never leaves a stale lock.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = ".juesuan.lock";

    /** The folder is locked by another run and stayed so for the time allowed. */
    public static final class HeldException extends IOException {
        HeldException(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, waiting up to {@code wait} for another run to release it. */
    public static OutputLock acquire(Path outDir, Duration wait) throws IOException {
        Files.createDirectories(outDir);
        Path f = outDir.resolve(FILE);
        FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock l;
                try {
                    l = ch.tryLock();
                } catch (OverlappingFileLockException e) {
                    l = null; // held by another run in this same JVM
                }
                if (l != null) {
                    return new OutputLock(ch, l);
                }
                if (System.nanoTime() >= deadline) {
                    throw new HeldException("output folder " + outDir.toAbsolutePath() + " is in use by another run (lock "
                            + f.getFileName() + ")" + (wait.isZero() ? "; use --wait SECONDS to wait for it" : "; waited "
                            + wait.toSeconds() + " s"));
                }
                Thread.sleep(Math.min(200, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ch.close();
            throw new HeldException("interrupted while waiting for the lock on " + outDir);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
