package io.juesuan;

import io.juesuan.ingest.DocumentReader;
import io.juesuan.ingest.IngestException;

/** Where the PDF front-end is plugged in (see ingest.PdfDocumentReader). */
final class PdfReaderFactory {
    private PdfReaderFactory() {}

    static DocumentReader create() throws IngestException {
        throw new IngestException("PDF input is not supported yet");
    }
}
