package io.juesuan.budget;

import io.juesuan.Mappings;
import io.juesuan.tables.ItemsMapping;
import io.juesuan.tables.SummaryItems;
import io.juesuan.normalize.Labels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Item names of the budget summary tables → item keys (mappings/budget-items.json), plus 功能分类 classes. */
final class BudgetItems {
    private final Map<String, Map<String, String>> bySide = new LinkedHashMap<>();
    private final Map<String, String> classCodes = new LinkedHashMap<>();

    BudgetItems(Mappings mappings) {
        ItemsMapping items = mappings.bind("budget-items", ItemsMapping.class);
        for (String side : List.of("income", "expenditure")) {
            bySide.put(side, SummaryItems.byName(items.side(side)));
        }
        classCodes.putAll(SummaryItems.byName(mappings.bind("function-classes", ItemsMapping.FunctionClasses.class).classes()));
    }

    Optional<String> item(String side, String printed) {
        String core = Labels.core(printed);
        if (core.isEmpty()) {
            return Optional.empty();
        }
        if (side.equals("expenditure") && classCodes.containsKey(core)) {
            return Optional.of(classCodes.get(core));
        }
        return Optional.ofNullable(bySide.get(side).get(core));
    }

    boolean isClass(String item) {
        return item.matches("\\d{3}");
    }
}
