package io.juesuan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cell's provenance columns in cells.csv: how it was placed and, for a scanned page, the OCR confidence. */
class CellsExportTest {
    private static final String JSON = """
            {"source": {"file": "in/scan.pdf"}, "report": {"year": 2023, "unit": "某局"},
             "tables": {"income": {"title": "收入决算表", "unit": "万元", "pages": [6], "rows": [
               {"key": "208", "code": "208", "level": "class", "name": "社会保障和就业支出", "page": 6,
                "values": {"total": 17334.30, "basic": 406.13, "project": null},
                "placement": {"total": "ocr", "basic": "ocr", "project": "ocr"},
                "confidence": {"total": 91.5, "basic": 72.0}},
               {"key": "209", "code": "209", "level": "class", "name": "其他", "page": 6,
                "values": {"total": 1.00}, "placement": {"total": "position"}}]}}}
            """;

    private static Map<String, String> cell(List<String[]> rows, String rowKey, String column) {
        List<String> names = CsvExporter.columnsOf("cells");
        for (String[] r : rows) {
            if (r[names.indexOf("row_key")].equals(rowKey) && r[names.indexOf("column_key")].equals(column)) {
                return Map.of("value", r[names.indexOf("value")], "placement", r[names.indexOf("placement")],
                        "ocr_confidence", r[names.indexOf("ocr_confidence")]);
            }
        }
        throw new AssertionError("no cell " + rowKey + "/" + column);
    }

    @Test
    void ocrValuesCarryTheirConfidenceAndOthersLeaveItEmpty() throws Exception {
        List<String[]> rows = CsvExporter.rowsOf("2023/某局", JSON.getBytes(StandardCharsets.UTF_8)).get("cells");
        assertEquals(Map.of("value", "17334.30", "placement", "ocr", "ocr_confidence", "91.5"), cell(rows, "208", "total"));
        assertEquals(Map.of("value", "406.13", "placement", "ocr", "ocr_confidence", "72.0"), cell(rows, "208", "basic"));
        // a blank cell has no confidence; a value read from a text layer has none either
        assertEquals(Map.of("value", "", "placement", "ocr", "ocr_confidence", ""), cell(rows, "208", "project"));
        assertEquals(Map.of("value", "1.00", "placement", "position", "ocr_confidence", ""), cell(rows, "209", "total"));
    }
}
