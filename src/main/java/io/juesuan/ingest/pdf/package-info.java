/**
 * The PDF front-end's steps from characters to cells, all in page display space (y down).
 *
 * <ol>
 *   <li>{@link io.juesuan.ingest.pdf.GlyphCollector}: PDFBox text positions, one pass per document;
 *       {@link io.juesuan.ingest.pdf.FakeBoldFilter} drops characters drawn twice for bold.</li>
 *   <li>{@link io.juesuan.ingest.pdf.RulingCollector}: stroked lines, rectangle edges and thin filled
 *       rectangles become {@link io.juesuan.ingest.pdf.Ruling}s.</li>
 *   <li>{@link io.juesuan.ingest.pdf.RulingGrid}: connected rulings form a table lattice; slots with
 *       no ruling between them merge into one cell anchored top-left.</li>
 *   <li>{@link io.juesuan.ingest.pdf.CellAssigner}: each glyph goes to the cell containing its centre;
 *       {@link io.juesuan.ingest.pdf.LineJoiner} joins a cell's lines (no space between CJK).</li>
 *   <li>{@link io.juesuan.ingest.pdf.PageBreakStitcher}: a row left open at a page bottom takes the open
 *       first row of the next page.</li>
 *   <li>{@link io.juesuan.ingest.pdf.StreamTableDetector}: text-gap fallback for tables without
 *       rulings; everything else is one text line per visual line.</li>
 * </ol>
 *
 * We reconstruct cells ourselves rather than through tabula-java so that the step putting
 * characters into cells works on PDFBox's own positions, with rows that a page break cut and
 * rows packed without row lines handled in the same model.
 */
package io.juesuan.ingest.pdf;
