package io.juesuan.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** PDFs made at test time that keep a reader busy: many lines, many glyphs, many pages. */
final class PathologicalPdfs {
    private PathologicalPdfs() {}

    /** One page whose content stream draws {@code lines} short ruling lines (a grid that never ends). */
    static Path manyLines(Path f, int lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setLineWidth(0.5f);
                for (int i = 0; i < lines; i++) {
                    float x = 20 + (i % 500) * 1.1f;
                    float y = 20 + ((i / 500) % 700) * 1.05f;
                    cs.moveTo(x, y);
                    cs.lineTo(x + (i % 2 == 0 ? 30 : 0), y + (i % 2 == 0 ? 0 : 30));
                }
                cs.stroke();
            }
            doc.save(f.toFile());
        }
        return f;
    }

    /** {@code pages} pages of {@code glyphs} glyphs each. */
    static Path manyGlyphs(Path f, int pages, int glyphs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            String line = "0123456789".repeat(10);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(PDType1Font.HELVETICA, 4);
                    cs.newLineAtOffset(10, 780);
                    for (int g = 0; g < glyphs; g += line.length()) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -0.01f);
                    }
                    cs.endText();
                }
            }
            doc.save(f.toFile());
        }
        return f;
    }
}
