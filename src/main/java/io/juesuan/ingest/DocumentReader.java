package io.juesuan.ingest;

import io.juesuan.model.Document;
import java.nio.file.Path;

/** A front-end: reads one input file into the intermediate document model. */
public interface DocumentReader {
    Document read(Path file) throws IngestException;
}
