package io.juesuan.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which columns a packed row's amounts may sit in, from the table's sum identities alone (#17). */
class ColumnArithmeticTest {
    /** 合计 = 基本支出 + 项目支出, then an unrelated column. */
    private static final List<String> COLS = List.of("total", "basic", "project", "other");
    private static final Map<String, List<String>> SUMS = Map.of("total", List.of("basic", "project"));

    private static List<BigDecimal> amounts(String... s) {
        return Arrays.stream(s).map(BigDecimal::new).toList();
    }

    /** An assignment as "col=value" for the filled columns, in column order. */
    private static String show(Map<String, BigDecimal> m) {
        StringBuilder b = new StringBuilder();
        m.forEach((k, v) -> {
            if (v != null) {
                b.append(b.length() == 0 ? "" : " ").append(k).append('=').append(v.toPlainString());
            }
        });
        return b.toString();
    }

    private static List<String> shows(List<Map<String, BigDecimal>> ms) {
        return ms.stream().map(ColumnArithmeticTest::show).toList();
    }

    @Test
    void aFullRowHasOneAssignment() {
        ColumnArithmetic a = new ColumnArithmetic(COLS, SUMS, Set.of());
        assertEquals(List.of("total=10.00 basic=6.00 project=4.00 other=1.00"), shows(a.assignments(amounts("10.00", "6.00", "4.00", "1.00"))));
    }

    @Test
    void aRowFittingTwoAssignmentsGivesBothLeftmostFirst() {
        // 10 = 10 with the other part blank: the second amount is 基本支出 or 项目支出
        ColumnArithmetic a = new ColumnArithmetic(List.of("total", "basic", "project"), SUMS, Set.of());
        assertEquals(List.of("total=10.00 basic=10.00", "total=10.00 project=10.00"),
                shows(a.assignments(amounts("10.00", "10.00"))));
    }

    @Test
    void aTotalEqualToOnePartLeavesTheOtherPartBlank() {
        // 合计 5 with 基本支出 5: the unrelated column can take the third amount, never a part
        ColumnArithmetic a = new ColumnArithmetic(COLS, SUMS, Set.of());
        assertEquals(List.of("total=5.00 basic=5.00 other=2.00", "total=5.00 project=5.00 other=2.00"),
                shows(a.assignments(amounts("5.00", "5.00", "2.00"))));
    }

    @Test
    void aColumnKnownToBeZeroTakesNoNonZeroAmount() {
        ColumnArithmetic a = new ColumnArithmetic(List.of("total", "basic", "project"), SUMS, Set.of("basic"));
        assertEquals(List.of("total=10.00 project=10.00"), shows(a.assignments(amounts("10.00", "10.00"))));
    }

    @Test
    void aZeroAmountMaySitInAZeroColumn() {
        ColumnArithmetic a = new ColumnArithmetic(List.of("total", "basic", "project"), SUMS, Set.of("basic"));
        assertEquals(List.of("total=3.00 basic=0.00 project=3.00"), shows(a.assignments(amounts("3.00", "0.00", "3.00"))));
    }

    @Test
    void amountsThatBreakEverySumHaveNoAssignment() {
        ColumnArithmetic a = new ColumnArithmetic(List.of("total", "basic", "project"), SUMS, Set.of());
        assertEquals(List.of(), a.assignments(amounts("10.00", "3.00", "3.00")));
    }

    @Test
    void moreAmountsThanColumnsHaveNoAssignment() {
        ColumnArithmetic a = new ColumnArithmetic(List.of("total", "basic"), Map.of(), Set.of());
        assertEquals(List.of(), a.assignments(amounts("1.00", "2.00", "3.00")));
    }

    @Test
    void noColumnsAtAllGiveOnlyTheEmptyRowItsEmptyAssignment() {
        ColumnArithmetic a = new ColumnArithmetic(List.of(), SUMS, Set.of());
        assertEquals(List.of(), a.assignments(amounts("1.00")));
        List<Map<String, BigDecimal>> none = a.assignments(List.of());
        assertEquals(1, none.size());
        assertTrue(none.get(0).isEmpty());
    }

    @Test
    void sumsOverColumnsTheTableLacksUseThePartsItHas() {
        // 合计's part 项目支出 is not printed in this table: 合计 = 基本支出 alone
        ColumnArithmetic a = new ColumnArithmetic(List.of("total", "basic"), SUMS, Set.of());
        assertEquals(List.of("total=7.00 basic=7.00"), shows(a.assignments(amounts("7.00", "7.00"))));
        assertEquals(List.of(), a.assignments(amounts("7.00", "6.00")));
    }

    @Test
    void roundingDriftIsToleratedByPartCount() {
        assertTrue(ColumnArithmetic.close(new BigDecimal("10.00"), new BigDecimal("10.01"), 1));
        assertTrue(ColumnArithmetic.close(new BigDecimal("10.00"), new BigDecimal("10.015"), 2));
        assertFalse(ColumnArithmetic.close(new BigDecimal("10.00"), new BigDecimal("10.02"), 2));
        assertFalse(ColumnArithmetic.close(new BigDecimal("10.00"), new BigDecimal("10.02"), 1));
    }

    @Test
    void holdsTreatsABlankTotalAsZero() {
        ColumnArithmetic a = new ColumnArithmetic(List.of("total", "basic", "project"), SUMS, Set.of());
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("total", null);
        m.put("basic", new BigDecimal("0.00"));
        m.put("project", null);
        assertTrue(a.holds(m));
        m.put("basic", new BigDecimal("1.00"));
        assertFalse(a.holds(m));
    }
}
