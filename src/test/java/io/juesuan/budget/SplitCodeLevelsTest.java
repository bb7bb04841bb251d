package io.juesuan.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The level of a lone 2-digit code part in split-code budgets (208 / 05 / 05), decided by the
 * hierarchy's sums when no indentation tells it (#17): the 项 05 after the 款 05 is an item, and a
 * 2-digit part after items starts a new 款 only once the items add up to their 款.
 */
class SplitCodeLevelsTest {
    private static String code(BudgetCodedParser.Levels l, String amount, String... parts) {
        return l.code(List.of(parts), -1, amount == null ? null : new BigDecimal(amount));
    }

    @Test
    void anItemWithTheSameDigitsAsItsSectionIsAnItem() {
        BudgetCodedParser.Levels l = new BudgetCodedParser.Levels();
        assertEquals("208", code(l, "43.35", "208"));
        assertEquals("20805", code(l, "43.35", "05"));
        assertEquals("2080505", code(l, "43.35", "05"));
    }

    @Test
    void whenTheItemsAddUpTheNextPartIsASection() {
        BudgetCodedParser.Levels l = new BudgetCodedParser.Levels();
        code(l, "10.00", "208");
        assertEquals("20805", code(l, "10.00", "05"));
        assertEquals("2080501", code(l, "6.00", "01"));
        assertEquals("2080502", code(l, "4.00", "02"), "6 of 10 so far: another item");
        assertEquals("20899", code(l, "0.00", "99"), "10 of 10: the 款 is complete");
    }

    @Test
    void indentationDecidesWhenPrinted() {
        BudgetCodedParser.Levels l = new BudgetCodedParser.Levels();
        code(l, "10.00", "208");
        assertEquals("20805", l.code(List.of("05"), 1, new BigDecimal("10.00")));
        assertEquals("2080505", l.code(List.of("05"), 2, new BigDecimal("10.00")));
        assertEquals("20806", l.code(List.of("06"), 1, new BigDecimal("1.00")));
    }

    @Test
    void wholeCodesAndClassPrefixedPartsNeedNoContext() {
        BudgetCodedParser.Levels l = new BudgetCodedParser.Levels();
        assertEquals("2080505", code(l, "1.00", "2080505"));
        assertEquals("21011", code(l, "1.00", "210", "11"));
        assertEquals("2101101", code(l, "1.00", "210", "11", "01"));
    }

    @Test
    void aLonePartBeforeAnyClassHasNoCode() {
        assertNull(code(new BudgetCodedParser.Levels(), "1.00", "05"));
    }
}
