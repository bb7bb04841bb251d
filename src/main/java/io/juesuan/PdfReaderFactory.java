package io.juesuan;

import io.juesuan.ingest.DocumentReader;
import io.juesuan.ingest.IngestException;
import io.juesuan.ingest.PdfDocumentReader;

/** Where the PDF front-end is plugged in (see ingest.PdfDocumentReader). */
final class PdfReaderFactory {
    private PdfReaderFactory() {}

    static DocumentReader create() throws IngestException {
        return new PdfDocumentReader();
    }
}
