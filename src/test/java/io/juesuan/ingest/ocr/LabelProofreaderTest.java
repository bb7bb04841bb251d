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
}
