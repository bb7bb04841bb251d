package io.juesuan.cli;

import io.juesuan.ingest.IngestException;
import io.juesuan.model.Report;
import java.nio.file.Path;

/** One document through the pipeline; an interface so batch behaviour can be tested on its own. */
@FunctionalInterface
public interface DocumentExtractor {
    Report extract(Path file, String displayPath) throws IngestException;
}
