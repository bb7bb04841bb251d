package io.juesuan.tables;

import io.juesuan.normalize.TextNormalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Caption lines around a table: the 公开NN表 label, the currency line, the unit-name line. */
final class Captions {
    private static final Pattern LABEL = Pattern.compile("公开\\s*(?:表\\s*\\d+|\\d+\\s*表)");
    private static final Pattern CURRENCY = Pattern.compile("(?:金额)?单位[:：]\\s*(万元|千元|亿元|元)(?![\\p{IsHan}])");
    private static final Pattern UNIT_NAME = Pattern.compile("^(?:编制)?(?:部门|单位)(?:[(（]单位[)）])?[:：]");

    private Captions() {}

    static Optional<String> label(String s) {
        Matcher m = LABEL.matcher(s);
        return m.find() ? Optional.of(TextNormalizer.squeeze(m.group())) : Optional.empty();
    }

    static Optional<String> currency(String s) {
        Matcher m = CURRENCY.matcher(TextNormalizer.squeeze(s));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** True for a line that is only a caption (label, currency, 部门：/单位： line, a lone year). */
    static boolean isCaption(String s) {
        String q = TextNormalizer.squeeze(s);
        return label(q).isPresent() || currency(q).isPresent() || UNIT_NAME.matcher(q).find()
                || q.matches("\\d{4}年度?");
    }
}
