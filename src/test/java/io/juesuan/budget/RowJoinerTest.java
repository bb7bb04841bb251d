package io.juesuan.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows a rendering wrapped over lines, put back together (#17). */
class RowJoinerTest {
    private static PackedRow row(String text) {
        return new PackedRow(RowTokenizer.tokens(text, false), 1);
    }

    private static List<String> join(boolean twoGroups, String... lines) {
        return RowJoiner.join(java.util.Arrays.stream(lines).map(RowJoinerTest::row).toList(), twoGroups).stream()
                .map(RowJoinerTest::show).toList();
    }

    /** Codes, the label text (fragments and the label of the amounts' line joined), amounts. */
    private static String show(PackedRow r) {
        List<String> parts = new java.util.ArrayList<>(r.codes());
        if (!r.labelText().isEmpty()) {
            parts.add(r.labelText());
        }
        r.amounts().forEach(a -> parts.add(a.toPlainString()));
        return String.join(" ", parts);
    }

    @Test
    void aNameWrappedOverLinesWithTheAmountsOnTheLast() {
        assertEquals(List.of("2080505 机关事业单位基本养老保险缴费支出 12.00 3.00"),
                join(false, "2080505 机关事业单位基本", "养老保险缴费", "支出 12.00 3.00"));
    }

    @Test
    void aCodeLineThenTheNameAndAmounts() {
        assertEquals(List.of("2080505 机关事业单位基本养老保险缴费支出 12.00"),
                join(false, "2080505", "机关事业单位基本养老保险缴费支出 12.00"));
    }

    @Test
    void completeRowsAreUntouched() {
        assertEquals(List.of("208 社会保障和就业支出 10.00", "20805 行政事业单位养老支出 10.00"),
                join(false, "208 社会保障和就业支出 10.00", "20805 行政事业单位养老支出 10.00"));
    }

    @Test
    void aCodedRowWithoutAmountsBeforeTheNextCodedRowStaysItsOwnRow() {
        assertEquals(List.of("208 社会保障和就业支出", "20805 行政事业单位养老支出 10.00"),
                join(false, "208 社会保障和就业支出", "20805 行政事业单位养老支出 10.00"));
    }

    @Test
    void aFifthFragmentEndsTheWrap() {
        assertEquals(List.of("201 一二三四五", "六", "7.00"),
                join(false, "201 一", "二", "三", "四", "五", "六", "7.00"));
    }

    @Test
    void economicRowsTakeTheSecondCodeGroupWithTheAmounts() {
        // 301 工资福利支出 wrapped, then 30101 基本工资 with the amount: one two-group row
        List<PackedRow> joined = RowJoiner.join(List.of(row("301 工资福利"), row("支出"), row("30101 基本工资 5.00")), true);
        assertEquals(1, joined.size());
        assertEquals(List.of("301", "工资福利支出", "30101", "基本工资", "5.00"),
                joined.get(0).tokens().stream().map(Token::text).toList(), "the groups in their printed order");
    }

    @Test
    void withOneCodeGroupTheNextCodedRowIsNotAppended() {
        assertEquals(List.of("301 工资福利支出", "30101 基本工资 5.00"),
                join(false, "301 工资福利", "支出", "30101 基本工资 5.00"));
    }

    @Test
    void blankRowsAreDropped() {
        assertEquals(List.of("201 一般公共服务支出 1.00"), join(false, "", "201 一般公共服务支出 1.00", " "));
    }
}
