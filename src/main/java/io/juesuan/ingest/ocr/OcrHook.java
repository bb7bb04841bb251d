package io.juesuan.ingest.ocr;

import io.juesuan.ingest.IngestException;
import io.juesuan.model.Page;
import io.juesuan.model.Warning;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The PDF front-end's one call into OCR: pages without a usable text layer (none at all, or one
 * that does not decode) are read from their images and replace the empty pages in place.
 */
public final class OcrHook {
    private OcrHook() {}

    /**
     * Reads {@code textless} pages that hold an image, and every {@code undecodable} page (its glyphs
     * render right even where their character map is wrong), by OCR into {@code pages} (index =
     * number - 1) and returns the warnings to carry. Without tesseract: a file with no readable text
     * at all fails with the install hint and {@code reason}; a file with some text keeps its empty
     * pages and says so.
     */
    public static List<Warning> replace(PDDocument pdf, Collection<Integer> textless, Collection<Integer> undecodable,
            List<Page> pages, boolean allTextless, String reason) throws IngestException {
        java.util.TreeSet<Integer> imaged = new java.util.TreeSet<>(undecodable);
        try {
            for (int n : new java.util.TreeSet<>(textless)) {
                if (OcrReader.hasImage(pdf, n - 1)) {
                    imaged.add(n);
                }
            }
        } catch (IOException e) {
            throw new IngestException("not a readable PDF: " + e.getMessage(), e);
        }
        if (imaged.isEmpty()) {
            if (allTextless) {
                throw new IngestException(reason + " and no image to read");
            }
            return List.of();
        }
        textless = imaged;
        if (!OcrReader.available()) {
            if (allTextless) {
                throw new IngestException(OcrReader.missingMessage() + "; " + reason);
            }
            return List.of(Warning.loss("ocr_unavailable", "pages " + OcrReader.ranges(new java.util.TreeSet<>(textless))
                    + " have no text layer and were not read: " + OcrReader.missingMessage(), null));
        }
        OcrReader.Result r;
        try {
            r = OcrReader.read(pdf, textless);
        } catch (IOException e) {
            throw new IngestException("OCR failed: " + e.getMessage(), e);
        }
        for (Map.Entry<Integer, Page> e : r.pages().entrySet()) {
            pages.set(e.getKey() - 1, e.getValue());
        }
        if (allTextless && pages.stream().allMatch(p -> p.blocks().isEmpty())) {
            throw new IngestException(reason + " and OCR read no text on them");
        }
        return new ArrayList<>(r.warnings());
    }
}
