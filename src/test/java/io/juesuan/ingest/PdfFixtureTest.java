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
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small PDFs drawn by the test itself (Latin text: the machine has no CJK font to embed). */
class PdfFixtureTest {
    private static final PDType1Font FONT = PDType1Font.HELVETICA;
    private static final float ROW = 20;

    @TempDir
    Path dir;

    @Test
    void tableContinuedWithoutHeaderAndRowCutByThePageBreak() throws Exception {
        Path file = dir.resolve("continued.pdf");
        try (PDDocument doc = new PDDocument()) {
            float[] cols = {50, 150, 350, 450};
            // page 1: title, header, two rows, and a row whose name goes on over the page break
            PDPage p1 = page(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p1)) {
                text(cs, 50, 760, "Expenditure table");
                float top = 740;
                hlines(cs, cols, top, top - ROW, top - 2 * ROW, top - 3 * ROW);
                vlines(cs, cols, top, 40); // columns run on to the bottom margin: the last row is open
                row(cs, cols, top, "Code", "Name", "Total");
                row(cs, cols, top - ROW, "208", "Social security", "43.35");
                row(cs, cols, top - 2 * ROW, "20805", "Pensions", "43.35");
                row(cs, cols, top - 3 * ROW, "2080505", "Pension of", "12.00");
            }
            // page 2: no header; the first row is open at the top and holds the rest of the name
            PDPage p2 = page(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p2)) {
                float top = 800;
                vlines(cs, cols, top, 800 - 3 * ROW);
                hlines(cs, cols, top - ROW, top - 2 * ROW, top - 3 * ROW);
                row(cs, cols, top, "", "institutions", "");
                row(cs, cols, top - ROW, "210", "Health", "5,824.30");
                row(cs, cols, top - 2 * ROW, "21011", "Medical", "31.71");
            }
            doc.save(file.toFile());
        }
        Document d = new PdfDocumentReader().read(file);
        assertEquals(2, d.pageCount());
        List<Block> page1 = d.pages().get(0).blocks();
        assertEquals(new TextLine("Expenditure table", 1, 0), page1.get(0));
        assertEquals(List.of(List.of("Code", "Name", "Total"), List.of("208", "Social security", "43.35"),
                List.of("20805", "Pensions", "43.35"), List.of("2080505", "Pension of institutions", "12.00")),
                ((Grid) page1.get(1)).rows());
        Grid page2 = (Grid) d.pages().get(1).blocks().get(0);
        assertEquals(List.of(List.of("210", "Health", "5,824.30"), List.of("21011", "Medical", "31.71")), page2.rows());
        assertEquals(2, page2.page());
    }

    @Test
    void wrappedNameWithCodeAndNumbersOnItsMiddleLine() throws Exception {
        Path file = dir.resolve("wrapped.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage p = page(doc);
            float[] cols = {50, 120, 220, 300, 380};
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                float top = 700;
                float tall = 3 * 12 + 6;
                hlines(cs, cols, top, top - tall, top - tall - ROW);
                vlines(cs, cols, top, top - tall - ROW);
                // three lines in the name cell; code and numbers centred on the middle one
                text(cs, 125, top - 12, "Basic pension");
                text(cs, 125, top - 24, "insurance of");
                text(cs, 125, top - 36, "institutions");
                text(cs, 55, top - 24, "2080505");
                text(cs, 225, top - 24, "160.75");
                text(cs, 305, top - 24, "160.75");
                row(cs, cols, top - tall, "2080506", "Annuity", "80.38", "80.38");
            }
            doc.save(file.toFile());
        }
        Grid g = (Grid) new PdfDocumentReader().read(file).blocks().get(0);
        assertEquals(List.of(List.of("2080505", "Basic pension insurance of institutions", "160.75", "160.75"),
                List.of("2080506", "Annuity", "80.38", "80.38")), g.rows());
    }

    @Test
    void fakeBoldAndSpanningHeader() throws Exception {
        Path file = dir.resolve("bold.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage p = page(doc);
            float[] cols = {50, 150, 250, 350};
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                float top = 700;
                // header row 1: "Item" spans the first two columns (no ruling between them)
                hline(cs, 50, 350, top);
                hline(cs, 50, 350, top - ROW);
                hline(cs, 50, 350, top - 2 * ROW);
                vline(cs, 50, top, top - 2 * ROW);
                vline(cs, 150, top - ROW, top - 2 * ROW);
                vline(cs, 250, top, top - 2 * ROW);
                vline(cs, 350, top, top - 2 * ROW);
                text(cs, 55, top - 14, "Item");
                text(cs, 255, top - 14, "Total");
                // fake bold: the same string drawn again 0.4 pt to the right
                text(cs, 55, top - ROW - 14, "Sum");
                text(cs, 55.4f, top - ROW - 14, "Sum");
                text(cs, 255, top - ROW - 14, "9.00");
                text(cs, 255.4f, top - ROW - 14, "9.00");
            }
            doc.save(file.toFile());
        }
        Grid g = (Grid) new PdfDocumentReader().read(file).blocks().get(0);
        assertEquals(List.of(List.of("Item", "", "Total"), List.of("Sum", "", "9.00")), g.rows());
    }

    /** Column lines and a frame but no lines between data rows: rows come from the amounts' lines. */
    @Test
    void ruledColumnsWithoutRowLines() throws Exception {
        Path file = dir.resolve("columns-only.pdf");
        try (PDDocument doc = new PDDocument()) {
            float[] cols = {50, 120, 300, 400};
            try (PDPageContentStream cs = new PDPageContentStream(doc, page(doc))) {
                float top = 700;
                hlines(cs, cols, top, top - ROW, top - ROW - 3 * 14 - 8);
                vlines(cs, cols, top, top - ROW - 3 * 14 - 8);
                row(cs, cols, top, "Code", "Name", "Total");
                String[][] data = {{"208", "Social security", "43.35"}, {"210", "Health", "5,824.30"}, {"21013", "Medical aid", "4,737.00"}};
                for (int r = 0; r < data.length; r++) {
                    for (int c = 0; c < 3; c++) {
                        text(cs, cols[c] + 5, top - ROW - 14 - r * 14, data[r][c]);
                    }
                }
            }
            doc.save(file.toFile());
        }
        Grid g = (Grid) new PdfDocumentReader().read(file).blocks().get(0);
        assertEquals(List.of(List.of("Code", "Name", "Total"), List.of("208", "Social security", "43.35"),
                List.of("210", "Health", "5,824.30"), List.of("21013", "Medical aid", "4,737.00")), g.rows());
    }

    /** No rulings at all: the text-gap fallback finds the columns; prose around it stays text. */
    @Test
    void unruledTableFallsBackToTextGaps() throws Exception {
        Path file = dir.resolve("unruled.pdf");
        try (PDDocument doc = new PDDocument()) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page(doc))) {
                text(cs, 50, 760, "Expenditure by function, unit: 10k yuan");
                String[][] rows = {{"Code", "Name", "Total", "Basic"}, {"208", "Social security", "43.35", "43.35"},
                    {"210", "Health", "5,824.30", "552.80"}, {"21013", "Medical aid", "4,737.00", ""}};
                float[] xs = {50, 120, 300, 400};
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < 4; c++) {
                        if (!rows[r][c].isEmpty()) {
                            text(cs, xs[c], 730 - r * 14, rows[r][c]);
                        }
                    }
                }
                text(cs, 50, 650, "Note: this table shows the expenditure of the year.");
            }
            doc.save(file.toFile());
        }
        List<Block> blocks = new PdfDocumentReader().read(file).blocks();
        assertEquals(3, blocks.size());
        assertEquals("Expenditure by function, unit: 10k yuan", ((TextLine) blocks.get(0)).text());
        assertEquals(List.of(List.of("Code", "Name", "Total", "Basic"), List.of("208", "Social security", "43.35", "43.35"),
                List.of("210", "Health", "5,824.30", "552.80"), List.of("21013", "Medical aid", "4,737.00")),
                ((Grid) blocks.get(1)).rows());
        assertEquals("Note: this table shows the expenditure of the year.", ((TextLine) blocks.get(2)).text());
    }

    /** A landscape page made by rotating a portrait page, text drawn upright for the reader. */
    @Test
    void rotatedLandscapePage() throws Exception {
        Path file = dir.resolve("rotated.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage p = page(doc);
            p.setRotation(90);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                // display (X, Y-down) = user (y, x) on a page rotated by 90
                float[] xs = {100, 200, 300};
                float[] ys = {100, 120, 140};
                for (float y : ys) {
                    vline(cs, y, xs[0], xs[2]); // display horizontal lines are user vertical ones
                }
                for (float x : xs) {
                    hline(cs, ys[0], ys[2], x);
                }
                rotatedText(cs, 105, 114, "Code");
                rotatedText(cs, 205, 114, "Name");
                rotatedText(cs, 105, 134, "208");
                rotatedText(cs, 205, 134, "Social");
            }
            doc.save(file.toFile());
        }
        Grid g = (Grid) new PdfDocumentReader().read(file).blocks().get(0);
        assertEquals(List.of(List.of("Code", "Name"), List.of("208", "Social")), g.rows());
    }

    private static void rotatedText(PDPageContentStream cs, float displayX, float displayBaseline, String s) throws IOException {
        cs.beginText();
        cs.setFont(FONT, 10);
        cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.PI / 2, displayBaseline, displayX));
        cs.showText(s);
        cs.endText();
    }

    @Test
    void imageOnlyPagesAreNamed() throws Exception {
        Path file = dir.resolve("scanned.pdf");
        try (PDDocument doc = new PDDocument()) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page(doc))) {
                text(cs, 50, 700, "Cover");
            }
            PDImageXObject img = LosslessFactory.createFromImage(doc, new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB));
            for (int i = 0; i < 2; i++) {
                try (PDPageContentStream cs = new PDPageContentStream(doc, page(doc))) {
                    cs.drawImage(img, 50, 50, 400, 600);
                }
            }
            doc.save(file.toFile());
        }
        IngestException e = assertThrows(IngestException.class, () -> new PdfDocumentReader().read(file));
        assertEquals("no text layer on pages 2-3 (scanned?)", e.getMessage());
    }

    @Test
    void encryptedPdf() throws Exception {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page(doc))) {
                text(cs, 50, 700, "Secret");
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        IngestException e = assertThrows(IngestException.class, () -> new PdfDocumentReader().read(file));
        assertEquals("encrypted PDF (password required)", e.getMessage());
    }

    @Test
    void truncatedNonPdfAndEmptyInputs() throws Exception {
        Path full = dir.resolve("full.pdf");
        try (PDDocument doc = new PDDocument()) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, page(doc))) {
                text(cs, 50, 700, "Complete");
            }
            doc.save(full.toFile());
        }
        assertEquals("Complete", ((TextLine) new PdfDocumentReader().read(full).blocks().get(0)).text());
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length / 2));
        IngestException truncated = assertThrows(IngestException.class, () -> new PdfDocumentReader().read(cut));
        assertTrue(truncated.getMessage().startsWith("not a readable PDF: "), truncated.getMessage());
        Path html = Files.writeString(dir.resolve("page.pdf"), "<html>not found</html>");
        assertEquals("not a PDF (no %PDF- header)",
                assertThrows(IngestException.class, () -> new PdfDocumentReader().read(html)).getMessage());
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertEquals("empty file", assertThrows(IngestException.class, () -> new PdfDocumentReader().read(empty)).getMessage());
        // garbage after a valid header: the parser's own error, on one line
        Path garbage = Files.writeString(dir.resolve("garbage.pdf"), "%PDF-1.4\nthis is not a pdf\n%%EOF\n");
        String m = assertThrows(IngestException.class, () -> new PdfDocumentReader().read(garbage)).getMessage();
        assertTrue(m.startsWith("not a readable PDF: ") && !m.contains("\n"), m);
    }

    private static PDPage page(PDDocument doc) {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        return p;
    }

    private static void text(PDPageContentStream cs, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(FONT, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** Cell texts of one row whose top edge is at {@code top}, one per column. */
    private static void row(PDPageContentStream cs, float[] cols, float top, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                text(cs, cols[i] + 5, top - 14, cells[i]);
            }
        }
    }

    private static void hlines(PDPageContentStream cs, float[] cols, float... ys) throws IOException {
        for (float y : ys) {
            hline(cs, cols[0], cols[cols.length - 1], y);
        }
    }

    private static void vlines(PDPageContentStream cs, float[] cols, float top, float bottom) throws IOException {
        for (float x : cols) {
            vline(cs, x, top, bottom);
        }
    }

    private static void hline(PDPageContentStream cs, float x1, float x2, float y) throws IOException {
        cs.moveTo(x1, y);
        cs.lineTo(x2, y);
        cs.stroke();
    }

    private static void vline(PDPageContentStream cs, float x, float top, float bottom) throws IOException {
        cs.moveTo(x, top);
        cs.lineTo(x, bottom);
        cs.stroke();
    }
}
