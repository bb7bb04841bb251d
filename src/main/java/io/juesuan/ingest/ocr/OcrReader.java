package io.juesuan.ingest.ocr;

import io.juesuan.model.OcrReading;
import io.juesuan.model.Page;
import io.juesuan.model.Warning;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The OCR page source: pages without a (decodable) text layer, given by number, are read from their
 * image into the same model as the text layer's pages. Needs the {@code tesseract} command.
 */
public final class OcrReader {
    /** Where per-page progress goes (stderr by default; a test or a quiet run may silence it). */
    public static volatile Consumer<String> progress = System.err::println;

    /** The pages read (each with what its cells were read as, {@link Page#ocrReadings()}) and the doubts and notes about them. */
    public record Result(Map<Integer, Page> pages, List<Warning> warnings, double secondsPerPage) {}

    /** Time a scanned page may add to a file's time limit (-Djuesuan.ocr.secondsPerPage, default 45). */
    public static final long SECONDS_PER_PAGE = Long.getLong("juesuan.ocr.secondsPerPage", 45);
    /** Pages read by OCR in this JVM, for the benchmark's seconds per scanned page. */
    private static final java.util.concurrent.atomic.AtomicLong PAGES_READ = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.ConcurrentHashMap<Thread, long[]> RUNNING = new java.util.concurrent.ConcurrentHashMap<>();

    private OcrReader() {}

    /**
     * Extra time for the file a worker thread started at {@code startedAt} (System.nanoTime): the
     * pages it is reading by OCR times {@link #SECONDS_PER_PAGE}; zero for a file without OCR.
     */
    public static long allowanceNanos(Thread worker, long startedAt) {
        long[] e = worker == null ? null : RUNNING.get(worker);
        return e == null || e[0] < startedAt ? 0 : e[1] * SECONDS_PER_PAGE * 1_000_000_000L;
    }

    /** True when tesseract with chi_sim and eng can be run. */
    /** Pages read by OCR in this JVM so far (all threads). */
    public static long pagesRead() {
        return PAGES_READ.get();
    }

    public static boolean available() {
        return Tesseract.available();
    }

    /** The message a scanned file fails with when the engine is not installed. */
    public static String missingMessage() {
        return Tesseract.MISSING;
    }

    /** Reads the given pages (1-based) of an open document from their images. */
    public static Result read(PDDocument pdf, Collection<Integer> pageNumbers) throws IOException {
        if (!available()) {
            throw new IOException(Tesseract.MISSING);
        }
        Map<Integer, Page> pages = new TreeMap<>();
        List<Warning> warnings = new ArrayList<>();
        long start = System.nanoTime();
        RUNNING.put(Thread.currentThread(), new long[] {start, pageNumbers.size()});
        int done = 0;
        for (int n : new java.util.TreeSet<>(pageNumbers)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new IOException("interrupted during OCR");
            }
            long t0 = System.nanoTime();
            BufferedImage image = image(pdf, n - 1);
            if (image == null) {
                continue;
            }
            OcrPage p = OcrPage.read(image, n);
            warnings.addAll(p.warnings);
            List<OcrReading> readings = new ArrayList<>();
            for (OcrPage.CellText c : p.cells) {
                readings.add(new OcrReading(c.text(), c.conf()));
            }
            // the page carries what was read, so a value's confidence can be found after the tables are read
            pages.put(n, new Page(p.page.number(), p.page.blocks(), readings));
            done++;
            PAGES_READ.incrementAndGet();
            progress.accept(String.format(java.util.Locale.ROOT, "ocr: page %d (%d of %d) in %.1f s, skew %.2f°, %d lines, %d cells",
                    n, done, pageNumbers.size(), (System.nanoTime() - t0) / 1e9, p.skewDegrees, p.lines, p.cells.size()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (done > 0) {
            warnings.add(0, Warning.info("ocr", "pages " + ranges(pages.keySet()) + " have no text layer and were read by OCR "
                    + "(tesseract chi_sim); amounts below confidence " + Math.round(OcrPage.DOUBT_CONFIDENCE)
                    + " are listed as ocr_doubt", null));
        }
        return new Result(pages, warnings, done == 0 ? 0 : seconds / done);
    }

    /**
     * The page's picture: the largest embedded image at its own resolution when the page holds
     * nothing else of size (a scanner's or img2pdf's page), otherwise the page rendered at 300 dpi.
     * Null for a page with no image at all (a blank page).
     */
    static BufferedImage image(PDDocument pdf, int index) throws IOException {
        PDPage page = pdf.getPage(index);
        PDImageXObject largest = null;
        int images = 0;
        PDResources res = page.getResources();
        if (res != null) {
            for (COSName name : res.getXObjectNames()) {
                PDXObject x = res.getXObject(name);
                if (x instanceof PDImageXObject img) {
                    images++;
                    if (largest == null || (long) img.getWidth() * img.getHeight() > (long) largest.getWidth() * largest.getHeight()) {
                        largest = img;
                    }
                } else if (x != null) {
                    images += 2; // a form: render the page
                }
            }
        }
        if (largest == null && images == 0) {
            return null;
        }
        int rotation = page.getRotation();
        if (images == 1 && largest != null && rotation == 0 && largest.getWidth() >= 1000) {
            return largest.getImage();
        }
        return new PDFRenderer(pdf).renderImageWithDPI(index, 300, ImageType.GRAY);
    }

    /** True when the page draws an image (or a form that may hold one): something OCR can read. */
    public static boolean hasImage(PDDocument pdf, int index) throws IOException {
        PDResources res = pdf.getPage(index).getResources();
        if (res == null) {
            return false;
        }
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) != null) {
                return true;
            }
        }
        return false;
    }

    static String ranges(java.util.Set<Integer> pages) {
        return io.juesuan.ingest.PdfDocumentReader.ranges(new ArrayList<>(pages));
    }
}
