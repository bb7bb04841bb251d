package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * An enum written in the JSON (and CSV, and mappings) as its constant's name in lower case:
 * {@code ITEM} is {@code item}, {@code BUDGET_SUMMARY} is {@code budget_summary}. Jackson writes and
 * reads it by {@link #json()} (its {@code @JsonValue}), so the strings stay those of the contract.
 */
public interface JsonEnum {
    String name();

    @JsonValue
    default String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant written as {@code json}; an unknown string is an error naming the type. */
    static <E extends Enum<E> & JsonEnum> E of(Class<E> type, String json) {
        for (E e : type.getEnumConstants()) {
            if (e.json().equals(json)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + ": " + json);
    }
}
