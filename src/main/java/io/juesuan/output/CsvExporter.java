package io.juesuan.output;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Flat exports of every report the manifest lists as extracted: reports, cells (long format, one
 * row per table cell), projects, indicators, checks, and the Frictionless {@code datapackage.json}
 * describing them. Built from the JSON files on disk, so an incremental run exports everything,
 * not only what it redid. Reports are read one at a time.
 */
public final class CsvExporter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private final boolean bom;

    /** @param bom start each CSV with a UTF-8 byte-order mark, for Excel */
    public CsvExporter(boolean bom) {
        this.bom = bom;
    }

    public void export(Path outDir) throws IOException {
        Set<String> outputs = new LinkedHashSet<>();
        Manifest.load(outDir).entries().stream().filter(ManifestEntry::succeeded).map(ManifestEntry::output)
                .filter(o -> o != null && Files.isRegularFile(outDir.resolve(o))).sorted().forEach(outputs::add);
        Map<CsvTable, List<String[]>> rows = new HashMap<>();
        ExportSchema.ALL.forEach(t -> rows.put(t, new ArrayList<>()));
        for (String output : outputs) {
            JsonNode doc = JSON.readTree(outDir.resolve(output).toFile());
            String id = OutputNames.reportId(output);
            addReport(id, doc, rows);
        }
        for (CsvTable t : ExportSchema.ALL) {
            AtomicFiles.write(outDir.resolve(t.path()), csv(t, rows.get(t)));
        }
        AtomicFiles.write(outDir.resolve("datapackage.json"), JsonReportWriter.toBytes(dataPackage()));
    }

    /**
     * The export rows of one report's JSON, by export name (reports, cells, projects, indicators,
     * checks): the same rows the CSVs hold, for drivers that write elsewhere (the Spark job).
     */
    public static Map<String, List<String[]>> rowsOf(String id, byte[] json) throws IOException {
        Map<CsvTable, List<String[]>> rows = new HashMap<>();
        ExportSchema.ALL.forEach(t -> rows.put(t, new ArrayList<>()));
        addReport(id, JSON.readTree(json), rows);
        Map<String, List<String[]>> out = new java.util.LinkedHashMap<>();
        ExportSchema.ALL.forEach(t -> out.put(t.name(), rows.get(t)));
        return out;
    }

    /** The column names of an export, in CSV order. */
    public static List<String> columnsOf(String export) {
        return ExportSchema.ALL.stream().filter(t -> t.name().equals(export)).findFirst()
                .map(t -> List.of(t.header())).orElseThrow();
    }

    private static void addReport(String id, JsonNode doc, Map<CsvTable, List<String[]>> rows) {
        JsonNode src = doc.path("source");
        JsonNode rep = doc.path("report");
        rows.get(ExportSchema.REPORTS).add(new String[] {id, text(src, "file"), text(src, "sha256"), text(src, "format"),
                text(src, "pageCount"), text(rep, "kind"), text(rep, "year"), text(rep, "unit"), text(rep, "scope"),
                text(rep, "consolidated"), String.valueOf(doc.path("warnings").size())});
        doc.path("tables").fields().forEachRemaining(t -> {
            boolean economic = t.getKey().equals("general_budget_basic_expenditure") || t.getKey().equals("budget_general_basic")
                    || t.getKey().equals("budget_basic");
            for (JsonNode row : t.getValue().path("rows")) {
                String code = text(row, "code");
                row.path("values").fields().forEachRemaining(v -> rows.get(ExportSchema.CELLS).add(new String[] {
                        id, text(src, "file"), text(rep, "year"), text(rep, "unit"), t.getKey(), text(row, "key"),
                        economic ? "" : code, economic ? code : "", text(row, "govCode"), text(row, "category"), text(row, "level"), text(row, "name"), text(row, "side"),
                        v.getKey(), v.getValue().isNull() ? "" : v.getValue().decimalValue().toPlainString(), text(row, "page")}));
            }
        });
        JsonNode perf = doc.path("performance");
        int seq = 0;
        for (JsonNode p : perf.path("projects")) {
            addProject(id, ++seq, p, rows);
        }
        if (perf.hasNonNull("department")) {
            addProject(id, 0, perf.get("department"), rows);
        }
        for (JsonNode c : doc.path("checks")) {
            rows.get(ExportSchema.CHECKS).add(new String[] {id, text(c, "id"), text(c, "status"), text(c, "expected"),
                    text(c, "actual"), text(c, "difference"), text(c, "tolerance"), text(c, "message")});
        }
    }

    private static void addProject(String id, int seq, JsonNode p, Map<CsvTable, List<String[]>> rows) {
        JsonNode f = p.path("funds");
        List<String> pages = new ArrayList<>();
        p.path("pages").forEach(n -> pages.add(n.asText()));
        rows.get(ExportSchema.PROJECTS).add(new String[] {id, String.valueOf(seq), text(p, "title"), text(p, "name"),
                text(p, "department"), text(p, "implementer"), text(f, "initialBudget"), text(f, "annualBudget"),
                text(f, "executed"), text(f, "executionRate"), text(p, "totalScore"),
                String.valueOf(p.path("indicators").size()), String.join(" ", pages)});
        int i = 0;
        for (JsonNode ind : p.path("indicators")) {
            rows.get(ExportSchema.INDICATORS).add(new String[] {id, String.valueOf(seq), String.valueOf(++i),
                    text(ind, "level1"), text(ind, "level2"), text(ind, "name"), text(ind, "target"), text(ind, "targetOp"),
                    text(ind, "targetValue"), text(ind, "targetUnit"), text(ind, "actual"), text(ind, "weight"),
                    text(ind, "score"), text(ind, "deviation")});
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        return v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText();
    }

    private byte[] csv(CsvTable table, List<String[]> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        try (CSVWriter w = new CSVWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n")) {
            w.writeNext(table.header(), false);
            for (String[] r : rows) {
                w.writeNext(r, false);
            }
        }
        return bytes.toByteArray();
    }

    static ObjectNode dataPackage() {
        ObjectNode pkg = JSON.createObjectNode();
        pkg.put("profile", "tabular-data-package");
        pkg.put("name", "juesuan-extract");
        pkg.put("title", "Chinese government final accounts and budgets (决算/预算), extracted by juesuan");
        ArrayNode resources = pkg.putArray("resources");
        for (CsvTable t : ExportSchema.ALL) {
            ObjectNode r = resources.addObject();
            r.put("name", t.name());
            r.put("path", t.path());
            r.put("profile", "tabular-data-resource");
            r.put("format", "csv");
            r.put("mediatype", "text/csv");
            r.put("encoding", "utf-8");
            ObjectNode schema = r.putObject("schema");
            ArrayNode fields = schema.putArray("fields");
            for (CsvTable.Field f : t.fields()) {
                ObjectNode fn = fields.addObject();
                fn.put("name", f.name());
                fn.put("type", f.type());
                fn.put("description", f.description());
                if (f.columnType() != null) {
                    fn.put("columnType", f.columnType());
                }
            }
            ArrayNode pk = schema.putArray("primaryKey");
            t.primaryKey().forEach(pk::add);
            ArrayNode fks = schema.putArray("foreignKeys");
            for (CsvTable.ForeignKey fk : t.foreignKeys()) {
                ObjectNode n = fks.addObject();
                ArrayNode fsn = n.putArray("fields");
                fk.fields().forEach(fsn::add);
                ObjectNode ref = n.putObject("reference");
                ref.put("resource", fk.resource());
                ArrayNode rf = ref.putArray("fields");
                fk.reference().forEach(rf::add);
            }
            schema.putArray("missingValues").add("");
        }
        return pkg;
    }
}
