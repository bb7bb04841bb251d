package io.juesuan.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.juesuan.model.Document;
import io.juesuan.model.Page;
import io.juesuan.model.Level;
import io.juesuan.model.OcrReading;
import io.juesuan.model.Row;
import io.juesuan.model.Table;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values read from OCR'd pages say so, with the engine's confidence; other rows are left as they are. */
class OcrProvenanceTest {
    private static Row row(int page, Map<String, String> placement) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put("total", new BigDecimal("17334.30"));
        v.put("basic", new BigDecimal("406.13"));
        v.put("project", null);
        return Row.builder("208").code("208").level(Level.CLASS).name("社会保障和就业支出").values(v).page(page).placement(placement).build();
    }

    @Test
    void rowsOfOcrPagesArePlacedOcrWithTheirConfidence() {
        Page ocr = new Page(5, List.of(), List.of(new OcrReading("17,334.30", 91f), new OcrReading("17,334.30", 72f),
                new OcrReading("406.13", 95.04321f), new OcrReading("社会保障和就业支出", 60f)));
        Page text = new Page(6, List.of());
        Map<String, String> sums = new LinkedHashMap<>(io.juesuan.model.Placement.uniform(row(5, null).values(), "position"));
        sums.put("basic", "sums");
        Table t = new Table("公开01表", "收入决算表", "万元", List.of(5, 6), false, List.of("total", "basic", "project"),
                List.of(row(5, sums), row(6, null)), List.of());
        Map<String, Table> out = OcrProvenance.apply(new Document("pdf", 6, List.of(ocr, text)), Map.of("income", t));
        Row read = out.get("income").rows().get(0);
        assertEquals(Map.of("total", "ocr", "basic", "sums", "project", "ocr"), read.placement());
        // an amount read twice on the page takes the lower confidence; a blank has none
        assertEquals(Map.of("total", 72f, "basic", 95f), read.confidence());
        Row other = out.get("income").rows().get(1);
        assertNull(other.placement());
        assertNull(other.confidence());
    }

    @Test
    void aDocumentWithoutOcrPagesKeepsItsTables() {
        Table t = new Table("公开01表", "收入决算表", "万元", List.of(1), false, List.of("total"), List.of(row(1, null)), List.of());
        Map<String, Table> tables = Map.of("income", t);
        assertSame(tables, OcrProvenance.apply(new Document("pdf", 1, List.of(new Page(1, List.of()))), tables));
    }
}
