package io.juesuan.ingest;

import io.juesuan.model.Document;
import io.juesuan.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The PDF front-end. Each file is opened once; each page's content stream is parsed once
 * ({@link PageScanner} collects glyph positions and ruling lines in the same pass); the document is closed
 * before returning. Buffers beyond a small in-memory budget go to temp files, so a 300-page
 * report does not hold its whole stream data on the heap.
 */
public final class PdfDocumentReader implements DocumentReader {
    private static final long MAIN_MEMORY_BYTES = 32L * 1024 * 1024;
    private static final int IN_MEMORY_LIMIT = 64 * 1024 * 1024;
    /**
     * PDFBox reports recoverable font quirks (unsupported cmap formats, CFF in a TTF slot) through
     * java.util.logging on every such file; they say nothing about the extraction, so only errors
     * are let through. Strong references: JUL keeps loggers weakly.
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox"));

    static {
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.SEVERE));
    }

    @Override
    public Document read(Path file) throws IngestException {
        try {
            if (Files.size(file) == 0) {
                throw new IngestException("empty file");
            }
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + e.getMessage(), e);
        }
        return load(() -> PDDocument.load(file.toFile(), MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES)));
    }

    /**
     * From bytes already in memory: parsing from a byte array avoids PDFBox's buffered file reads,
     * which profiling showed as a tenth of the run. Large files still go through the file path.
     */
    @Override
    public Document read(Path file, byte[] bytes) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException("empty file");
        }
        if (bytes.length > IN_MEMORY_LIMIT) {
            return read(file);
        }
        return load(() -> PDDocument.load(bytes, "", null, null, MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES)));
    }

    private interface Loader {
        PDDocument open() throws IOException;
    }

    /** Opens, reads and closes the document, turning PDFBox's failures into one-line reasons. */
    private static Document load(Loader loader) throws IngestException {
        try (PDDocument pdf = loader.open()) {
            return read(pdf);
        } catch (InvalidPasswordException e) {
            throw new IngestException("encrypted PDF: a password is required to open it", e);
        } catch (IngestException | io.juesuan.Deadline.Exceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IngestException("not a readable PDF: " + firstLine(e), e);
        }
    }

    private static Document read(PDDocument pdf) throws IOException, IngestException {
        int count = pdf.getNumberOfPages();
        if (count == 0) {
            throw new IngestException("not a readable PDF: no pages");
        }
        List<Page> pages = new ArrayList<>(count);
        List<Integer> textless = new ArrayList<>();
        List<Integer> undecodable = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            Page page;
            io.juesuan.Deadline.check();
            io.juesuan.ReadLog.page(n);
            try {
                PageScanner scanned = PageScanner.scan(pdf.getPage(n - 1));
                if (TextLayerJudge.undecodable(scanned.glyphs, scanned.unmapped)) {
                    // never parsed: wrong characters would become wrong labels and unit names
                    undecodable.add(n);
                    page = new Page(n, List.of());
                } else {
                    page = PdfPageReader.read(scanned, n);
                }
            } catch (io.juesuan.Deadline.Exceeded e) {
                throw e;
            } catch (RuntimeException e) {
                throw new IngestException("not a readable PDF: page " + n + ": " + firstLine(e), e);
            }
            if (page.blocks().isEmpty() && !undecodable.contains(n)) {
                textless.add(n);
            }
            pages.add(page);
        }
        // pages without text, and pages whose text does not decode, are read from their images by OCR
        List<io.juesuan.model.Warning> warnings = new ArrayList<>();
        if (!textless.isEmpty() || !undecodable.isEmpty()) {
            String reason = textless.isEmpty() ? undecodableReason(undecodable)
                    : undecodable.isEmpty() ? "no text layer on pages " + ranges(textless)
                    : "no text layer on pages " + ranges(textless) + "; " + undecodableReason(undecodable);
            warnings.addAll(io.juesuan.ingest.ocr.OcrHook.replace(pdf, textless, undecodable, pages,
                    textless.size() + undecodable.size() == count, reason));
        }
        List<Integer> recovered = undecodable.stream().filter(n -> !pages.get(n - 1).blocks().isEmpty()).toList();
        if (!recovered.isEmpty()) {
            warnings.add(io.juesuan.model.Warning.info("text_undecodable_ocr", undecodableReason(recovered) + "; those pages were read by OCR", null));
        }
        return new Document("pdf", count, pages, undecodable.stream().filter(n -> !recovered.contains(n)).toList(), warnings);
    }

    /** The reason given for pages whose text layer {@link TextLayerJudge} rejects: "text layer not decodable on pages 3-9". */
    public static String undecodableReason(List<Integer> pages) {
        return "text layer not decodable on pages " + ranges(pages);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** 1-3, 5, 7-9 (pages in increasing order) */
    public static String ranges(List<Integer> pages) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            int start = pages.get(i);
            int end = start;
            while (i + 1 < pages.size() && pages.get(i + 1) == end + 1) {
                end = pages.get(++i);
            }
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(start == end ? String.valueOf(start) : start + "-" + end);
        }
        return b.toString();
    }
}
