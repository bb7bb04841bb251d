package io.juesuan.review;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the pages a report's tables are printed on to PNG (PDFBox {@link PDFRenderer}, {@value #DPI}
 * dpi, RGB), one file per page in a folder named after the source's sha256, so a page already rendered for
 * the same file is not rendered again. Only the pages asked for are rendered.
 */
public final class PageImages {
    public static final int DPI = 100;

    private PageImages() {}

    /**
     * Renders {@code pages} (1-based) of {@code pdf} into {@code folder} as {@code p<N>.png}, skipping pages
     * already there and pages outside the document; returns page → file name of those present.
     */
    public static Map<Integer, String> render(Path pdf, SortedSet<Integer> pages, Path folder) throws IOException {
        Map<Integer, String> out = new LinkedHashMap<>();
        PDDocument doc = null;
        try {
            for (int page : pages) {
                String name = "p" + page + ".png";
                Path target = folder.resolve(name);
                if (Files.isRegularFile(target) && Files.size(target) > 0) {
                    out.put(page, name);
                    continue;
                }
                if (doc == null) {
                    doc = PDDocument.load(pdf.toFile());
                }
                if (page < 1 || page > doc.getNumberOfPages()) {
                    continue;
                }
                BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageIO.write(img, "png", bytes);
                ReviewSite.write(target, bytes.toByteArray());
                out.put(page, name);
            }
        } finally {
            if (doc != null) {
                doc.close();
            }
        }
        return out;
    }
}
