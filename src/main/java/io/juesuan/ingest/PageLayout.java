package io.juesuan.ingest;

import io.juesuan.model.Page;
import java.util.ArrayList;
import java.util.List;
import technology.tabula.Ruling;

/**
 * The PDF front-end's layout step for other glyph sources (OCR): the cells that ruling lines make
 * and a page built from glyphs and lines, through the same code the content-stream path uses.
 * Coordinates are points, top-left origin, y downwards. A table area inside another (a strip that
 * detected lines ending slightly off make the lattice step see) is dropped on this path.
 */
public final class PageLayout {
    private PageLayout() {}

    /** One drawn cell and the table it belongs to (index in top-to-bottom order). */
    public record Cell(int table, float left, float top, float right, float bottom) {}

    /** Every cell box the lines make, table by table, as {@code PdfPageReader} finds them. */
    public static List<Cell> cells(List<Ruling> horizontal, List<Ruling> vertical) {
        List<Cell> out = new ArrayList<>();
        List<RuledTable> tables = PdfPageReader.tables(horizontal, vertical, true);
        for (int i = 0; i < tables.size(); i++) {
            for (RuledTable.Box b : tables.get(i).boxes) {
                out.add(new Cell(i, b.left(), b.top(), b.right(), b.bottom()));
            }
        }
        return out;
    }

    /** The table areas (left, top, right, bottom) the lines make. */
    public static List<float[]> tableAreas(List<Ruling> horizontal, List<Ruling> vertical) {
        return PdfPageReader.tables(horizontal, vertical, true).stream().map(t -> new float[] {t.left, t.top, t.right, t.bottom}).toList();
    }

    /** A page from positioned glyphs and ruling lines: glyphs go to the cell holding their centre. */
    public static Page page(List<Glyph> glyphs, List<Ruling> horizontal, List<Ruling> vertical, int number) {
        return PdfPageReader.read(glyphs, horizontal, vertical, number, true);
    }
}
