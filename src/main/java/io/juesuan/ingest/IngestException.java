package io.juesuan.ingest;

/**
 * An input that cannot be read as a report (corrupt, encrypted, image-only, empty, wrong
 * encoding). The message is the one-line reason shown to the user and written to the manifest.
 */
public class IngestException extends Exception {
    public IngestException(String reason) {
        super(reason);
    }

    public IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
