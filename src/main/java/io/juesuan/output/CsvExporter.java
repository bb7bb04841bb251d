package io.juesuan.output;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opencsv.CSVWriter;
import io.juesuan.Mappings;
import io.juesuan.tables.Classification;
import io.juesuan.tables.TableCatalog;
import io.juesuan.tables.TableSpec;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flat exports of every report the manifest lists as extracted: reports, cells (long format, one
 * row per table cell), projects, indicators, checks, tables, warnings, and the Frictionless
 * {@code datapackage.json} describing them. Built from the JSON files on disk, so an incremental
 * run exports everything, not only what it redid.
 *
 * <p>Streaming: reports are read one at a time and their rows written straight to the CSVs, so
 * memory does not grow with the number of reports. The set is written into a fresh folder beside
 * {@code csv/} and swapped in by renaming folders, so an interrupted run never leaves CSVs of two
 * runs side by side. {@code csv/.export-state} holds a digest of what the set was built from (every
 * output's name, sha256, size and time, the schema, the BOM choice); when nothing changed, the
 * export is not redone.
 */
public final class CsvExporter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    static final String DIR = "csv";
    static final String STATE = ".export-state";
    private final boolean bom;

    /** @param bom start each CSV with a UTF-8 byte-order mark, for Excel */
    public CsvExporter(boolean bom) {
        this.bom = bom;
    }

    /**
     * The tables whose codes are 经济分类 codes, as mappings/tables.json declares them (their code
     * goes to the economic_code column, every other code to functional_code). The packaged mappings:
     * the export reads finished JSON files, not the run's mappings.
     */
    private static final class Declared {
        static final Set<String> ECONOMIC = new TableCatalog(Mappings.load()).specs().stream()
                .filter(s -> s.classification() == Classification.ECONOMIC).map(TableSpec::key).collect(Collectors.toSet());
    }

    /** Where rows go, one export at a time. */
    private interface Sink {
        void row(CsvTable table, String[] row) throws IOException;
    }

    public boolean export(Path outDir) throws IOException {
        return export(outDir, Manifest.load(outDir).entries());
    }

    /**
     * Exports the reports of {@code entries} (rows that succeeded and whose output exists).
     *
     * @return false when the CSVs already held exactly this and were left alone
     */
    public boolean export(Path outDir, List<ManifestEntry> entries) throws IOException {
        java.util.TreeMap<String, String> outputs = new java.util.TreeMap<>();
        for (ManifestEntry e : entries) {
            if (e.succeeded() && e.output() != null) {
                outputs.putIfAbsent(e.output(), e.sha256());
            }
        }
        java.security.MessageDigest md = sha256();
        update(md, "schema " + schemaDigest() + " bom " + bom);
        List<String> present = new ArrayList<>();
        for (Map.Entry<String, String> o : outputs.entrySet()) {
            Path f = outDir.resolve(o.getKey());
            if (!Files.isRegularFile(f)) {
                continue;
            }
            present.add(o.getKey());
            update(md, o.getKey() + "\t" + o.getValue() + "\t" + Files.size(f) + "\t" + Files.getLastModifiedTime(f).toMillis());
        }
        String state = java.util.HexFormat.of().formatHex(md.digest());
        Path csvDir = outDir.resolve(DIR);
        cleanLeftovers(outDir);
        byte[] pkg = JsonReportWriter.toBytes(dataPackage());
        Path pkgFile = outDir.resolve("datapackage.json");
        if (!Files.isRegularFile(pkgFile) || !java.util.Arrays.equals(Files.readAllBytes(pkgFile), pkg)) {
            AtomicFiles.write(pkgFile, pkg);
        }
        if (isCurrent(csvDir, state)) {
            return false;
        }
        Path next = outDir.resolve("." + DIR + ".next-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
        Files.createDirectories(next);
        try {
            Map<CsvTable, CSVWriter> writers = new java.util.LinkedHashMap<>();
            try {
                for (CsvTable t : ExportSchema.ALL) {
                    java.io.OutputStream os = new java.io.BufferedOutputStream(
                            Files.newOutputStream(next.resolve(t.name() + ".csv")), 1 << 16);
                    if (bom) {
                        os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    }
                    CSVWriter w = new CSVWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8),
                            ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
                    writers.put(t, w);
                    w.writeNext(t.header(), false);
                }
                Sink sink = (t, r) -> writers.get(t).writeNext(r, false);
                for (String output : present) {
                    JsonNode doc = JSON.readTree(outDir.resolve(output).toFile());
                    addReport(OutputNames.reportId(output), doc, sink);
                }
            } finally {
                IOException first = null;
                for (CSVWriter w : writers.values()) {
                    try {
                        w.close();
                    } catch (IOException e) {
                        first = first == null ? e : first;
                    }
                }
                if (first != null) {
                    throw first;
                }
            }
            Files.writeString(next.resolve(STATE), state + "\n");
            swap(next, csvDir);
        } finally {
            deleteTree(next);
        }
        return true;
    }

    private static boolean isCurrent(Path csvDir, String state) throws IOException {
        Path f = csvDir.resolve(STATE);
        if (!Files.isRegularFile(f) || !Files.readString(f).trim().equals(state)) {
            return false;
        }
        for (CsvTable t : ExportSchema.ALL) {
            if (!Files.isRegularFile(csvDir.resolve(t.name() + ".csv"))) {
                return false;
            }
        }
        return true;
    }

    /** Puts the new set in place of the old: two renames, the old set deleted after. */
    private static void swap(Path next, Path csvDir) throws IOException {
        Path old = null;
        if (Files.exists(csvDir)) {
            old = csvDir.resolveSibling("." + DIR + ".old-" + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
            Files.move(csvDir, old, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(next, csvDir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Sets of an interrupted export (the caller holds the folder's lock, so no one else is writing them). */
    private static void cleanLeftovers(Path outDir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(outDir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("." + DIR + ".")).toList()) {
                deleteTree(p);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(java.security.MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
    }

    /** Changes when any export's columns change, so a new build with a new schema re-exports. */
    private static String schemaDigest() {
        StringBuilder b = new StringBuilder("v2");
        for (CsvTable t : ExportSchema.ALL) {
            b.append('|').append(t.name()).append(':').append(String.join(",", t.header()));
        }
        return Integer.toHexString(b.toString().hashCode());
    }

    /**
     * The export rows of one report's JSON, by export name (reports, cells, projects, indicators,
     * checks, tables, warnings): the same rows the CSVs hold, for drivers that write elsewhere (the Spark job).
     */
    public static Map<String, List<String[]>> rowsOf(String id, byte[] json) throws IOException {
        Map<String, List<String[]>> out = new java.util.LinkedHashMap<>();
        ExportSchema.ALL.forEach(t -> out.put(t.name(), new ArrayList<>()));
        addReport(id, JSON.readTree(json), (t, r) -> out.get(t.name()).add(r));
        return out;
    }

    /** The column names of an export, in CSV order. */
    public static List<String> columnsOf(String export) {
        return ExportSchema.ALL.stream().filter(t -> t.name().equals(export)).findFirst()
                .map(t -> List.of(t.header())).orElseThrow();
    }

    /** The names of the exports, in order. */
    public static List<String> exports() {
        return ExportSchema.ALL.stream().map(CsvTable::name).toList();
    }

    private static void addReport(String id, JsonNode doc, Sink rows) throws IOException {
        JsonNode src = doc.path("source");
        JsonNode rep = doc.path("report");
        rows.row(ExportSchema.REPORTS, new String[] {id, text(src, "file"), text(src, "sha256"), text(src, "format"),
                text(src, "pageCount"), text(rep, "kind"), text(rep, "year"), text(rep, "unit"), text(rep, "scope"),
                text(rep, "consolidated"), String.valueOf(doc.path("warnings").size())});
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("tables").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> t = it.next();
            boolean economic = Declared.ECONOMIC.contains(t.getKey());
            JsonNode table = t.getValue();
            String empty = table.path("empty").asBoolean(false) ? "true" : "false";
            List<String> pages = new ArrayList<>();
            table.path("pages").forEach(n -> pages.add(n.asText()));
            rows.row(ExportSchema.TABLES, new String[] {id, t.getKey(), text(table, "title"), String.join(" ", pages),
                    text(table, "unit"), empty, String.valueOf(table.path("rows").size())});
            for (JsonNode row : table.path("rows")) {
                String code = text(row, "code");
                for (Iterator<Map.Entry<String, JsonNode>> vs = row.path("values").fields(); vs.hasNext(); ) {
                    Map.Entry<String, JsonNode> v = vs.next();
                    rows.row(ExportSchema.CELLS, new String[] {
                        id, text(src, "file"), text(rep, "year"), text(rep, "unit"), t.getKey(), text(row, "key"),
                        economic ? "" : code, economic ? code : "", text(row, "govCode"), text(row, "category"), text(row, "level"),
                        text(row, "name"), text(row, "side"), v.getKey(),
                        v.getValue().isNull() ? "" : v.getValue().decimalValue().toPlainString(), text(row, "page"), empty,
                        row.path("placement").path(v.getKey()).asText(""), row.path("confidence").path(v.getKey()).asText("")});
                }
            }
        }
        JsonNode perf = doc.path("performance");
        int seq = 0;
        for (JsonNode p : perf.path("projects")) {
            addProject(id, ++seq, p, rows);
        }
        if (perf.hasNonNull("department")) {
            addProject(id, 0, perf.get("department"), rows);
        }
        for (JsonNode c : doc.path("checks")) {
            rows.row(ExportSchema.CHECKS, new String[] {id, text(c, "id"), text(c, "status"), text(c, "basis"), text(c, "expected"),
                    text(c, "actual"), text(c, "difference"), text(c, "tolerance"), text(c, "message")});
        }
        int w = 0;
        for (JsonNode x : doc.path("warnings")) {
            rows.row(ExportSchema.WARNINGS, new String[] {id, String.valueOf(++w), text(x, "table"), text(x, "row"),
                    text(x, "severity"), text(x, "code"), text(x, "message"), text(x, "page")});
        }
    }

    private static void addProject(String id, int seq, JsonNode p, Sink rows) throws IOException {
        JsonNode f = p.path("funds");
        List<String> pages = new ArrayList<>();
        p.path("pages").forEach(n -> pages.add(n.asText()));
        rows.row(ExportSchema.PROJECTS, new String[] {id, String.valueOf(seq), text(p, "title"), text(p, "name"),
                text(p, "department"), text(p, "implementer"), text(f, "initialBudget"), text(f, "annualBudget"),
                text(f, "executed"), text(f, "executionRate"), text(p, "totalScore"),
                String.valueOf(p.path("indicators").size()), String.join(" ", pages)});
        int i = 0;
        for (JsonNode ind : p.path("indicators")) {
            rows.row(ExportSchema.INDICATORS, new String[] {id, String.valueOf(seq), String.valueOf(++i),
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
