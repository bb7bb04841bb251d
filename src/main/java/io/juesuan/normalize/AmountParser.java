package io.juesuan.normalize;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Printed amounts to exact decimals: {@code 5,867.66} → 5867.66, blank → empty, {@code 0.00} → 0.00.
 * BigDecimal end to end, so no value is ever rounded through a double.
 */
public final class AmountParser {
    private static final Pattern AMOUNT = Pattern.compile("[-−]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|[-−]?\\.\\d+");
    private static final Pattern DASHES = Pattern.compile("[-—–－]+");

    private AmountParser() {}

    /** The amount in a cell, or empty for a blank, a dash placeholder or text. */
    public static Optional<BigDecimal> parse(String cell) {
        String s = clean(cell);
        if (s.isEmpty() || DASHES.matcher(s).matches() || !AMOUNT.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(",", "").replace('−', '-')));
    }

    /** True when the cell holds a number (integer or decimal). */
    public static boolean isAmount(String cell) {
        return parse(cell).isPresent();
    }

    /** True when the cell holds a decimal amount as tables print money (with a decimal point or separators). */
    public static boolean isMoney(String cell) {
        String s = clean(cell);
        return AMOUNT.matcher(s).matches() && (s.contains(".") || s.contains(","));
    }

    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        return TextNormalizer.squeeze(cell).replace('，', ',');
    }
}
