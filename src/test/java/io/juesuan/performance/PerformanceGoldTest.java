package io.juesuan.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.GoldFiles;
import io.juesuan.Pipeline;
import io.juesuan.model.Check;
import io.juesuan.model.Performance;
import io.juesuan.model.ProjectForm;
import io.juesuan.model.Report;
import io.juesuan.model.SummaryRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Forms, summary rows and the department form of each 决算 sample equal the gold. */
class PerformanceGoldTest {
    private static final Pipeline PIPELINE = new Pipeline();

    private static Report extract(String stem) throws Exception {
        return extract(stem, "txt");
    }

    private static Report extract(String stem, String ext) throws Exception {
        return PIPELINE.extract(Path.of("corpus", stem + "." + ext), stem + "." + ext);
    }

    private static String num(BigDecimal v) {
        return v == null ? "null" : v.stripTrailingZeros().toPlainString();
    }

    private static String num(JsonNode v) {
        return v == null || v.isNull() ? "null" : v.decimalValue().stripTrailingZeros().toPlainString();
    }

    private static String describe(ProjectForm f) {
        return f.name() + " | " + num(f.funds() == null ? null : f.funds().annualBudget()) + " | "
                + num(f.funds() == null ? null : f.funds().executed()) + " | " + num(f.totalScore()) + " | " + f.indicators().size();
    }

    private static String describe(JsonNode g) {
        return g.path("name").asText(null) + " | " + num(g.get("funds").get("annualBudget")) + " | "
                + num(g.get("funds").get("executed")) + " | " + num(g.get("totalScore")) + " | " + g.get("indicatorCount").asInt();
    }

    /**
     * Text and PDF alike: in the PDFs some form rows are cut by page breaks and must still count once.
     * {@code t3.pdf} is the same report printed from a browser (Type 3 fonts, Kangxi radicals in the text layer).
     */
    @ParameterizedTest
    @CsvSource({"2023-yantai-ybj-final,txt", "2024-liaocheng-ybj-final,txt", "2023-qinglong-ybj-final,txt",
            "2023-yantai-ybj-final,pdf", "2024-liaocheng-ybj-final,pdf", "2023-qinglong-ybj-final,pdf",
            "2023-yantai-ybj-final,t3.pdf"})
    void formsAndSummaryEqualGold(String stem, String ext) throws Exception {
        Performance p = extract(stem, ext).performance();
        JsonNode gold = GoldFiles.read(stem).get("performance");
        List<String> expected = new ArrayList<>();
        gold.get("projects").forEach(g -> expected.add(describe(g)));
        assertEquals(expected, p.projects().stream().map(PerformanceGoldTest::describe).toList());
        List<String> expectedSummary = new ArrayList<>();
        gold.path("summary").forEach(s -> expectedSummary.add(s.get("seq").asInt() + " " + s.get("project").asText() + " "
                + num(s.get("annualBudget")) + " " + num(s.get("score")) + " " + s.get("grade").asText()));
        assertEquals(expectedSummary, p.summary().stream().map(s -> s.seq() + " " + s.project() + " " + num(s.annualBudget())
                + " " + num(s.score()) + " " + s.grade()).toList());
        if (gold.has("department")) {
            JsonNode d = gold.get("department");
            assertEquals(num(d.get("funds").get("annualBudget")) + " " + num(d.get("funds").get("executed")) + " "
                            + num(d.get("totalScore")) + " " + d.get("indicatorCount").asInt(),
                    num(p.department().funds().annualBudget()) + " " + num(p.department().funds().executed()) + " "
                            + num(p.department().totalScore()) + " " + p.department().indicators().size());
        }
    }

    /**
     * Only the genuine inconsistencies fail (report-anatomy §4–5): forms whose rows were lost so
     * their scores and weights do not add up, the narrative that contradicts form 16, and form 5
     * whose 自评得分 cell is missing from the rendering.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "2023-yantai-ybj-final;performance.1.score_sum performance.1.weight_sum",
            "2024-liaocheng-ybj-final;performance.8.score_sum performance.8.weight_sum",
            "2023-qinglong-ybj-final;performance.16.narrative_budget performance.16.narrative_rate performance.5.score_sum"})
    void onlyTheKnownInconsistenciesFail(String stem, String failing) throws Exception {
        Report r = extract(stem);
        Set<String> failed = new TreeSet<>();
        r.checks().stream().filter(c -> c.status() == Check.Status.FAIL).forEach(c -> failed.add(c.id()));
        assertEquals(new TreeSet<>(List.of(failing.split(" "))), failed);
        Check first = r.checks().stream().filter(c -> c.id().equals(failing.split(" ")[0])).findFirst().orElseThrow();
        assertEquals(Check.Status.FAIL, first.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "pdf"})
    void departmentFormCarriesItsTaskTable(String ext) throws Exception {
        ProjectForm d = extract("2024-liaocheng-ybj-final", ext).performance().department();
        assertEquals(7, d.tasks().size());
        assertEquals("加强医保信息化建设", d.tasks().get(1).name());
        assertEquals(Integer.valueOf(7), d.tasks().get(6).seq());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-liaocheng-ybj-final"})
    void summaryGroupRowsAreKeptAsGroups(String stem) throws Exception {
        List<SummaryRow> rows = extract(stem).performance().summary();
        assertEquals("市本级项目支出绩效自评", rows.get(0).group());
        assertEquals(null, rows.get(0).annualBudget(), "this summary table prints no budget column");
    }
}
