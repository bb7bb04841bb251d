package io.juesuan.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NormalizeTest {
    @Test
    void amountsAreExactDecimals() {
        assertEquals(new BigDecimal("5867.66"), AmountParser.parse("5,867.66").orElseThrow());
        assertEquals(new BigDecimal("0.00"), AmountParser.parse("0.00").orElseThrow());
        assertEquals(new BigDecimal("1234.5"), AmountParser.parse("１,２３４.５").orElseThrow());
        assertTrue(AmountParser.parse("").isEmpty());
        assertTrue(AmountParser.parse("-").isEmpty());
        assertTrue(AmountParser.parse("合计").isEmpty());
    }

    @Test
    void codesWholeSplitOrGlued() {
        assertEquals("2080505", SubjectCode.read("2080505").orElseThrow().code());
        assertEquals("2080501", SubjectCode.read("208 05 01").orElseThrow().code());
        SubjectCode.CodeAndName glued = SubjectCode.read("310资本性支出").orElseThrow();
        assertEquals("310", glued.code());
        assertEquals("资本性支出", glued.name());
        assertTrue(SubjectCode.read("2023年度").isEmpty());
        assertTrue(SubjectCode.read("1234").isEmpty());
        assertEquals(io.juesuan.model.Level.SECTION, SubjectCode.level("20805"));
    }

    @Test
    void labelsMatchAcrossSpacingAndEnumerators() {
        assertEquals("使用非财政拨款结余", Labels.core("使用非财政拨款结余（含专用结余）"));
        assertEquals("卫生健康支出", Labels.core("九、卫 生 健 康 支 出"));
        assertEquals("财政拨款三公经费支出决算表", Labels.key("财政拨款“三公”经费支出决算表"));
        assertEquals(26, ChineseNumerals.parse("二十六"));
        assertEquals(10, ChineseNumerals.parse("十"));
        assertEquals("因公出国（境）费用", TextNormalizer.cleanName("因 公 出 国 （ 境 ） 费 用"));
    }
}
