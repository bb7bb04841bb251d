package io.juesuan.cli;

import java.io.IOException;
import java.nio.file.Path;

/** Puts one output file in place; the real one is {@link io.juesuan.output.AtomicFiles#write}. */
@FunctionalInterface
public interface ReportWriter {
    void write(Path target, byte[] bytes) throws IOException;
}
