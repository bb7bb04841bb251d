package io.juesuan.validate;

import io.juesuan.Mappings;
import io.juesuan.model.Check;
import io.juesuan.model.Document;
import io.juesuan.model.Report;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Warning;
import io.juesuan.normalize.Tolerance;
import io.juesuan.tables.Classification;
import io.juesuan.tables.TableCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stage 6: every identity over an extracted report, as checks. Values are never changed here;
 * unknown codes become warnings.
 */
public final class Validator {
    private final Mappings mappings;
    /** Each table's classification (tables.json): which code list its codes are judged against. */
    private final Map<String, Classification> classes;

    public Validator(Mappings mappings) {
        this.mappings = mappings;
        this.classes = CodeListWarnings.classes(new TableCatalog(mappings));
    }

    /** The checks; warnings found on the way (unknown codes) are appended to {@code warnings}. */
    public List<Check> check(Report report, Document doc, List<Warning> warnings) {
        var cfg = mappings.get("checks");
        CheckBuilder b = new CheckBuilder(Tolerance.IDENTITY);
        Tables tables = new Tables(report.tables());
        if (ReportMeta.FINAL_ACCOUNT.equals(report.report().kind())) {
            new IdentityRules(cfg.get("final_account").get("identities")).run(tables, b);
            new NarrativeChecks(cfg).run(report, tables, b);
            new CodeListWarnings(mappings.get("codes"), classes).run(report, warnings);
        } else if (ReportMeta.BUDGET.equals(report.report().kind())) {
            new BudgetChecks(cfg, mappings.get("tables")).run(tables, b);
            new NarrativeChecks(cfg.get("budget")).run(report, tables, b);
            new CodeListWarnings(mappings.get("codes"), classes).run(report, warnings);
        }
        if (cfg.has("titleYear")) {
            new TitleYears(cfg.get("titleYear")).run(report, doc, b);
        }
        if (cfg.has("items")) {
            new ItemStatements(cfg.get("items"), mappings.get("function-classes"))
                    .withCodeList(CodeListWarnings.listFor(mappings.get("codes").get("functional"), report.report().year()))
                    .run(report, doc, tables, b);
        }
        List<Check> all = new ArrayList<>(b.checks());
        // the forms' figures are printed in their cells and compared as printed: independent evidence
        PerformanceChecks.check(report).forEach(c ->
                all.add(c.basis() == null ? c.withBasis(io.juesuan.model.Check.INDEPENDENT) : c));
        return all;
    }

    public List<Check> check(Report report, Document doc) {
        return check(report, doc, new ArrayList<>());
    }
}
