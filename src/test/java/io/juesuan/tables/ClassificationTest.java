package io.juesuan.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.juesuan.Mappings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which code list a table's codes belong to is declared in tables.json. */
class ClassificationTest {
    private static final TableCatalog CATALOG = new TableCatalog(Mappings.load());

    private static List<String> declared(Classification c) {
        return CATALOG.specs().stream().filter(s -> s.classification() == c).map(TableSpec::key).toList();
    }

    @Test
    void functionalTablesAreTheCodedOnes() {
        assertEquals(List.of("income", "expenditure", "general_budget_expenditure", "government_fund", "state_capital",
                "budget_income", "budget_expenditure", "budget_general_expenditure", "budget_government_fund",
                "budget_state_capital", "budget_procurement").stream().sorted().toList(),
                declared(Classification.FUNCTIONAL).stream().sorted().toList());
    }

    @Test
    void economicTablesAreTheBasicExpenditureOnes() {
        assertEquals(List.of("general_budget_basic_expenditure", "budget_general_basic", "budget_basic"),
                declared(Classification.ECONOMIC));
    }

    @Test
    void theProjectListIsItemsAndSummaryTablesDeclareNone() {
        assertEquals(List.of("budget_project"), declared(Classification.ITEM));
        assertNull(CATALOG.specs().stream().filter(s -> s.key().equals("budget_summary")).findFirst().orElseThrow().classification());
    }

    @Test
    void anUnknownClassificationIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> io.juesuan.model.JsonEnum.of(Classification.class, "functonal"));
    }
}
