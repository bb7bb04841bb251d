package io.juesuan.tables;

import io.juesuan.Mappings;
import io.juesuan.model.Side;
import io.juesuan.normalize.Labels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Item names of the two summary tables → item keys (mappings/summary-items.json), and
 * 功能分类 class names → 3-digit codes (mappings/function-classes.json). Names are compared in
 * their core form (no enumerator, spaces or brackets), so 行次 and ordinals never matter.
 */
public final class SummaryItems {
    private final Map<Side, Map<String, String>> bySide = new java.util.EnumMap<>(Side.class);
    private final Map<String, String> classCodes = new LinkedHashMap<>();
    final String openingKey;
    final List<String> openingParts;

    SummaryItems(Mappings mappings) {
        ItemsMapping items = mappings.bind("summary-items", ItemsMapping.class);
        for (Side side : Side.values()) {
            bySide.put(side, byName(items.side(side)));
        }
        openingKey = items.openingParts().opening();
        openingParts = items.openingParts().parts();
        classCodes.putAll(byName(mappings.bind("function-classes", ItemsMapping.FunctionClasses.class).classes()));
    }

    /** Printed name (core form) → key, the first key listing a name keeping it. */
    public static Map<String, String> byName(Map<String, List<String>> namesByKey) {
        Map<String, String> m = new LinkedHashMap<>();
        namesByKey.forEach((key, names) -> names.forEach(n -> m.putIfAbsent(Labels.core(n), key)));
        return m;
    }

    /** The item (without side prefix) a printed name stands for on that side. */
    Optional<String> item(Side side, String printedName) {
        String core = Labels.core(printedName);
        if (core.isEmpty()) {
            return Optional.empty();
        }
        if (side == Side.EXPENDITURE) {
            String code = classCodes.get(core);
            if (code != null) {
                return Optional.of(code);
            }
        }
        return Optional.ofNullable(bySide.get(side).get(core));
    }

    /** The class code for a 功能分类 class name, if known. */
    Optional<String> classCode(String printedName) {
        return Optional.ofNullable(classCodes.get(Labels.core(printedName)));
    }
}
