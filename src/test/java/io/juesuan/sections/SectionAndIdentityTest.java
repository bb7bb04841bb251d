package io.juesuan.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.Pipeline;
import io.juesuan.model.Report;
import io.juesuan.model.Section;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionAndIdentityTest {
    private static final Pipeline PIPELINE = new Pipeline();

    private static Report extract(String stem) throws Exception {
        return PIPELINE.extract(Path.of("corpus", stem + ".txt"), stem);
    }

    private static Section section(Report r, String key) {
        return r.sections().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + key));
    }

    @Test
    void partsAndNumberedExplanationsAsPrinted() throws Exception {
        Report r = extract("2023-yantai-ybj-final");
        assertEquals("一、单位职责", section(r, "duties").title());
        assertEquals("二、机构设置", section(r, "organization").title());
        assertTrue(section(r, "organization").text().contains("内设 5 个职能科室"));
        List<Section> explanation = r.sections().stream().filter(s -> s.key().startsWith("explanation.")).toList();
        assertEquals(13, explanation.size());
        assertEquals("十三、预算绩效情况说明", explanation.get(12).title());
        assertEquals("名词解释", section(r, "glossary").title());
        assertEquals(5, section(r, "attachments").part());
    }

    @Test
    void tableCaptionsWinOverACoverThatDisagrees() throws Exception {
        // the cover says （部门）, the tables' 部门： lines say （汇总）
        Report r = extract("2023-qinglong-ybj-final");
        assertEquals("青龙满族自治县医疗保障局（汇总）", r.report().unit());
        assertTrue(r.report().consolidated());
        assertEquals("department", r.report().scope());
        assertEquals(10, r.sections().stream().filter(s -> s.key().startsWith("explanation.")).count());
        assertEquals("相关名词解释", section(r, "glossary").title());
    }

    @Test
    void markdownHeadingDepthDoesNotMatter() throws Exception {
        Report r = extract("2024-liaocheng-ybj-final");
        assertEquals(2024, r.report().year());
        assertEquals(13, r.sections().stream().filter(s -> s.key().startsWith("explanation.")).count());
        assertTrue(section(r, "explanation.9").text().contains("三公"));
    }
}
