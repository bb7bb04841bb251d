package io.juesuan.validate;

import io.juesuan.model.Report;
import io.juesuan.model.Section;
import io.juesuan.normalize.AmountParser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures the 情况说明 states in words against the tables. The narrative is never a source of a
 * value: a disagreement is a failed check, the table keeps what it printed.
 */
final class NarrativeChecks {
    private final List<ChecksMapping.Narrative> statements;

    /** @param statements checks.json {@code narrative} (决算) or {@code budget.narrative} (预算) */
    NarrativeChecks(List<ChecksMapping.Narrative> statements) {
        this.statements = statements;
    }

    void run(Report report, Tables t, CheckBuilder b) {
        io.juesuan.model.Check.Basis old = b.basis(io.juesuan.model.Check.Basis.INDEPENDENT);
        try {
            runAll(report, t, b);
        } finally {
            b.basis(old);
        }
    }

    private void runAll(Report report, Tables t, CheckBuilder b) {
        // the numbered sub-sections first, then part 3 itself (a Shanghai 预算编制说明 has no numbered sub-sections)
        List<Section> sections = new java.util.ArrayList<>(report.sections().stream().filter(s -> s.key().startsWith("explanation.")).toList());
        sections.addAll(report.sections().stream().filter(s -> s.key().equals("explanation")).toList());
        for (ChecksMapping.Narrative n : statements) {
            Pattern title = Pattern.compile(n.section());
            Pattern value = Pattern.compile(n.pattern());
            String id = n.id();
            int before = b.checks().size();
            boolean titled = false;
            for (Section s : sections) {
                if (!title.matcher(s.title().replace(" ", "")).find()) {
                    continue;
                }
                titled = true;
                Matcher m = value.matcher(s.text().replace(" ", ""));
                if (!m.find()) {
                    continue;
                }
                Optional<BigDecimal> stated = AmountParser.parse(m.group("v"));
                if (stated.isEmpty()) {
                    continue;
                }
                if (n.singleUnitOnly() && report.report().consolidated()) {
                    b.skip(id, "holds only for a single unit; this report is consolidated (汇总). Stated " + stated.get().toPlainString());
                    break;
                }
                Optional<Tables.Cell> cell = t.cell(n.table(), n.row(), n.column());
                if (cell.isEmpty()) {
                    b.skip(id, "stated " + stated.get().toPlainString() + " 万元 in '" + s.title() + "' but the table row is missing");
                } else {
                    BigDecimal printed = cell.get().value() == null ? BigDecimal.ZERO : cell.get().value();
                    // no evidence where this very statement placed the cell (the 三公 items, narrativeHints)
                    io.juesuan.model.Check.Basis basis = io.juesuan.model.Placement.NARRATIVE.equals(cell.get().placement())
                            ? io.juesuan.model.Check.Basis.PLACEMENT : io.juesuan.model.Check.Basis.INDEPENDENT;
                    b.compare(id, stated.get(), printed, "'" + s.title() + "' states " + stated.get().toPlainString()
                            + " 万元; " + n.table() + " " + n.row() + "." + n.column()
                            + " prints " + printed.toPlainString(), basis);
                }
                break;
            }
            if (b.checks().size() == before) {
                b.skip(id, titled ? "no sentence matching /" + value.pattern() + "/ in part 3 '" + n.section() + "'"
                        : "part 3 has no sub-section titled /" + title.pattern() + "/");
            }
        }
    }
}
