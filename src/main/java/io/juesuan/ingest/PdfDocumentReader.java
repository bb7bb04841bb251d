package io.juesuan.ingest;

import io.juesuan.ingest.pdf.CellAssigner;
import io.juesuan.ingest.pdf.FakeBoldFilter;
import io.juesuan.ingest.pdf.Glyph;
import io.juesuan.ingest.pdf.GlyphCollector;
import io.juesuan.ingest.pdf.LineJoiner;
import io.juesuan.ingest.pdf.PageBreakStitcher;
import io.juesuan.ingest.pdf.RuledTable;
import io.juesuan.ingest.pdf.Ruling;
import io.juesuan.ingest.pdf.RulingCollector;
import io.juesuan.ingest.pdf.RulingGrid;
import io.juesuan.ingest.pdf.StreamTableDetector;
import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.Page;
import io.juesuan.model.TextLine;
import io.juesuan.normalize.TextNormalizer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF front-end: the same model as the text front-end. Ruled tables become one Grid each (cells
 * rebuilt from the ruling lines, characters placed by their centre); all other characters become
 * one TextLine per visual line; blocks are ordered top to bottom on each page.
 */
public final class PdfDocumentReader implements DocumentReader {
    /** Main-memory cap per document; the rest goes to a temp file so 300-page inputs stay bounded. */
    private static final long MEMORY_CAP = 4L * 1024 * 1024;

    @Override
    public Document read(Path file) throws IngestException {
        checkBytes(file);
        try (PDDocument doc = PDDocument.load(file.toFile(), "", MemoryUsageSetting.setupMixed(MEMORY_CAP))) {
            return read(doc);
        } catch (InvalidPasswordException e) {
            throw new IngestException("encrypted PDF (password required)", e);
        } catch (IngestException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IngestException("not a readable PDF: " + oneLine(e), e);
        }
    }

    private Document read(PDDocument doc) throws IOException, IngestException {
        int pageCount = doc.getNumberOfPages();
        if (pageCount == 0) {
            throw new IngestException("not a readable PDF: no pages");
        }
        List<List<Positioned>> pageItems = new ArrayList<>(pageCount);
        List<Integer> scanned = new ArrayList<>();
        boolean[] anyText = {false};
        new GlyphCollector().collect(doc, (number, pdPage, raw) -> {
            // pages without a content stream are skipped by the stripper: keep them, empty
            while (pageItems.size() < number - 1) {
                pageItems.add(new ArrayList<>());
            }
            RulingCollector rulingCollector = new RulingCollector(pdPage);
            List<Ruling> rulings = rulingCollector.collect();
            List<Glyph> glyphs = FakeBoldFilter.filter(raw);
            if (glyphs.isEmpty() && rulingCollector.imageDrawn()) {
                scanned.add(number);
            }
            anyText[0] |= !glyphs.isEmpty();
            List<Positioned> items = items(number, glyphs, rulings);
            if (!pageItems.isEmpty()) {
                stitch(pageItems.get(pageItems.size() - 1), items);
            }
            pageItems.add(items);
        });
        while (pageItems.size() < pageCount) {
            pageItems.add(new ArrayList<>());
        }
        if (!scanned.isEmpty()) {
            throw new IngestException("no text layer on pages " + ranges(scanned) + " (scanned?)");
        }
        if (!anyText[0]) {
            throw new IngestException("no text layer in the PDF");
        }
        List<Page> pages = new ArrayList<>(pageCount);
        for (int i = 0; i < pageCount; i++) {
            pages.add(new Page(i + 1, toBlocks(i + 1, pageItems.get(i))));
        }
        return new Document("pdf", pageCount, pages);
    }

    /** A row cut by the page break continues in the first table of the next page. */
    private static void stitch(List<Positioned> previous, List<Positioned> next) {
        RuledTable last = null;
        for (Positioned p : previous) {
            if (p.table() != null) {
                last = p.table();
            }
        }
        RuledTable first = next.stream().map(Positioned::table).filter(t -> t != null).findFirst().orElse(null);
        if (last != null && first != null) {
            PageBreakStitcher.stitch(last, first);
        }
    }

    private static List<Block> toBlocks(int page, List<Positioned> items) {
        List<Block> blocks = new ArrayList<>();
        for (Positioned p : items) {
            if (p.line() != null) {
                blocks.add(p.line());
            } else if (!p.table().rows().isEmpty()) {
                blocks.add(new Grid(p.table().rows(), page, 0));
            }
        }
        return blocks;
    }

    /** Tables and text lines of one page, top to bottom. */
    static List<Positioned> items(int page, List<Glyph> glyphs, List<Ruling> rulings) {
        List<RulingGrid> grids = RulingGrid.find(rulings);
        List<Positioned> items = new ArrayList<>();
        List<Glyph> outside = new ArrayList<>();
        List<List<Glyph>> inside = new ArrayList<>();
        for (int g = 0; g < grids.size(); g++) {
            inside.add(new ArrayList<>());
        }
        for (Glyph glyph : glyphs) {
            int owner = -1;
            for (int g = 0; g < grids.size() && owner < 0; g++) {
                if (grids.get(g).contains(glyph.centreX(), glyph.centreY())) {
                    owner = g;
                }
            }
            if (owner >= 0) {
                inside.get(owner).add(glyph);
            } else {
                outside.add(glyph);
            }
        }
        for (int g = 0; g < grids.size(); g++) {
            RulingGrid grid = grids.get(g);
            // a ruled region with no text (a decorative box, the empty bottom border of a table
            // spilling onto the next page) carries nothing to extract
            if (inside.get(g).isEmpty()) {
                continue;
            }
            List<List<String>> rows = CellAssigner.rows(grid, inside.get(g), TextNormalizer::collapse);
            items.add(new Positioned(grid.top(), null, new RuledTable(grid, rows)));
        }
        List<List<Glyph>> lines = LineJoiner.lines(outside);
        boolean[] inStreamTable = new boolean[lines.size()];
        for (StreamTableDetector.StreamTable t : StreamTableDetector.detect(lines)) {
            List<List<String>> rows = t.rows().stream()
                    .map(r -> r.stream().map(TextNormalizer::collapse).toList()).toList();
            items.add(new Positioned(t.top(), null, new RuledTable(null, rows)));
            for (int k = t.firstLine(); k <= t.lastLine(); k++) {
                inStreamTable[k] = true;
            }
        }
        for (int k = 0; k < lines.size(); k++) {
            List<Glyph> line = lines.get(k);
            String text = TextNormalizer.halfWidth(LineJoiner.lineText(line, false)).strip();
            if (!inStreamTable[k] && !text.isEmpty()) {
                float top = (float) line.stream().mapToDouble(Glyph::top).min().orElse(0);
                items.add(new Positioned(top, new TextLine(text, page, 0), null));
            }
        }
        items.sort(Comparator.comparingDouble(Positioned::top));
        return items;
    }

    /** A page item with its top edge, for reading order: either a text line or a table. */
    private record Positioned(float top, TextLine line, RuledTable table) {}

    /** Cheap checks before PDFBox, whose lenient parser would otherwise "repair" garbage. */
    private static void checkBytes(Path file) throws IngestException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + oneLine(e), e);
        }
        if (size == 0) {
            throw new IngestException("empty file");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] head = new byte[(int) Math.min(1024, size)];
            raf.readFully(head);
            if (!new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
                throw new IngestException("not a PDF (no %PDF- header)");
            }
            byte[] tail = new byte[(int) Math.min(2048, size)];
            raf.seek(size - tail.length);
            raf.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new IngestException("not a readable PDF: truncated (no %%EOF at the end)");
            }
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + oneLine(e), e);
        }
    }

    private static String ranges(List<Integer> pages) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < pages.size()) {
            int j = i;
            while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
                j++;
            }
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(pages.get(i));
            if (j > i) {
                b.append('-').append(pages.get(j));
            }
            i = j + 1;
        }
        return b.toString();
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
