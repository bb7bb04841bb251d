package io.juesuan.budget;

import io.juesuan.Mappings;
import io.juesuan.model.Document;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.TextLine;
import io.juesuan.normalize.Labels;
import io.juesuan.tables.PackedTables;
import io.juesuan.tables.ShapeParser;
import io.juesuan.tables.TableCatalog;
import io.juesuan.tables.TableSpec;
import java.math.BigDecimal;

/**
 * The 预算 packed-row solver as the table stage sees it (see {@link PackedTables}): tokenizes a
 * printed line, and gives one report's budget tables their parsers, which share a
 * {@link BudgetContext}.
 */
public final class BudgetTables implements PackedTables {
    private final BudgetItems items;

    public BudgetTables(Mappings mappings) {
        this.items = new BudgetItems(mappings);
    }

    @Override
    public Carries carries(String line) {
        PackedRow row = new PackedRow(RowTokenizer.tokens(line, true), 0);
        return row.hasMoney() ? Carries.AMOUNT : row.codes().isEmpty() ? Carries.NOTHING : Carries.CODE;
    }

    @Override
    public Session open(TableCatalog catalog, Document doc, String kind) {
        BudgetContext context = new BudgetContext();
        if (ReportMeta.BUDGET.equals(kind)) {
            StringBuilder text = new StringBuilder();
            doc.blocks().forEach(b -> {
                if (b instanceof TextLine l) {
                    text.append(l.text());
                }
            });
            context.narrative = Labels.key(text.toString());
        }
        return new Session() {
            @Override
            public ShapeParser parser(TableSpec spec, BigDecimal unitFactor) {
                return switch (spec.shape()) {
                    case BUDGET_SUMMARY -> new BudgetSummaryParser(catalog, spec, items, context);
                    case BUDGET_CODED, BUDGET_ECONOMIC, BUDGET_PROJECT -> new BudgetCodedParser(catalog, spec, context, unitFactor);
                    case BUDGET_THREE_PUBLIC -> new BudgetThreePublicParser(catalog, spec, context);
                    default -> throw new IllegalArgumentException("not a packed shape: " + spec.shape());
                };
            }

            @Override
            public void totalRead(String table, BigDecimal total) {
                context.totals.put(table, total);
            }
        };
    }
}
