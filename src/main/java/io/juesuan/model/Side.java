package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The side of a two-sided summary table a row is printed on; {@code side} in the JSON. */
public enum Side {
    INCOME("income"),
    EXPENDITURE("expenditure");

    private final String json;

    Side(String json) {
        this.json = json;
    }

    /** As written in the JSON and CSV output, and as the mappings name the sides. */
    @JsonValue
    public String json() {
        return json;
    }

    @JsonCreator
    public static Side of(String name) {
        for (Side s : values()) {
            if (s.json.equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown side: " + name);
    }
}
