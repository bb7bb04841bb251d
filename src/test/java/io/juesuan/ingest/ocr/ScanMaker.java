package io.juesuan.ingest.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes a scan of a text PDF, deterministically (seeded): every page rendered at {@code dpi},
 * turned by {@code degrees}, gray noise added, a red circle stamp over the middle of page
 * {@code stampPage} (0: none; the page then stays in colour), saved as JPEG of {@code quality} and
 * rebuilt into an image-only PDF of the original page size; only the first {@code pages} pages.
 */
final class ScanMaker {
    private ScanMaker() {}

    static Path make(Path pdf, Path out, int dpi, double degrees, double noise, float quality, int stampPage, int pages, long seed)
            throws IOException {
        if (Files.exists(out)) {
            return out;
        }
        Files.createDirectories(out.getParent());
        Random random = new Random(seed);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (PDDocument src = PDDocument.load(pdf.toFile()); PDDocument dst = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (int i = 0; i < Math.min(pages, src.getNumberOfPages()); i++) {
                boolean stamp = i + 1 == stampPage;
                BufferedImage page = renderer.renderImageWithDPI(i, dpi, stamp ? ImageType.RGB : ImageType.GRAY);
                BufferedImage turned = new BufferedImage(page.getWidth(), page.getHeight(), stamp ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = turned.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, page.getWidth(), page.getHeight());
                g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
                g.drawImage(page, 0, 0, null);
                g.dispose();
                if (stamp) {
                    stamp(turned, dpi);
                }
                addNoise(turned, noise, random);
                byte[] jpeg = jpeg(turned, quality);
                PDRectangle box = src.getPage(i).getMediaBox();
                PDPage p = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                dst.addPage(p);
                PDImageXObject img = JPEGFactory.createFromByteArray(dst, jpeg);
                try (PDPageContentStream cs = new PDPageContentStream(dst, p)) {
                    cs.drawImage(img, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            dst.save(tmp.toFile());
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    /** A red round seal: two rings, a star and text, semi-transparent, over the middle of the page. */
    private static void stamp(BufferedImage img, int dpi) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int d = (int) (1.6 * dpi);
        int x = img.getWidth() / 2 - d / 2;
        int y = img.getHeight() / 2 - d / 2;
        g.setColor(new Color(220, 30, 30, 170));
        g.setStroke(new BasicStroke(dpi / 25f));
        g.drawOval(x, y, d, d);
        g.setStroke(new BasicStroke(dpi / 80f));
        g.drawOval(x + d / 12, y + d / 12, d * 10 / 12, d * 10 / 12);
        int cx = x + d / 2;
        int cy = y + d / 2;
        int r = d / 6;
        int[] px = new int[10];
        int[] py = new int[10];
        for (int k = 0; k < 10; k++) {
            double a = Math.PI / 2 + k * Math.PI / 5;
            double rr = k % 2 == 0 ? r : r * 0.4;
            px[k] = (int) (cx + rr * Math.cos(a));
            py[k] = (int) (cy - rr * Math.sin(a));
        }
        g.fillPolygon(px, py, 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, dpi / 8));
        g.drawString("SEAL 2024", cx - d / 4, cy + d / 3);
        g.dispose();
    }

    private static void addNoise(BufferedImage img, double sigma, Random random) {
        var raster = img.getRaster();
        int bands = raster.getNumBands();
        int[] px = new int[bands];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                raster.getPixel(x, y, px);
                double n = random.nextGaussian() * sigma;
                for (int b = 0; b < bands; b++) {
                    px[b] = Math.max(0, Math.min(255, (int) Math.round(px[b] + n)));
                }
                raster.setPixel(x, y, px);
            }
        }
    }

    private static byte[] jpeg(BufferedImage img, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter w = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            w.setOutput(out);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            w.write(null, new IIOImage(img, null, null), p);
        } finally {
            w.dispose();
        }
        return bytes.toByteArray();
    }
}
