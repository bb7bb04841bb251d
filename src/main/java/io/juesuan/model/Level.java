package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The level of a 功能/经济分类 code in its hierarchy: 类 (3 digits), 款 (5), 项 (7); {@code level} in the JSON. */
public enum Level {
    CLASS("class"),
    SECTION("section"),
    ITEM("item");

    private final String json;

    Level(String json) {
        this.json = json;
    }

    /** As written in the JSON and CSV output. */
    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static Level of(String name) {
        for (Level l : values()) {
            if (l.json.equals(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level: " + name);
    }

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
