package io.juesuan.validate;

import io.juesuan.Mappings;
import io.juesuan.model.Check;
import io.juesuan.model.Document;
import io.juesuan.model.Report;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Warning;
import io.juesuan.normalize.Tolerance;
import io.juesuan.tables.Classification;
import io.juesuan.tables.ItemsMapping;
import io.juesuan.tables.TableCatalog;
import io.juesuan.tables.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stage 6: every identity over an extracted report, as checks. Values are never changed here;
 * unknown codes become warnings.
 */
public final class Validator {
    /** checks.json, codes.json, function-classes.json and the tables of tables.json: bound once per Mappings. */
    private final ChecksMapping cfg;
    private final CodeLists codes;
    private final ItemsMapping.FunctionClasses functionClasses;
    private final List<TableSpec> tableSpecs;
    /** Each table's classification (tables.json): which code list its codes are judged against. */
    private final Map<String, Classification> classes;

    public Validator(Mappings mappings) {
        TableCatalog catalog = new TableCatalog(mappings);
        this.cfg = mappings.bind("checks", ChecksMapping.class);
        this.codes = mappings.bind("codes", CodeLists.class);
        this.functionClasses = mappings.bind("function-classes", ItemsMapping.FunctionClasses.class);
        this.tableSpecs = catalog.specs();
        this.classes = CodeListWarnings.classes(catalog);
    }

    /** The checks; warnings found on the way (unknown codes) are appended to {@code warnings}. */
    public List<Check> check(Report report, Document doc, List<Warning> warnings) {
        CheckBuilder b = new CheckBuilder(Tolerance.IDENTITY);
        Tables tables = new Tables(report.tables());
        if (ReportMeta.FINAL_ACCOUNT.equals(report.report().kind())) {
            new IdentityRules(cfg.finalAccount().identities()).run(tables, b);
            new NarrativeChecks(cfg.narrative()).run(report, tables, b);
            new CodeListWarnings(codes, classes).run(report, warnings);
        } else if (ReportMeta.BUDGET.equals(report.report().kind())) {
            new BudgetChecks(cfg.budget(), tableSpecs).run(tables, b);
            new NarrativeChecks(cfg.budget().narrative()).run(report, tables, b);
            new CodeListWarnings(codes, classes).run(report, warnings);
        }
        if (cfg.titleYear() != null) {
            new TitleYears(cfg.titleYear()).run(report, doc, b);
        }
        if (cfg.items() != null) {
            new ItemStatements(cfg.items(), functionClasses)
                    .withCodeList(codes.functionalFor(report.report().year()))
                    .run(report, doc, tables, b);
        }
        List<Check> all = new ArrayList<>(b.checks());
        // the forms' figures are printed in their cells and compared as printed: independent evidence
        PerformanceChecks.check(report).forEach(c ->
                all.add(c.basis() == null ? c.withBasis(Check.Basis.INDEPENDENT) : c));
        return all;
    }

    public List<Check> check(Report report, Document doc) {
        return check(report, doc, new ArrayList<>());
    }
}
