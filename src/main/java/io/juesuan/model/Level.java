package io.juesuan.model;

/** The level of a 功能/经济分类 code in its hierarchy: 类 (3 digits), 款 (5), 项 (7); {@code level} in the JSON. */
public enum Level implements JsonEnum {
    CLASS,
    SECTION,
    ITEM;

    /** The level of a whole code by its length: 3 类, 5 款, 7 项; null for anything else. */
    public static Level ofCode(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.length()) {
            case 3 -> CLASS;
            case 5 -> SECTION;
            case 7 -> ITEM;
            default -> null;
        };
    }
}
