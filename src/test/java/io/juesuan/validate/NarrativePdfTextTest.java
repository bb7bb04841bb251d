package io.juesuan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.Pipeline;
import io.juesuan.model.Check;
import io.juesuan.model.Report;
import io.juesuan.sections.Reflow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Part 3 is reflowed into paragraphs before any sentence is matched, so a PDF (which keeps its line
 * breaks) yields the same narrative checks with the same outcomes as the text rendering.
 */
class NarrativePdfTextTest {
    private static final Pipeline PIPELINE = new Pipeline();

    private static Map<String, Check.Status> narrative(String stem, String ext) throws Exception {
        Report r = PIPELINE.extract(Path.of("corpus", stem + "." + ext), "corpus/" + stem + "." + ext);
        Map<String, Check.Status> out = new TreeMap<>();
        for (Check c : r.checks()) {
            if (c.id().contains("narrative")) {
                out.put(c.id(), c.status());
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-yantai-ybj-final", "2023-qinglong-ybj-final", "2024-liaocheng-ybj-final"})
    void pdfGivesTheTextsNarrativeChecks(String stem) throws Exception {
        Map<String, Check.Status> text = narrative(stem, "txt");
        Map<String, Check.Status> pdf = narrative(stem, "pdf");
        assertEquals(text, pdf, stem);
        assertTrue(text.size() >= 20, stem + ": " + text.size());
    }

    @Test
    void qinglongForm16ContradictionInBothRenderings() throws Exception {
        for (String ext : List.of("txt", "pdf")) {
            Map<String, Check.Status> m = narrative("2023-qinglong-ybj-final", ext);
            assertEquals(Check.Status.FAIL, m.get("performance.16.narrative_budget"), ext);
            assertEquals(Check.Status.FAIL, m.get("performance.16.narrative_rate"), ext);
            assertEquals(Check.Status.PASS, m.get("performance.16.narrative_executed"), ext);
            // every self-evaluated form is compared, or skipped with its reason
            for (int i = 1; i <= 19; i++) {
                final int n = i;
                assertTrue(m.keySet().stream().anyMatch(k -> k.startsWith("performance." + n + ".narrative")), ext + " form " + i);
            }
        }
    }

    @Test
    void reflowJoinsWrappedLinesAndKeepsParagraphs() {
        List<String> lines = List.of(
                "一、收入支出决算总体情况说明",
                "本部门2023年度三公经费年初预算为2.06万元，支出决算为",
                "0.39万元，完成预算的18.9%。",
                "（一）财政拨款收支与2022年度决算对比情况",
                "本部门的项目绩效自评得分为95.47分（绩效自评表附后）。",
                "全年预算数为308万元。",
                "1.一般公共预算财政拨款本年收入合计0.00万",
                "元，与上年持平。");
        List<String> p = Reflow.paragraphsOf(lines);
        assertEquals("本部门2023年度三公经费年初预算为2.06万元，支出决算为0.39万元，完成预算的18.9%。", p.get(1));
        assertEquals("1.一般公共预算财政拨款本年收入合计0.00万元，与上年持平。", p.get(p.size() - 1));
        // no common wrap width here: a line ending in 。 ends its paragraph
        assertTrue(p.contains("全年预算数为308万元。"), p.toString());
    }

    @Test
    void aFullWidthLineEndingASentenceGoesOn() {
        String full = "本部门的项目绩效自评得分为九十五点四七分（绩效自评表附后）。";
        List<String> lines = List.of(
                "根据年初设定的绩效目标开展自评工作，项目绩效自评得分为九十",
                "五点四七分（绩效自评表附后）项目绩效目标完成情况良好，未见",
                "问题，此外根据年初设定的绩效目标开展自评工作项目绩效自评得",
                full.substring(0, 30),
                "全年预算数为308万元，执行数为229.98万元。",
                "（2）下一项");
        List<String> p = Reflow.paragraphsOf(lines);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).endsWith("全年预算数为308万元，执行数为229.98万元。"));
    }
}
