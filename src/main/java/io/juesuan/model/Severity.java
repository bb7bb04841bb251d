package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How much a warning matters to whoever uses the data: {@code LOSS} — a value, row or page could
 * not be kept; {@code DOUBT} — kept, but it may be wrong; {@code INFO} — worth knowing, nothing
 * at stake. A report with a loss is never plain {@code ok}.
 */
public enum Severity {
    LOSS, DOUBT, INFO;

    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
