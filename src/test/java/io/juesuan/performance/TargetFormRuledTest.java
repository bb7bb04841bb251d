package io.juesuan.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.Mappings;
import io.juesuan.ingest.TextDocumentReader;
import io.juesuan.model.Indicator;
import io.juesuan.model.ProjectForm;
import io.juesuan.model.Warning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ruled 绩效目标表 (the layout most provinces print: 绩效指标 | 一级 | 二级 | 三级 | 指标值, level
 * cells merged down): its cells part name from value, so the rows are read cell by cell with the
 * levels filled down — the same reader as for the unruled sample, whose lines need the heuristics.
 */
class TargetFormRuledTest {
    @Test
    void ruledRowsGiveOneIndicatorEachWithLevelsFilledDown() throws Exception {
        var doc = new TextDocumentReader().read(Path.of("src/test/resources/fixtures/target-form-ruled.md"));
        List<Warning> warnings = new ArrayList<>();
        List<ProjectForm> forms = new TargetFormReader(Vocabulary.of(Mappings.load())).read(doc, 2024, warnings);
        assertEquals(1, forms.size());
        ProjectForm f = forms.get(0);
        assertEquals("社区居家养老服务补助", f.name());
        assertEquals("某市民政局", f.department());
        assertEquals(0, new java.math.BigDecimal("120").compareTo(f.funds().annualBudget()));
        assertTrue(f.goals().get(0).planned().startsWith("为辖区老年人提供助餐"));
        assertEquals(List.of(
                "产出指标|数量指标|助餐服务人次|≥12000人次|≥|12000|人次",
                "产出指标|数量指标|覆盖社区数|20个|null|20|个",
                "产出指标|质量指标|服务合格率|≥95%|≥|95|%",
                "产出指标|时效指标|补助资金拨付及时率|100%|null|100|%",
                "成本指标|经济成本指标|项目总成本|≤120万元|≤|120|万元",
                "效益指标|社会效益指标|老年人生活质量|明显提升|null|null|null",
                "满意度指标|服务对象满意度指标|服务对象满意度|≥90%|≥|90|%"),
                f.indicators().stream().map(TargetFormRuledTest::describe).toList());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    private static String describe(Indicator i) {
        return i.level1() + "|" + i.level2() + "|" + i.name() + "|" + i.target() + "|" + i.targetOp() + "|"
                + (i.targetValue() == null ? null : i.targetValue().toPlainString()) + "|" + i.targetUnit();
    }
}
