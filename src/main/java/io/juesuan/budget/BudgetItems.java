package io.juesuan.budget;

import io.juesuan.Mappings;
import io.juesuan.model.Side;
import io.juesuan.tables.ItemsMapping;
import io.juesuan.tables.SummaryItems;
import io.juesuan.normalize.Labels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Item names of the budget summary tables → item keys (mappings/budget-items.json), plus 功能分类 classes. */
final class BudgetItems {
    private final Map<Side, Map<String, String>> bySide = new java.util.EnumMap<>(Side.class);
    private final Map<String, String> classCodes = new LinkedHashMap<>();

    BudgetItems(Mappings mappings) {
        ItemsMapping items = mappings.bind("budget-items", ItemsMapping.class);
        for (Side side : Side.values()) {
            bySide.put(side, SummaryItems.byName(items.side(side)));
        }
        classCodes.putAll(SummaryItems.byName(mappings.bind("function-classes", ItemsMapping.FunctionClasses.class).classes()));
    }

    Optional<String> item(Side side, String printed) {
        String core = Labels.core(printed);
        if (core.isEmpty()) {
            return Optional.empty();
        }
        if (side == Side.EXPENDITURE && classCodes.containsKey(core)) {
            return Optional.of(classCodes.get(core));
        }
        return Optional.ofNullable(bySide.get(side).get(core));
    }

    boolean isClass(String item) {
        return item.matches("\\d{3}");
    }
}
