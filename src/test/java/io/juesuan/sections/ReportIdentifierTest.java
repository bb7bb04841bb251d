package io.juesuan.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.Mappings;
import io.juesuan.ingest.TextDocumentReader;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Warning;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportIdentifierTest {
    private final ReportIdentifier identifier = new ReportIdentifier(Mappings.load());

    private ReportMeta identify(String text) {
        return identifier.identify(new TextDocumentReader().parse(text), new ArrayList<>());
    }

    @Test
    void unitBrokenAcrossCoverLines() {
        ReportMeta m = identify("**2024 年度**  \n**聊城市医疗保障局（汇**  \n**总）部门决算**\n\n# 目 录\n");
        assertEquals("聊城市医疗保障局（汇总）", m.unit());
        assertEquals(2024, m.year());
        assertEquals("final_account", m.kind());
        assertEquals("department", m.scope());
        assertTrue(m.consolidated());
    }

    @Test
    void labelledCoverFieldIsTheFallback() {
        ReportMeta m = identify("2023 年度\n部门决算公开文本\n部门名称： 某县医疗保障局（部门）\n");
        assertEquals("某县医疗保障局（部门）", m.unit());
        assertEquals(2023, m.year());
    }

    @Test
    void currencyLineIsNotAUnitName() {
        List<Warning> w = new ArrayList<>();
        ReportMeta m = identifier.identify(new TextDocumentReader().parse(
                "2023年度单位决算表\n单位：万元\n单位：某市医疗保障局本级\n"), w);
        assertEquals("某市医疗保障局本级", m.unit());
        assertEquals("unit", m.scope());
    }
}
