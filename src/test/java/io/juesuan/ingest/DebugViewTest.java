package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The debug view of what the PDF front-end saw (#17). */
class DebugViewTest {
    private static final Path PDF = Path.of("corpus/2023-yantai-ybj-final.pdf");
    /** 收入决算表 (公开02表). */
    private static final int PAGE = 6;

    @Test
    void describeListsThePagesBlocksAndAKnownGridRow() throws Exception {
        String d = DebugView.describe(PDF, PAGE);
        assertTrue(d.startsWith("=== page 6: "), d);
        assertTrue(d.contains("1 ruled table(s)"), d);
        assertTrue(d.contains("  text | 收入决算表\n"), d);
        assertTrue(d.contains("  grid 16 rows x 9 cols, aligned=true\n"), d);
        assertTrue(d.contains("| 2080505 | 机关事业单位基本养老保险缴费支出 | 43.35 | 43.35 |\n"), d);
        assertTrue(d.contains("| 栏次 |  | 1 | 2 | 3 | 4 | 5 | 6 | 7 |\n"), d);
        assertTrue(!d.contains("=== page 7"), "only the page asked for");
    }

    @Test
    void describeWithoutAPageCoversEveryPage() throws Exception {
        String d = DebugView.describe(PDF, null);
        assertEquals(27, d.lines().filter(l -> l.startsWith("=== page ")).count());
    }

    @Test
    void aPageOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DebugView.describe(PDF, 99));
    }

    @Test
    void drawPngRendersThePageAndDrawsTheRulingsInRed(@TempDir Path tmp) throws Exception {
        Path png = tmp.resolve("out/page.png");
        DebugView.drawPng(PDF, PAGE, png);
        BufferedImage image = ImageIO.read(png.toFile());
        float scale = DebugView.DPI / 72f;
        RuledTable table;
        try (PDDocument doc = PDDocument.load(PDF.toFile())) {
            PDRectangle box = doc.getPage(PAGE - 1).getCropBox();
            assertEquals(Math.round(box.getWidth() * scale), image.getWidth(), 1);
            assertEquals(Math.round(box.getHeight() * scale), image.getHeight(), 1);
            List<RuledTable> tables = PdfPageReader.tables(PageScanner.scan(doc.getPage(PAGE - 1)));
            assertEquals(1, tables.size());
            table = tables.get(0);
        }
        // the table's left border, halfway down: a ruling, drawn red over everything
        int x = Math.round(table.left * scale);
        int y = Math.round((table.top + table.bottom) / 2 * scale);
        assertTrue(isRed(image.getRGB(x, y)), "red at the left border: " + new Color(image.getRGB(x, y)));
        // top left corner of the page: nothing drawn, white paper
        assertEquals(Color.WHITE.getRGB(), image.getRGB(3, 3));
        // a blue cell box inside the last column's last row (inset 1.5 pt from its rulings)
        RuledTable.Box last = table.boxes.stream().filter(b -> b.row1() == table.rows() && b.col1() == table.cols()).findFirst().orElseThrow();
        int bx = Math.round((last.left() + 1.5f) * scale);
        int by = Math.round((last.top() + last.bottom()) / 2 * scale);
        Color c = new Color(image.getRGB(bx, by));
        assertEquals(DebugView.CELL, c);
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60;
    }
}
