package io.juesuan.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Half a unit of the printed precision per printed figure. */
class ToleranceTest {
    private static void same(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
    }

    @Test
    void halfUnitOfTheLastPrintedDigit() {
        same("0.005", Tolerance.halfUnit(new BigDecimal("5867.65")));
        same("0.05", Tolerance.halfUnit(new BigDecimal("12.3")));
        same("0.5", Tolerance.halfUnit(new BigDecimal("100")));
        same("0.5", Tolerance.halfUnit(new BigDecimal("1E+2")), "a negative scale is a whole number");
    }

    @Test
    void aTotalAndItsPartsAreEachHalfACentOff() {
        same("0.01", Tolerance.ofSum(1));
        same("0.02", Tolerance.ofSum(3));
        same("0.02", Tolerance.IDENTITY);
        same("0.015", Tolerance.ofSum(2));
        same("0.015", Tolerance.PLACEMENT_TOTAL);
    }

    private static void same(String expected, BigDecimal actual, String why) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), why);
    }
}
