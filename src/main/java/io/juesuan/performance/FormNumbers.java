package io.juesuan.performance;

import io.juesuan.normalize.TextNormalizer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as the forms print them: with units inside the cell (5.2万元, 100%), broken by spaces
 * by the rendering ('10 0 %', '8.48 4163'), with 6 decimals, or in 元 where 万元 is meant.
 */
final class FormNumbers {
    private static final Pattern NUMBER = Pattern.compile("^[-]?\\d[\\d,]*(?:\\.\\d+)?$");
    private static final Pattern BROKEN = Pattern.compile("^[\\d.,\\s]+%?$");
    private static final Pattern WITH_UNIT = Pattern.compile("^[≥≤<>=]*\\s*(?<n>\\d[\\d,]*(?:\\.\\d+)?)\\s*(?<u>万元|元|%|分)?$");

    private FormNumbers() {}

    /** A cell that is a number (a percent sign or 分/万元 allowed), joined if the rendering broke it. */
    static Optional<BigDecimal> parse(String cell) {
        String s = TextNormalizer.halfWidth(cell).strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (BROKEN.matcher(s).matches() && s.contains(" ")) {
            s = s.replace(" ", "");
        }
        Matcher m = WITH_UNIT.matcher(s.replace(" ", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal v = new BigDecimal(m.group("n").replace(",", ""));
        if ("元".equals(m.group("u"))) {
            v = v.divide(BigDecimal.valueOf(10000), v.scale() + 4, RoundingMode.UNNECESSARY).stripTrailingZeros();
        }
        return Optional.of(v);
    }

    static boolean isNumber(String cell) {
        return parse(cell).isPresent();
    }

    static boolean isPlainNumber(String cell) {
        return NUMBER.matcher(TextNormalizer.squeeze(cell)).matches();
    }
}
