package io.juesuan.ingest.ocr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.juesuan.ingest.PdfDocumentReader;
import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Development aid: -Docr.probe=FILE:PAGES prints the OCR'd blocks beside the text layer's (-Docr.text=FILE). */
class OcrProbe {
    @Test
    void probe() throws Exception {
        String spec = System.getProperty("ocr.probe");
        assumeTrue(spec != null && OcrReader.available());
        String[] parts = spec.split(":");
        List<Integer> pages = new ArrayList<>();
        for (String p : parts[1].split(",")) {
            pages.add(Integer.parseInt(p));
        }
        Document text = System.getProperty("ocr.text") == null ? null : new PdfDocumentReader().read(Path.of(System.getProperty("ocr.text")));
        try (PDDocument pdf = PDDocument.load(Path.of(parts[0]).toFile())) {
            OcrReader.Result r = OcrReader.read(pdf, pages);
            for (int n : pages) {
                Page p = r.pages().get(n);
                List<Block> want = text == null ? List.of() : text.pages().get(n - 1).blocks();
                System.out.println("=== page " + n);
                for (int i = 0; i < Math.max(p.blocks().size(), want.size()); i++) {
                    String got = i < p.blocks().size() ? show(p.blocks().get(i)) : "-";
                    String exp = i < want.size() ? show(want.get(i)) : "-";
                    System.out.println((got.equals(exp) ? "   " : "!! ") + got + (got.equals(exp) ? "" : "\n   WANT " + exp));
                }
            }
            r.warnings().forEach(System.out::println);
            System.out.println("s/page " + r.secondsPerPage());
        }
    }

    private static String show(Block b) {
        if (b instanceof io.juesuan.model.Grid g) {
            StringBuilder s = new StringBuilder("GRID");
            for (List<String> row : g.rows()) {
                s.append("\n     | ").append(String.join(" | ", row));
            }
            return s.toString();
        }
        return "TEXT " + ((io.juesuan.model.TextLine) b).text();
    }
}
