package io.juesuan.normalize;

import io.juesuan.model.Level;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 功能分类 (3/5/7 digits: 类/款/项) and 经济分类 (3/5 digits: 类/款) subject codes, including codes
 * printed split ({@code 208 05 01}) or glued to their name ({@code 310资本性支出}).
 */
public final class SubjectCode {
    private static final Pattern CODE_AND_NAME = Pattern.compile("^(\\d{3}(?:\\s*\\d{2}){0,2})\\s*([^\\d\\s].*)?$");
    private static final Pattern SPLIT_PARTS = Pattern.compile("^\\d{3}(\\s+\\d{2}){1,2}$");

    private SubjectCode() {}

    /** A code with the name text that followed it in the same cell (may be empty). */
    public record CodeAndName(String code, String name) {}

    /** Reads a cell that starts with a code; empty when the cell does not. */
    public static Optional<CodeAndName> read(String cell) {
        String s = TextNormalizer.collapse(cell);
        Matcher m = CODE_AND_NAME.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(1).replaceAll("\\s", "");
        if (digits.length() != 3 && digits.length() != 5 && digits.length() != 7) {
            return Optional.empty();
        }
        if (m.group(1).contains(" ") && !SPLIT_PARTS.matcher(m.group(1)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new CodeAndName(digits, m.group(2) == null ? "" : m.group(2).trim()));
    }

    /** True when the whole cell is digits of one code part (2 or 3 digits), as in split 类/款/项 columns. */
    public static boolean isPart(String cell) {
        String s = TextNormalizer.squeeze(cell);
        return s.matches("\\d{2,3}");
    }

    /** class (类, 3 digits), section (款, 5), item (项, 7), or null for anything else. */
    public static Level level(String code) {
        return Level.ofCode(code);
    }
}
