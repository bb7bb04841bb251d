package io.juesuan.ingest;

import io.juesuan.model.Block;
import io.juesuan.model.Grid;
import io.juesuan.model.Page;
import io.juesuan.model.TextLine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import technology.tabula.Ruling;

/**
 * What the PDF front-end saw, for whoever fixes the next PDF: {@link #describe} lists the blocks each
 * page became (text lines; grids row by row with their cells and whether the grid is {@code aligned}),
 * {@link #drawPng} draws over the rendered page the ruling lines as scanned (red), the cell boxes of
 * the ruled tables found (blue) and the glyph boxes (green; grey for glyphs dropped as fake bold),
 * like Camelot's plot or pdfplumber's debug_tablefinder. Read-only: it runs the same steps as
 * {@link PdfDocumentReader} on one page.
 *
 * <pre>java -cp target/juesuan.jar io.juesuan.ingest.DebugView FILE.pdf [--page N] [--png DIR]</pre>
 */
public final class DebugView {
    /** Resolution of the rendered page. */
    public static final float DPI = 100f;
    static final Color RULING = new Color(255, 0, 0);
    static final Color CELL = new Color(0, 90, 255);
    static final Color GLYPH = new Color(0, 170, 0);
    static final Color DROPPED = new Color(150, 150, 150);

    private DebugView() {}

    /** The blocks of one page (1-based), or of every page when {@code page} is null. */
    public static String describe(Path pdf, Integer page) throws IOException {
        StringBuilder b = new StringBuilder();
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            int count = doc.getNumberOfPages();
            int from = page == null ? 1 : page;
            int to = page == null ? count : page;
            if (from < 1 || to > count) {
                throw new IllegalArgumentException("page " + page + " is not in 1-" + count);
            }
            for (int n = from; n <= to; n++) {
                PageScanner scanned = PageScanner.scan(doc.getPage(n - 1));
                List<Glyph> kept = FakeBoldFilter.filter(scanned.glyphs);
                List<RuledTable> tables = PdfPageReader.tables(scanned);
                b.append("=== page ").append(n).append(": ").append(scanned.glyphs.size()).append(" glyphs (")
                        .append(scanned.glyphs.size() - kept.size()).append(" fake-bold repeats dropped, ")
                        .append(scanned.unmapped).append(" unmapped), ").append(scanned.horizontal.size())
                        .append(" horizontal + ").append(scanned.vertical.size()).append(" vertical rulings, ")
                        .append(tables.size()).append(" ruled table(s)\n");
                if (TextLayerJudge.undecodable(scanned.glyphs, scanned.unmapped)) {
                    b.append("  (text layer not decodable: the reader skips this page)\n");
                    continue;
                }
                Page p = PdfPageReader.read(scanned, n);
                for (Block block : p.blocks()) {
                    if (block instanceof TextLine t) {
                        b.append("  text | ").append(t.text()).append('\n');
                    } else if (block instanceof Grid g) {
                        b.append("  grid ").append(g.rows().size()).append(" rows x ").append(g.width())
                                .append(" cols, aligned=").append(g.aligned()).append('\n');
                        for (int r = 0; r < g.rows().size(); r++) {
                            b.append(String.format("    r%-3d", r));
                            for (String cell : g.rows().get(r)) {
                                b.append("| ").append(cell).append(' ');
                            }
                            b.append("|\n");
                        }
                    } else {
                        b.append("  ").append(block).append('\n');
                    }
                }
            }
        }
        return b.toString();
    }

    /** Renders page {@code page} (1-based) at {@link #DPI} and draws rulings, cell boxes and glyph boxes over it. */
    public static void drawPng(Path pdf, int page, Path outPng) throws IOException {
        try (PDDocument doc = PDDocument.load(pdf.toFile())) {
            if (page < 1 || page > doc.getNumberOfPages()) {
                throw new IllegalArgumentException("page " + page + " is not in 1-" + doc.getNumberOfPages());
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI, ImageType.RGB);
            PageScanner scanned = PageScanner.scan(doc.getPage(page - 1));
            List<Glyph> kept = FakeBoldFilter.filter(scanned.glyphs);
            List<RuledTable> tables = PdfPageReader.tables(scanned);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
                g.scale(DPI / 72f, DPI / 72f);
                g.setStroke(new BasicStroke(0.5f));
                java.util.Set<Glyph> keptSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                keptSet.addAll(kept);
                for (Glyph gl : scanned.glyphs) {
                    g.setColor(keptSet.contains(gl) ? GLYPH : DROPPED);
                    g.draw(new Rectangle2D.Float(gl.x(), gl.y(), gl.width(), gl.height()));
                }
                g.setStroke(new BasicStroke(1.2f));
                g.setColor(CELL);
                for (RuledTable t : tables) {
                    for (RuledTable.Box box : t.boxes) {
                        g.draw(new Rectangle2D.Float(box.left() + 1.5f, box.top() + 1.5f,
                                Math.max(box.right() - box.left() - 3f, 0.5f), Math.max(box.bottom() - box.top() - 3f, 0.5f)));
                    }
                }
                g.setStroke(new BasicStroke(1.5f));
                g.setColor(RULING);
                for (List<Ruling> lines : List.of(scanned.horizontal, scanned.vertical)) {
                    for (Ruling r : lines) {
                        g.draw(new Line2D.Double(r.getX1(), r.getY1(), r.getX2(), r.getY2()));
                    }
                }
            } finally {
                g.dispose();
            }
            Path parent = outPng.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(image, "png", outPng.toFile());
        }
    }

    /** {@code DebugView FILE.pdf [--page N] [--png DIR]}: the description on stdout, PNGs (page-N.png) into DIR. */
    public static void main(String[] args) throws IOException {
        Path file = null;
        Integer page = null;
        Path pngDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--page" -> page = Integer.parseInt(args[++i]);
                case "--png" -> pngDir = Path.of(args[++i]);
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null) {
            System.err.println("usage: DebugView FILE.pdf [--page N] [--png DIR]");
            System.exit(2);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(describe(file, page));
        if (pngDir != null) {
            int from = page == null ? 1 : page;
            int to = page == null ? 0 : page;
            if (page == null) {
                try (PDDocument doc = PDDocument.load(file.toFile())) {
                    to = doc.getNumberOfPages();
                }
            }
            for (int n = from; n <= to; n++) {
                Path png = pngDir.resolve("page-" + n + ".png");
                drawPng(file, n, png);
                out.println("wrote " + png);
            }
        }
    }
}
