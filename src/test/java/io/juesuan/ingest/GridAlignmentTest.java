package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a ruled table vouches that each amount sits in its own column slot ({@code Grid.aligned}). */
class GridAlignmentTest {
    private static final float[] ROWS = {0, 10, 20};
    private static final float[] COLS = {0, 40, 80, 120};

    /** A box over row r, columns c0..c1-1, holding the given text as glyphs. */
    private static RuledTable.Box box(Map<RuledTable.Box, List<Glyph>> cells, int r, int c0, int c1, String text) {
        RuledTable.Box b = new RuledTable.Box(COLS[c0], ROWS[r], COLS[c1], ROWS[r + 1], r, c0, r + 1, c1);
        List<Glyph> gs = new ArrayList<>();
        float x = COLS[c0] + 2;
        for (char ch : text.toCharArray()) {
            gs.add(new Glyph(String.valueOf(ch), x, ROWS[r] + 2, 5, 6, 8));
            x += 5;
        }
        if (!text.isEmpty()) {
            cells.put(b, gs);
        }
        return b;
    }

    @Test
    void everyAmountInItsOwnSlot() {
        Map<RuledTable.Box, List<Glyph>> cells = new HashMap<>();
        List<RuledTable.Box> boxes = List.of(box(cells, 0, 0, 1, "项目"), box(cells, 0, 1, 3, "收入预算"),
                box(cells, 1, 0, 1, "合计"), box(cells, 1, 1, 2, "12.50"), box(cells, 1, 2, 3, ""));
        assertTrue(PdfPageReader.aligned(new RuledTable(ROWS, COLS, boxes), cells), "a header label may span columns");
    }

    /** A producer that draws no border around an empty cell: the amount's box spans its neighbour's slot. */
    @Test
    void anAmountSpanningAnEmptyNeighbourIsNotAligned() {
        Map<RuledTable.Box, List<Glyph>> cells = new HashMap<>();
        List<RuledTable.Box> boxes = List.of(box(cells, 0, 0, 1, "项目"), box(cells, 0, 1, 2, "合计"), box(cells, 0, 2, 3, "事业收入"),
                box(cells, 1, 0, 1, "208"), box(cells, 1, 1, 3, "12.50"));
        assertFalse(PdfPageReader.aligned(new RuledTable(ROWS, COLS, boxes), cells));
    }
}
