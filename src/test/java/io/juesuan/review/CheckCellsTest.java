package io.juesuan.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Check ids → cells over every check of the committed sample output ({@code extracted/}): the first cell of
 * a table check holds the check's actual value, and for a passing check the cells found are the ones its
 * sum is made of wherever the id names them all.
 */
class CheckCellsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("extracted"))) {
            return s.filter(p -> p.toString().endsWith(".json") && p.getParent().getFileName().toString().matches("\\d{4}"))
                    .sorted().toList();
        }
    }

    @Test
    void everyTableCheckFindsTheCellItTests() throws IOException {
        int tableChecks = 0;
        int located = 0;
        int sumsMatch = 0;
        List<String> wrong = new ArrayList<>();
        for (Path f : samples()) {
            JsonNode report = JSON.readTree(f.toFile());
            CheckCells cc = new CheckCells(report.path("tables"), ColumnLabels.load());
            for (JsonNode c : report.path("checks")) {
                String id = c.path("id").asText();
                // narrative, form and title-year checks compare no table cell
                if (id.startsWith("narrative.") || id.startsWith("performance.") || id.startsWith("identity.title_year") || !c.path("actual").isNumber()) {
                    continue;
                }
                tableChecks++;
                List<CheckCells.Ref> cells = cc.cells(c);
                if (cells.isEmpty()) {
                    continue;
                }
                located++;
                BigDecimal first = value(report, cells.get(0));
                if (first.compareTo(c.get("actual").decimalValue()) != 0) {
                    wrong.add(f.getFileName() + " " + id + " → " + cells.get(0) + " = " + first + ", actual " + c.get("actual"));
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (CheckCells.Ref r : cells.subList(1, cells.size())) {
                    sum = sum.add(value(report, r));
                }
                if (cells.size() > 1 && sum.compareTo(c.get("expected").decimalValue()) == 0) {
                    sumsMatch++;
                }
            }
        }
        System.out.printf("check cells: %d table checks, %d located, %d with operands summing to expected%n",
                tableChecks, located, sumsMatch);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(located >= tableChecks * 99 / 100, located + " of " + tableChecks + " located");
        // the rest are "= parts" lines and 06's 人员/公用 class groups, whose members the id does not name
        assertTrue(sumsMatch >= tableChecks * 95 / 100, sumsMatch + " of " + tableChecks + " with all operands");
    }

    @Test
    void namedShapes() throws IOException {
        JsonNode report = JSON.readTree(Path.of("extracted/2023/青龙满族自治县医疗保障局（汇总）.json").toFile());
        CheckCells cc = new CheckCells(report.path("tables"), ColumnLabels.load());
        assertEquals(List.of(new CheckCells.Ref("income_expenditure_summary", "income:income_total", "amount"),
                new CheckCells.Ref("income", "total", "total")), cc.cells(check(report, "01.income_total=02.total")));
        assertEquals(List.of(new CheckCells.Ref("general_budget_expenditure", "total", "basic"),
                new CheckCells.Ref("general_budget_basic_expenditure", "personnel_total", "amount"),
                new CheckCells.Ref("general_budget_basic_expenditure", "public_total", "amount")),
                cc.cells(check(report, "05.basic=06.personnel+public")));
        assertEquals(List.of(new CheckCells.Ref("three_public", "all", "actual_total"),
                new CheckCells.Ref("three_public", "all", "actual_vehicle_total"),
                new CheckCells.Ref("three_public", "all", "actual_reception")),
                cc.cells(check(report, "three_public.actual_total=overseas+vehicle+reception")).stream()
                        .filter(r -> !r.column().equals("actual_overseas")).toList());
        List<CheckCells.Ref> children = cc.cells(check(report, "income.208=Σchildren.total"));
        assertEquals(new CheckCells.Ref("income", "208", "total"), children.get(0));
        assertTrue(children.stream().skip(1).allMatch(r -> r.row().length() == 5 && r.row().startsWith("208")), children.toString());
        assertEquals(List.of(), cc.cells(check(report, "narrative.grand_total")));
    }

    private static JsonNode check(JsonNode report, String id) {
        for (JsonNode c : report.path("checks")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no check " + id);
    }

    private static BigDecimal value(JsonNode report, CheckCells.Ref r) {
        for (JsonNode row : report.path("tables").path(r.table()).path("rows")) {
            if (row.path("key").asText().equals(r.row())) {
                JsonNode v = row.path("values").path(r.column());
                return v.isNumber() ? v.decimalValue() : BigDecimal.ZERO;
            }
        }
        throw new AssertionError("no row " + r);
    }
}
