package io.juesuan.ingest;

import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.Page;
import io.juesuan.model.TextLine;
import io.juesuan.normalize.IdeographFolding;
import io.juesuan.normalize.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Front-end for text renderings (.txt/.md): tab-separated (or markdown pipe) rows become grids,
 * everything else text lines. Pages are form-feed separated, as pdftotext writes them.
 *
 * <p>Leading indentation of text lines is kept (as U+3000 turned into spaces is not): space-separated
 * renderings mark code levels by it. Grid cells are trimmed and width-normalised.
 */
public final class TextDocumentReader implements DocumentReader {
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s*");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+");
    private static final Pattern HTML_TAG = Pattern.compile("</?(b|strong|i|em|u|span|font|br)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\u3000\\u00A0\\r]+$");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

    @Override
    public Document read(Path file) throws IngestException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException("cannot read file: " + e.getMessage(), e);
        }
        return read(file, bytes);
    }

    @Override
    public Document read(Path file, byte[] bytes) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException("empty file");
        }
        return parse(TextDecoder.decode(bytes));
    }

    /** Parses already decoded text; public for tests that build small documents inline. */
    public Document parse(String text) {
        // radicals and compatibility ideographs to unified ideographs before anything reads the text
        String[] pageTexts = IdeographFolding.fold(text).split("\f", -1);
        int pageCount = pageTexts.length;
        while (pageCount > 1 && pageTexts[pageCount - 1].isBlank()) {
            pageCount--;
        }
        List<Page> pages = new ArrayList<>();
        int lineNo = 0;
        for (int p = 0; p < pageCount; p++) {
            List<Block> blocks = new ArrayList<>();
            List<List<String>> gridRows = new ArrayList<>();
            int gridStart = 0;
            String[] lines = pageTexts[p].split("\r?\n", -1);
            for (String raw : lines) {
                lineNo++;
                String line = stripMarkup(raw);
                List<String> cells = cells(line);
                if (cells != null) {
                    if (gridRows.isEmpty()) {
                        gridStart = lineNo;
                    }
                    if (!PIPE_SEPARATOR.matcher(line).matches()) {
                        gridRows.add(cells);
                    }
                    continue;
                }
                if (!gridRows.isEmpty()) {
                    blocks.add(new Grid(gridRows, p + 1, gridStart, true));
                    gridRows = new ArrayList<>();
                }
                if (!line.isBlank()) {
                    blocks.add(new TextLine(TextNormalizer.halfWidth(line).stripTrailing(), p + 1, lineNo));
                }
            }
            if (!gridRows.isEmpty()) {
                blocks.add(new Grid(gridRows, p + 1, gridStart, true));
            }
            pages.add(new Page(p + 1, blocks));
        }
        return new Document("text", pageCount, pages);
    }

    /** Cells of a table line, or null when the line is running text. */
    private static List<String> cells(String line) {
        String[] parts;
        if (line.indexOf('\t') >= 0) {
            parts = line.split("\t", -1);
        } else {
            String t = line.strip();
            if (t.length() > 1 && t.startsWith("|") && t.endsWith("|")) {
                parts = t.substring(1, t.length() - 1).split("\\|", -1);
            } else {
                return null;
            }
        }
        List<String> cells = new ArrayList<>(parts.length);
        Arrays.stream(parts).map(TextNormalizer::collapse).forEach(cells::add);
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        if (cells.isEmpty()) {
            // a line of tabs only: an empty grid row still separates nothing, keep it as an empty row
            cells.add("");
        }
        return cells;
    }

    /** Markdown headings, bold/HTML emphasis, bullets and hard-break trailing spaces. */
    static String stripMarkup(String raw) {
        String s = HEADING.matcher(raw).replaceFirst("");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = s.replace("**", "").replace("__", "");
        if (s.indexOf('\t') < 0) {
            s = BULLET.matcher(s).replaceFirst("");
        }
        return TRAILING_SPACES.matcher(s).replaceFirst("");
    }
}
