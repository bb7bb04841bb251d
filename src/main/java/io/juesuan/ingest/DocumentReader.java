package io.juesuan.ingest;

import io.juesuan.model.Document;
import java.nio.file.Path;

/** A front-end: reads one input file into the intermediate document model. */
public interface DocumentReader {
    Document read(Path file) throws IngestException;

    /** Reads content the caller already has in memory (it hashed it), so the file is read once. */
    default Document read(Path file, byte[] bytes) throws IngestException {
        return read(file);
    }
}
