package io.juesuan.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A printed row into codes, labels and amounts (#17). */
class RowTokenizerTest {
    /** Tokens as TYPE:text[indent], e.g. CODE:208 LABEL:社会保障[2] MONEY:1,234.50. */
    private static String show(String text, boolean keepIndent) {
        StringBuilder b = new StringBuilder();
        for (Token t : RowTokenizer.tokens(text, keepIndent)) {
            b.append(b.length() == 0 ? "" : " ").append(t.type()).append(':').append(t.text());
            if (t.is(Token.Type.LABEL) && t.indent() >= 0) {
                b.append('[').append(t.indent()).append(']');
            }
        }
        return b.toString();
    }

    @Test
    void codeNameAndAmounts() {
        assertEquals("CODE:2080505 LABEL:机关事业单位基本养老保险缴费支出 MONEY:12.34 MONEY:0.00",
                show("2080505 机关事业单位基本养老保险缴费支出 12.34 0.00", false));
    }

    @Test
    void amountsCarryTheirValue() {
        List<Token> t = RowTokenizer.tokens("合计 1,234.50", false);
        assertEquals(new BigDecimal("1234.50"), t.get(1).value());
        assertEquals(null, t.get(0).value());
    }

    @Test
    void codeShapedDigitsBeforeALabelAreCodes() {
        // 类 款 项 printed apart: 208 05 05 then the name
        assertEquals("CODE:208 CODE:05 CODE:05 LABEL:机关事业单位基本养老保险缴费支出",
                show("208 05 05 机关事业单位基本养老保险缴费支出", false));
    }

    @Test
    void codeShapedDigitsFollowedByAnAmountAreAmounts() {
        // a row of values only: 100 and 20 are amounts, not a 类 and a 款
        assertEquals("LABEL:合计 MONEY:100 MONEY:20 MONEY:80.00", show("合计 100 20 80.00", false));
    }

    @Test
    void codeShapedDigitsAtTheEndOfALineAreCodes() {
        assertEquals("LABEL:栏次 CODE:208 CODE:05", show("栏次 208 05", false));
    }

    @Test
    void runOfMoreThanThreeCodeShapedPiecesAtTheEndIsAmountsThroughout() {
        // four such pieces at the end are longer than a code's three parts: every one is an amount; the
        // run is judged whole, not from each piece on (which read MONEY:10 then three codes)
        assertEquals("LABEL:栏次 MONEY:10 MONEY:20 MONEY:30 MONEY:40", show("栏次 10 20 30 40", false));
        assertEquals("MONEY:100 MONEY:208 MONEY:05 MONEY:01", show("100 208 05 01", false));
    }

    @Test
    void letterSpacedLabelIsJoined() {
        assertEquals("LABEL:本年收入合计 MONEY:5.00", show("本 年 收 入 合 计 5.00", false));
    }

    @Test
    void twoWordLabelsStayApart() {
        assertEquals("LABEL:一般公共预算 LABEL:财政拨款收入 MONEY:1.00", show("一般公共预算 财政拨款收入 1.00", false));
    }

    @Test
    void indentationAtLineStartIsKept() {
        assertEquals("LABEL:基本支出[4] MONEY:1.00", show("    基本支出 1.00", true));
    }

    @Test
    void indentationAfterACodeIsTheGapLessOneSpace() {
        assertEquals("CODE:20805 LABEL:行政事业单位养老支出[2] MONEY:1.00", show("20805   行政事业单位养老支出 1.00", true));
        assertEquals("CODE:208 LABEL:社会保障和就业支出[0] MONEY:1.00", show("208 社会保障和就业支出 1.00", true));
    }

    @Test
    void aGridCellKeepsNoIndentation() {
        assertEquals("LABEL:基本支出 MONEY:1.00", show("    基本支出 1.00", false));
    }

    @Test
    void fullWidthIsFoldedFirst() {
        assertEquals("CODE:208 LABEL:社会保障和就业支出 MONEY:1.50", show("２０８ 社会保障和就业支出 １.５０", false));
    }
}
