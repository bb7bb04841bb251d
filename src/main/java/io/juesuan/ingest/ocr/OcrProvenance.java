package io.juesuan.ingest.ocr;

import io.juesuan.model.Document;
import io.juesuan.model.OcrReading;
import io.juesuan.model.Page;
import io.juesuan.model.Placement;
import io.juesuan.model.Row;
import io.juesuan.model.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-cell provenance of values read by OCR: a row read from an OCR'd page has its values placed
 * {@code ocr} (where the table reader said {@code position}: in the cell under the column's header)
 * and, per value, the engine's confidence. A page OCR made carries what it read in each cell
 * ({@link Page#ocrReadings()}); the confidence of a value is the lowest confidence among the cells of
 * its page that read that amount (none for an amount converted from 元): a row does not say which
 * grid cell it came from, and an amount printed twice on a page takes the less certain reading.
 */
public final class OcrProvenance {
    private OcrProvenance() {}

    /** The tables with every row on an OCR'd page marked {@code ocr}, confidences added; others as they are. */
    public static Map<String, Table> apply(Document doc, Map<String, Table> tables) {
        Map<Integer, List<OcrReading>> byPage = new LinkedHashMap<>();
        for (Page p : doc.pages()) {
            if (p.readByOcr()) {
                byPage.put(p.number(), p.ocrReadings());
            }
        }
        if (byPage.isEmpty()) {
            return tables;
        }
        Map<String, Table> out = new LinkedHashMap<>();
        tables.forEach((k, t) -> out.put(k, withProvenance(t, byPage)));
        return out;
    }

    private static Table withProvenance(Table t, Map<Integer, List<OcrReading>> byPage) {
        List<Row> rows = new ArrayList<>();
        boolean changed = false;
        for (Row r : t.rows()) {
            List<OcrReading> cells = r.page() == null ? null : byPage.get(r.page());
            if (cells == null) {
                rows.add(r);
                continue;
            }
            rows.add(mark(r, cells));
            changed = true;
        }
        return changed ? new Table(t.label(), t.title(), t.unit(), t.pages(), t.empty(), t.columns(), rows, t.notes(), t.sourceUnit(),
                t.omittedPrintedColumns()) : t;
    }

    /** One row read from an OCR'd page: placement {@code position} (or none) becomes {@code ocr}; confidences added. */
    static Row mark(Row r, List<OcrReading> cells) {
        Map<String, String> placement = new LinkedHashMap<>();
        Map<String, Float> confidence = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> v : r.values().entrySet()) {
            String how = r.placement() == null ? null : r.placement().get(v.getKey());
            placement.put(v.getKey(), how == null || how.equals(Placement.POSITION) ? Placement.OCR : how);
            if (v.getValue() != null) {
                Float c = confidence(v.getValue(), cells);
                if (c != null) {
                    confidence.put(v.getKey(), Math.round(c * 10) / 10f); // the engine's figure to one decimal
                }
            }
        }
        return r.withPlacement(placement).withConfidence(confidence.isEmpty() ? null : confidence);
    }

    /** The lowest confidence of the page's cells whose text is this amount; null when no cell reads it. */
    static Float confidence(BigDecimal value, List<OcrReading> cells) {
        Float low = null;
        for (OcrReading c : cells) {
            BigDecimal read = amount(c.text());
            if (read != null && read.compareTo(value) == 0 && (low == null || c.confidence() < low)) {
                low = c.confidence();
            }
        }
        return low;
    }

    private static BigDecimal amount(String text) {
        String s = text.replace(" ", "").replace(",", "");
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(s);
    }
}
