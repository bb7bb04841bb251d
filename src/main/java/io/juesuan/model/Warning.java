package io.juesuan.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * Something the reader of the data should know that is not a failed identity.
 *
 * @param severity how much it matters (contract: warnings may add {@code severity})
 */
@JsonPropertyOrder({"code", "severity", "message", "page"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Warning(String code, String message, Integer page, Severity severity) {

    /**
     * The severity each warning code carries unless its maker says otherwise. A code missing here
     * is a {@code DOUBT}: an unclassified warning should not hide as {@code INFO}.
     */
    private static final Map<String, Severity> DEFAULTS = Map.ofEntries(
            Map.entry("ambiguous_columns", Severity.LOSS),
            Map.entry("row_unread", Severity.LOSS),
            Map.entry("row_without_code", Severity.LOSS),
            Map.entry("tables_missing", Severity.LOSS),
            Map.entry("target_indicators_unread", Severity.LOSS),
            Map.entry("extra_amounts", Severity.LOSS),
            Map.entry("three_public_columns", Severity.LOSS),
            Map.entry("assumed_columns", Severity.DOUBT),
            Map.entry("code_name_differs", Severity.DOUBT),
            Map.entry("code_misprinted", Severity.DOUBT),
            Map.entry("duplicate_row", Severity.DOUBT),
            Map.entry("unit_unknown", Severity.DOUBT),
            Map.entry("year_unknown", Severity.DOUBT),
            Map.entry("unknown_item", Severity.DOUBT),
            Map.entry("form_without_name", Severity.DOUBT),
            Map.entry("unknown_code", Severity.INFO),
            Map.entry("unit_converted", Severity.INFO));

    /** A warning of the severity its code carries by default. */
    public Warning(String code, String message, Integer page) {
        this(code, message, page, DEFAULTS.getOrDefault(code, Severity.DOUBT));
    }

    public static Warning loss(String code, String message, Integer page) {
        return new Warning(code, message, page, Severity.LOSS);
    }

    public static Warning doubt(String code, String message, Integer page) {
        return new Warning(code, message, page, Severity.DOUBT);
    }

    public static Warning info(String code, String message, Integer page) {
        return new Warning(code, message, page, Severity.INFO);
    }
}
