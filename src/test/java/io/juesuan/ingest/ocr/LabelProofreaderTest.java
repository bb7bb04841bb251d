package io.juesuan.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** OCR'd labels near one known name become it; known labels, amounts and far-off text stay. */
class LabelProofreaderTest {
    @Test
    void nearLabelsBecomeTheKnownName() {
        assertEquals("粮油物资储备支出", LabelProofreader.proofread("贸油物资储备支出"));
        assertEquals("二十五、债务付息支出", LabelProofreader.proofread("二十五债务付息支出"));
        assertEquals("国有资本经营预算财政拨款", LabelProofreader.proofread("国有资本经营预扯财政拨款"));
        assertEquals("十二、灾害防治及应急管理支出", LabelProofreader.proofread("工十二、灾害防治及应急管理支出"));
        assertEquals("十六、金融支出", LabelProofreader.proofread("十六、人金融支出"));
        assertNull(LabelProofreader.proofread("行政运行"));
        assertNull(LabelProofreader.proofread("5,867.66"));
        assertNull(LabelProofreader.proofread("本单位内设5个职能科室"));
    }

    @Test
    void punctuationAndDigitLookalikes() {
        assertEquals("一、一般公共预算财政拨款", OcrPage.enumerationComma("一，一般公共预算财政拨款"));
        assertEquals("一般公共预算", OcrPage.enumerationComma("一般公共预算"));
        assertEquals("公开04表", OcrPage.digitLookalikes("公开o4表"));
        assertEquals("单位：万元", OcrPage.fullWidthPunctuation("单位:万元", "", ""));
        assertEquals("1,234.56", OcrPage.fullWidthPunctuation("1,234.56", "", ""));
    }

    @Test
    void nearTitlesBecomeTheStandardTitleButHeadingsAndSentencesStay() {
        // the 表 lost, a character misread: the table would be lost or named after a shorter title
        assertEquals("财政拨款收入支出决算总表", LabelProofreader.title("财政拨款收入支出决算总"));
        assertEquals("政府性基金预算财政拨款收入支出决算表", LabelProofreader.title("政府性基金预算财政挨款收入支出决算表"));
        assertEquals("一般公共预算财政拨款基本支出决算明细表", LabelProofreader.title("一般公共预算财政拨款基本支出决算明纲表"));
        assertEquals("收入决算表", LabelProofreader.title("收八决算表"));
        // titles read right (quotes not counted), other lines, 说明 headings, sentences, a contents line
        assertNull(LabelProofreader.title("收入支出决算总表"));
        assertNull(LabelProofreader.title("财政拨款“三公?经费支出决算表"));
        assertNull(LabelProofreader.title("二、收入决算表"));
        assertNull(LabelProofreader.title("支出决算"));
        assertNull(LabelProofreader.title("七、一般公共预算财政拨款基本支出决算情况"));
        assertNull(LabelProofreader.title("图6:一般公共预算财政拨款支出决算结构"));
        assertNull(LabelProofreader.title("注：本表反映部门（或单位）本年度一般公共预算财政拨款支出情况。"));
        assertNull(LabelProofreader.title("公开04表"));
        assertNull(LabelProofreader.title("2023年度"));
    }

    @Test
    void aMetaLabelsColonReadAsASemicolonIsPutBack() {
        var warnings = new java.util.ArrayList<io.juesuan.model.Warning>();
        var words = java.util.List.of(new Tesseract.Word("单位；烟台市医疗保障局本级", 10, 10, 200, 20, 90, 1, 1, 1),
                new Tesseract.Word("部门", 10, 40, 30, 20, 90, 2, 1, 1), new Tesseract.Word(";青龙", 40, 40, 60, 20, 90, 2, 1, 1),
                new Tesseract.Word("财政拨款收入支出决算总", 10, 70, 300, 30, 88, 3, 1, 1));
        var out = OcrPage.titlesProofread(words, warnings, 4);
        assertEquals(java.util.List.of("单位：烟台市医疗保障局本级", "部门", "：青龙", "财政拨款收入支出决算总表"),
                out.stream().map(Tesseract.Word::text).toList());
        assertEquals(1, warnings.size());
        assertEquals("ocr_label", warnings.get(0).code());
    }
}
