package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.TextLine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small PDFs drawn by the test itself: rulings, text, and the failure cases. */
class PdfFixturesTest {
    private static final float TOP = 800;
    private final PdfDocumentReader reader = new PdfDocumentReader();

    /** Draws a ruled table: column x edges, row heights from the top; text placed per cell by the caller. */
    private static void rules(PDPageContentStream cs, float[] xs, float[] ys) throws IOException {
        cs.setLineWidth(0.7f);
        for (float y : ys) {
            cs.moveTo(xs[0], y);
            cs.lineTo(xs[xs.length - 1], y);
        }
        for (float x : xs) {
            cs.moveTo(x, ys[0]);
            cs.lineTo(x, ys[ys.length - 1]);
        }
        cs.stroke();
    }

    private static void text(PDPageContentStream cs, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(PDType1Font.HELVETICA, 9);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static List<Grid> grids(Document d) {
        return d.blocks().stream().filter(b -> b instanceof Grid).map(b -> (Grid) b).toList();
    }

    @Test
    void tableContinuedOverAPageBreakWithoutHeader(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("continued.pdf");
        float[] xs = {50, 120, 300, 400};
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float[] ys = {TOP, TOP - 20, TOP - 40, TOP - 60};
                    rules(cs, xs, ys);
                    String[][] rows = p == 0
                            ? new String[][] {{"Code", "Name", "Total"}, {"208", "Social", "43.35"}, {"20805", "Pension", "43.35"}}
                            : new String[][] {{"210", "Health", "5,824.30"}, {"21011", "Medical", "31.71"}, {"2101101", "Admin", "19.78"}};
                    for (int r = 0; r < 3; r++) {
                        for (int c = 0; c < 3; c++) {
                            text(cs, xs[c] + 4, ys[r] - 14, rows[r][c]);
                        }
                    }
                    if (p == 0) {
                        text(cs, 50, TOP + 20, "Title above the grid");
                    }
                }
            }
            doc.save(f.toFile());
        }
        Document d = reader.read(f);
        assertEquals(2, d.pageCount());
        List<Grid> g = grids(d);
        assertEquals(2, g.size());
        assertEquals(List.of("Code", "Name", "Total"), g.get(0).rows().get(0));
        assertEquals(List.of("210", "Health", "5,824.30"), g.get(1).rows().get(0));
        assertEquals(2, g.get(1).page());
        Block first = d.pages().get(0).blocks().get(0);
        assertEquals("Title above the grid", ((TextLine) first).text());
    }

    @Test
    void wrappedNameWithNumbersOnItsMiddleLineIsOneRow(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("wrapped.pdf");
        float[] xs = {50, 120, 250, 350};
        float[] ys = {TOP, TOP - 20, TOP - 62, TOP - 82};
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                rules(cs, xs, ys);
                text(cs, 54, TOP - 14, "Code");
                text(cs, 124, TOP - 14, "Name");
                text(cs, 254, TOP - 14, "Amount");
                // three name lines; code and amount vertically centred on the middle one
                text(cs, 124, TOP - 32, "Machinery of");
                text(cs, 124, TOP - 44, "government pension");
                text(cs, 124, TOP - 56, "contributions");
                text(cs, 54, TOP - 44, "2080505");
                text(cs, 254, TOP - 44, "160.75");
                text(cs, 54, TOP - 76, "2080506");
                text(cs, 124, TOP - 76, "Annuity");
                text(cs, 254, TOP - 76, "80.38");
                // fake bold: the same glyphs drawn again a fraction of a point to the right
                text(cs, 254.3f, TOP - 76, "80.38");
            }
            doc.save(f.toFile());
        }
        Grid g = grids(reader.read(f)).get(0);
        assertEquals(3, g.rows().size());
        assertEquals(List.of("2080505", "Machinery of government pension contributions", "160.75"), g.rows().get(1));
        assertEquals(List.of("2080506", "Annuity", "80.38"), g.rows().get(2));
    }

    @Test
    void rowCutByThePageBreakStaysAGridRow(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cut.pdf");
        float[] xs = {50, 200, 300};
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // two closed rows, then a row whose column lines run to the page's edge with no line under it
                float[] ys = {TOP, TOP - 20, TOP - 40};
                rules(cs, xs, ys);
                for (float x : xs) {
                    cs.moveTo(x, TOP - 40);
                    cs.lineTo(x, TOP - 62);
                }
                cs.stroke();
                text(cs, 54, TOP - 14, "Name");
                text(cs, 204, TOP - 14, "Score");
                text(cs, 54, TOP - 34, "Coverage");
                text(cs, 204, TOP - 34, "10");
                text(cs, 54, TOP - 54, "Mobile pay");
                text(cs, 204, TOP - 54, "3.00");
            }
            doc.save(f.toFile());
        }
        List<Grid> g = grids(reader.read(f));
        assertEquals(1, g.size());
        assertEquals(List.of("Mobile pay", "3.00"), g.get(0).rows().get(2));
    }

    @Test
    void imageOnlyPdfNamesThePagesWithoutText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage img = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, img), 50, 50, 500, 700);
                }
            }
            doc.save(f.toFile());
        }
        IngestException e = assertThrows(IngestException.class, () -> reader.read(f));
        // with tesseract the pages are OCR'd and found empty; without it the message says what to install
        assertTrue(e.getMessage().contains("no text layer on pages 1-3"), e.getMessage());
    }

    @Test
    void encryptedPdfIsAClearError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, 50, 700, "secret");
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(f.toFile());
        }
        IngestException e = assertThrows(IngestException.class, () -> reader.read(f));
        assertTrue(e.getMessage().startsWith("encrypted PDF"), e.getMessage());
    }

    @Test
    void truncatedAndNonPdfInputsAreClearErrors(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(Path.of("corpus", "2023-yantai-ybj-final.pdf"));
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length / 3));
        assertTrue(assertThrows(IngestException.class, () -> reader.read(cut)).getMessage().startsWith("not a readable PDF"));
        Path junk = Files.write(dir.resolve("junk.pdf"), "<html>not a pdf</html>".getBytes());
        assertTrue(assertThrows(IngestException.class, () -> reader.read(junk)).getMessage().startsWith("not a readable PDF"));
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertEquals("empty file", assertThrows(IngestException.class, () -> reader.read(empty)).getMessage());
    }
}
