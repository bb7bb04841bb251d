package io.juesuan.normalize;

import java.math.BigDecimal;

/**
 * How far two figures may differ and still be the same: the one tolerance policy of every check and
 * of every parser that compares amounts.
 *
 * <p><b>The policy.</b> Every figure of these reports is printed rounded to its last printed digit
 * (amounts to 0.01 万元), so it may be off by half a unit of that digit from the figure it stands
 * for. A printed figure compared with an expression of printed figures may therefore be off by half
 * a unit per printed figure involved: {@link #halfUnit} each, {@link #ofSum} for a total and its
 * parts, and for a formula the half unit of its result plus how far each operand's half unit moves
 * the result ({@code validate.Formula}). Anything beyond that is not rounding but a misread or the
 * document's own error, and must show as a failed check.
 *
 * <p><b>Fixed values.</b> The constants below are older fixed allowances. Each is kept exactly,
 * because the checks report their tolerance (the {@code tolerance} of every check in the output) and
 * the parsers' choices decide which column an amount is read into: changing one changes outputs.
 * On the samples ({@code corpus/}) and the real PDFs ({@code ../shared/real}) the per-operand policy
 * would decide every identity check the same way as {@link #IDENTITY} (measured when this class was
 * made: no check's difference lies between the two); what each constant stands for is said with it.
 *
 * <p>It lives in {@code normalize}, beside the amount parser, because the table parsers (which
 * come before {@code validate}) compare amounts by the same policy.
 */
public final class Tolerance {
    /** Half a unit of the printed precision of amounts (0.01 万元). */
    public static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    /**
     * Every identity of the tables and every stated figure against the table (the {@code validate}
     * checks), in 万元: the reports' own 尾数误差 note allows rounding differences, and 0.02 is the
     * policy's allowance for a total and three printed parts, applied to every identity whatever its
     * number of parts so that each check states one fixed tolerance. Also a form's 全年预算数 against
     * the summary table and the 说明.
     */
    public static final BigDecimal IDENTITY = new BigDecimal("0.02");

    /**
     * A parser's test that a printed total is a sum or another table's total, when it decides which
     * row is the 合计 or which assignment of a packed row is right: three half-cents (a total and two
     * parts), fixed so that a row is taken for the total only when it is that close.
     */
    public static final BigDecimal PLACEMENT_TOTAL = new BigDecimal("0.015");

    /**
     * Scores and weights of the 绩效 forms (printed with up to two decimals, some with more): two
     * printed figures' half units. A form's Σ indicator scores is held to it too, however many
     * indicators it lists: the forms' sums are exact or off by whole points.
     */
    public static final BigDecimal SCORE = new BigDecimal("0.01");

    /**
     * An execution rate in % as the 说明 states it against the form's: half a percentage point, the
     * half unit of a rate printed as a whole percent (the 说明 often rounds to one).
     */
    public static final BigDecimal RATE = new BigDecimal("0.5");

    /**
     * 基本持平 ("about the same") in the text: within this share of the base amount. Not a rounding
     * allowance but what the word means; 持平 alone is equal as printed ({@link #HALF_CENT}).
     */
    public static final BigDecimal NEARLY_EQUAL_SHARE = new BigDecimal("0.02");

    private Tolerance() {}

    /** Half a unit of the last printed digit of {@code printed}: 12.3 → 0.05, 12 → 0.5. */
    public static BigDecimal halfUnit(BigDecimal printed) {
        return BigDecimal.ONE.movePointLeft(Math.max(printed.scale(), 0)).divide(BigDecimal.valueOf(2));
    }

    /** A printed total against the sum of {@code parts} printed amounts: a half-cent per printed figure. */
    public static BigDecimal ofSum(int parts) {
        return HALF_CENT.multiply(BigDecimal.valueOf(parts + 1L));
    }
}
