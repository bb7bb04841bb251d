package io.juesuan.budget;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.Mappings;
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
        JsonNode items = mappings.get("budget-items");
        for (String side : List.of("income", "expenditure")) {
            Map<String, String> m = new LinkedHashMap<>();
            items.get(side).fields().forEachRemaining(e ->
                    e.getValue().forEach(n -> m.putIfAbsent(Labels.core(n.asText()), e.getKey())));
            bySide.put(side, m);
        }
        mappings.get("function-classes").get("classes").fields().forEachRemaining(e ->
                e.getValue().forEach(n -> classCodes.putIfAbsent(Labels.core(n.asText()), e.getKey())));
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
