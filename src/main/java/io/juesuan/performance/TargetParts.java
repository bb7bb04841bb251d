package io.juesuan.performance;

import io.juesuan.normalize.TextNormalizer;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parsed parts of a printed target such as {@code ≥ 85%}: operator, number and unit, when it has them. */
record TargetParts(String op, BigDecimal value, String unit) {
    private static final Pattern PARTS = Pattern.compile("^(?<op>≥|≤|>=|<=|=|＝|<|>|≠)?\\s*(?<v>\\d[\\d,]*(?:\\.\\d+)?)\\s*(?<u>.*)$");
    static final TargetParts NONE = new TargetParts(null, null, null);

    static TargetParts of(String target) {
        if (target == null) {
            return NONE;
        }
        Matcher m = PARTS.matcher(TextNormalizer.halfWidth(target).replace(" ", ""));
        if (!m.matches()) {
            return NONE;
        }
        return new TargetParts(m.group("op"), new BigDecimal(m.group("v").replace(",", "")),
                m.group("u").isEmpty() ? null : m.group("u"));
    }
}
