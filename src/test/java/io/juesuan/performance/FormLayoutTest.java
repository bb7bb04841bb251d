package io.juesuan.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.juesuan.Mappings;
import io.juesuan.ingest.TextDocumentReader;
import io.juesuan.model.Document;
import io.juesuan.model.Indicator;
import io.juesuan.model.Performance;
import io.juesuan.model.ProjectForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small synthetic forms for the quirks the samples show only once. */
class FormLayoutTest {
    private static Performance parse(String... lines) {
        Document doc = new TextDocumentReader().parse(String.join("\n", lines) + "\n");
        return new PerformanceExtractor(Mappings.load()).extract(doc, null, new ArrayList<>());
    }

    private static final String TITLE = "2023年度市级预算项目绩效自评表";
    private static final String HEADER_A = "项目预算执行情况\t\t年初预算数\t全年预算数 (A)\t全年执行数 (B)\t分值\t执行率(B/A)\t得分";
    private static final String IND_HEADER = "年度绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成指标值\t分值\t得分\t偏差原因";

    @Test
    void levelsAreFilledDownAndTakenFromTheVocabulary() {
        ProjectForm f = parse(TITLE, "项目名称\t示例项目", HEADER_A, "\t年度资金总额\t10\t10\t9\t10\t90%\t9", IND_HEADER,
                "\t\t数量指标\t培训次数\t≥2次\t2次\t20\t20",
                "\t产出指标 (40分)\t质量指标\t合格率\t≥90%\t95%\t20\t20",
                "\t\t\t覆盖率\t≥80%\t90%\t20\t20",
                "\t效益指标\t社会效益指标\t知晓率\t≥80%\t85%\t30\t30",
                "总分\t\t99").projects().get(0);
        List<Indicator> ind = f.indicators();
        assertEquals(4, ind.size());
        // the 一级 label sits on the middle row of its group: the first row still belongs to 产出指标
        assertEquals("产出指标", ind.get(0).level1());
        assertEquals("质量指标", ind.get(2).level2());
        assertEquals("产出指标", ind.get(2).level1());
        assertEquals("≥", ind.get(1).targetOp());
        assertEquals(0, new BigDecimal("90").compareTo(ind.get(1).targetValue()));
        assertEquals("%", ind.get(1).targetUnit());
        assertEquals(0, new BigDecimal("99").compareTo(f.totalScore()));
        assertEquals(0, new BigDecimal("90").compareTo(f.funds().executionRate()));
    }

    @Test
    void rowsShiftedLeftOrRightAreAlignedByContent() {
        ProjectForm f = parse(TITLE, "项目名称\t示例项目", HEADER_A,
                // the data row sits one cell right of its header
                "\t\t年度资金总额\t100\t100\t80\t10\t80%\t8", IND_HEADER,
                "\t产出指标\t数量指标\t人数\t≥10人\t12人\t30\t30",
                "\t数量指标\t次数\t≥2次\t3次\t30\t30",
                "\t\t\t\t时效指标\t及时率\t=100%\t100%\t\t32\t32",
                "总分\t\t\t\t100").projects().get(0);
        assertEquals(0, new BigDecimal("100").compareTo(f.funds().annualBudget()));
        assertEquals(0, new BigDecimal("80").compareTo(f.funds().executed()));
        assertEquals(List.of("人数", "次数", "及时率"), f.indicators().stream().map(Indicator::name).toList());
        assertEquals(List.of("30", "30", "32"), f.indicators().stream().map(i -> i.weight().toPlainString()).toList());
        assertEquals("时效指标", f.indicators().get(2).level2());
    }

    @Test
    void brokenNumbersClippedLabelsAndPairedFunds() {
        ProjectForm f = parse("2023年度预算项目绩效自评表",
                "一、基本情况\t项目名称\t示例资金项目级次\t\t项目级次\t本级",
                "二、预算执行情\t预算安排情况(调整后)\t\t资金到位情况\t\t资金执行情况\t\t预算执行进度(%)",
                "\t预算数\t4752.18855\t到位数\t4752.18855\t执行数\t2569.81145\t84.84",
                "四、年度绩\t一级指标\t二级指标\t三级指标\t指标说明\t指标分\t预期指标值\t\t\t单项指标实际完成值\t自评得",
                "\t产出指\t数量指标\t救助人次\t说明\t10.00\t>=\t4000\t人次\t5000人\t完成\t10",
                "\t\t社会效益指\t知晓率\t说明\t10.00 ≥\t90\t%\t90\t完成\t8.48 4163",
                "\t预算执行率\t预算执行率\t\t\t10\t\t\t\t\t8.484163",
                "\t自评总分\t\t\t\t\t\t\t\t\t26.96").projects().get(0);
        assertEquals("示例资金", f.name(), "a swallowed 项目级次 label is cut off");
        assertEquals(0, new BigDecimal("2569.81145").compareTo(f.funds().executed()));
        assertEquals(0, new BigDecimal("84.84").compareTo(f.funds().executionRate()));
        assertEquals(0, new BigDecimal("8.484163").compareTo(f.funds().score()));
        List<Indicator> ind = f.indicators();
        assertEquals(2, ind.size());
        assertEquals("社会效益指标", ind.get(1).level2(), "clipped label read from the vocabulary");
        assertEquals("效益指标", ind.get(1).level1());
        assertEquals(0, new BigDecimal("8.484163").compareTo(ind.get(1).score()), "'8.48 4163' is one number");
        assertEquals(0, new BigDecimal("10.00").compareTo(ind.get(1).weight()), "'10.00 ≥' is a weight and an operator");
        assertEquals(">=4000人次", ind.get(0).target());
    }

    @Test
    void formSplitOverAPageBreakIsOneForm() {
        Performance p = parse(TITLE, "项目名称\t示例项目", HEADER_A, "\t年度资金总额\t5\t5\t5\t10\t100%\t10", IND_HEADER,
                "\t产出指标\t数量指标\t人数\t≥10人\t12人\t45\t45",
                "\f\t效益指标\t社会效益指标\t知晓率\t≥80%\t85%\t45\t45",
                "总分\t\t100");
        assertEquals(1, p.projects().size());
        ProjectForm f = p.projects().get(0);
        assertEquals(2, f.indicators().size());
        assertEquals(List.of(1, 2), f.pages());
        assertEquals(0, new BigDecimal("100").compareTo(f.totalScore()));
    }
}
