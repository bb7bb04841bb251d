package io.juesuan.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import io.juesuan.cli.Main;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** datapackage.json describes the CSVs exactly: columns, types, primary and foreign keys. */
class DataPackageTest {
    @Test
    void descriptorMatchesTheCsvs(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String f : List.of("2023-yantai-ybj-final.txt", "2024-liaocheng-ybj-final.txt")) {
            Files.copy(Path.of("corpus", f), in.resolve(f));
        }
        Path out = dir.resolve("out");
        assertEquals(0, Main.run(new String[] {"extract", "--quiet", "--out", out.toString(), in.toString()}));
        JsonNode pkg = new ObjectMapper().readTree(out.resolve("datapackage.json").toFile());
        Map<String, List<Map<String, String>>> data = new HashMap<>();
        for (JsonNode res : pkg.get("resources")) {
            List<String[]> lines;
            try (Reader r = Files.newBufferedReader(out.resolve(res.get("path").asText()), StandardCharsets.UTF_8);
                    CSVReader csv = new com.opencsv.CSVReaderBuilder(r).withCSVParser(new com.opencsv.RFC4180Parser()).build()) {
                lines = csv.readAll();
            }
            List<String> fields = new ArrayList<>();
            Map<String, String> types = new HashMap<>();
            for (JsonNode f : res.get("schema").get("fields")) {
                fields.add(f.get("name").asText());
                types.put(f.get("name").asText(), f.get("type").asText());
            }
            assertEquals(fields, Arrays.asList(lines.get(0)), res.get("name").asText());
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : lines.subList(1, lines.size())) {
                assertEquals(fields.size(), line.length);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < line.length; i++) {
                    assertValid(types.get(fields.get(i)), line[i], fields.get(i));
                    row.put(fields.get(i), line[i]);
                }
                rows.add(row);
            }
            Set<List<String>> keys = new HashSet<>();
            List<String> pk = new ArrayList<>();
            res.get("schema").get("primaryKey").forEach(k -> pk.add(k.asText()));
            for (Map<String, String> row : rows) {
                assertTrue(keys.add(pk.stream().map(row::get).toList()), "duplicate primary key in " + res.get("name"));
            }
            data.put(res.get("name").asText(), rows);
        }
        assertTrue(data.get("cells").size() > 1000);
        assertEquals(2, data.get("reports").size());
        for (JsonNode res : pkg.get("resources")) {
            for (JsonNode fk : res.get("schema").get("foreignKeys")) {
                List<String> from = new ArrayList<>();
                fk.get("fields").forEach(f -> from.add(f.asText()));
                List<String> to = new ArrayList<>();
                fk.get("reference").get("fields").forEach(f -> to.add(f.asText()));
                Set<List<String>> targets = new HashSet<>();
                data.get(fk.get("reference").get("resource").asText()).forEach(r -> targets.add(to.stream().map(r::get).toList()));
                for (Map<String, String> row : data.get(res.get("name").asText())) {
                    assertTrue(targets.contains(from.stream().map(row::get).toList()), "dangling foreign key in " + res.get("name"));
                }
            }
        }
        Map<String, String> cell = data.get("cells").stream()
                .filter(r -> r.get("table_key").equals("expenditure") && r.get("row_key").equals("2101301")
                        && r.get("column_key").equals("project")).findFirst().orElseThrow();
        assertEquals("4737.00", cell.get("value"));
        assertEquals("2101301", cell.get("functional_code"));
    }

    @Test
    void bomOptionForExcel(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("corpus", "2023-yantai-ybj-final.txt"), in.resolve("a.txt"));
        Path out = dir.resolve("out");
        Main.run(new String[] {"extract", "--quiet", "--bom", "--out", out.toString(), in.toString()});
        byte[] head = Arrays.copyOf(Files.readAllBytes(out.resolve("csv/cells.csv")), 3);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(head[0], head[1], head[2]));
    }

    private static void assertValid(String type, String v, String field) {
        if (v.isEmpty()) {
            return;
        }
        switch (type) {
            case "integer" -> assertTrue(v.matches("-?\\d+"), field + "=" + v);
            case "number" -> new BigDecimal(v);
            case "boolean" -> assertTrue(v.equals("true") || v.equals("false"), field + "=" + v);
            default -> { }
        }
    }
}
