package io.juesuan.validate;

import io.juesuan.model.Check;
import io.juesuan.model.Indicator;
import io.juesuan.model.Performance;
import io.juesuan.model.ProjectForm;
import io.juesuan.model.Report;
import io.juesuan.model.Section;
import io.juesuan.model.SummaryRow;
import io.juesuan.normalize.TextNormalizer;
import io.juesuan.normalize.Tolerance;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does each form add up, agree with the summary table, and agree with what part 3 says of it?
 * Disagreements are failed checks; nothing is corrected. Forms without scores are not scored.
 */
final class PerformanceChecks {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern SCORE = Pattern.compile("自评得分为[,，]?(?<v>\\d+(?:\\.\\d+)?)分");
    private static final Pattern BUDGET = Pattern.compile("全年预算数?为(?<v>\\d[\\d,]*(?:\\.\\d+)?)万元");
    private static final Pattern EXECUTED = Pattern.compile("执行数为(?<v>\\d[\\d,]*(?:\\.\\d+)?)万元");
    private static final Pattern RATE = Pattern.compile("完成预算的(?<v>\\d+(?:\\.\\d+)?)%");

    private PerformanceChecks() {}

    static List<Check> check(Report report) {
        Performance p = report.performance();
        List<Check> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        List<String> narrative = narrativeLines(report);
        for (int i = 0; i < p.projects().size(); i++) {
            ProjectForm f = p.projects().get(i);
            String id = "performance." + (i + 1);
            sums(id, f, out);
            summary(id, f, p.summary(), out);
            narrative(id, f, narrative, out);
        }
        if (p.department() != null) {
            sums("performance.department", p.department(), out);
        }
        return out;
    }

    private static void sums(String id, ProjectForm f, List<Check> out) {
        List<Indicator> inds = f.indicators() == null ? List.of() : f.indicators();
        BigDecimal fundsScore = f.funds() == null ? null : f.funds().score();
        if (f.totalScore() != null && inds.stream().anyMatch(x -> x.score() != null)) {
            BigDecimal sum = inds.stream().map(Indicator::score).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(fundsScore == null ? BigDecimal.ZERO : fundsScore);
            out.add(compare(id + ".score_sum", sum, f.totalScore(), Tolerance.SCORE,
                    "'" + f.name() + "': indicator scores + budget-execution score = total score"));
        }
        BigDecimal fundsWeight = f.funds() == null ? null : f.funds().weight();
        if (inds.stream().anyMatch(x -> x.weight() != null)) {
            BigDecimal w = inds.stream().map(Indicator::weight).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(fundsWeight == null ? BigDecimal.ZERO : fundsWeight);
            out.add(compare(id + ".weight_sum", HUNDRED, w, Tolerance.SCORE, "'" + f.name() + "': weights add to 100"));
        }
    }

    private static void summary(String id, ProjectForm f, List<SummaryRow> rows, List<Check> out) {
        if (rows == null || rows.isEmpty() || f.name() == null) {
            return;
        }
        String name = key(f.name());
        SummaryRow row = rows.stream().filter(r -> r.project() != null && key(r.project()).equals(name)).findFirst().orElse(null);
        if (row == null) {
            // a form may print its name cut short; only an unambiguous prefix identifies the summary row
            List<SummaryRow> prefixed = rows.stream().filter(r -> r.project() != null
                    && (key(r.project()).startsWith(name) || name.startsWith(key(r.project())))).toList();
            row = prefixed.size() == 1 ? prefixed.get(0) : null;
        }
        if (row == null) {
            out.add(new Check(id + ".summary", Check.Status.SKIP, null, null, null, null, "'" + f.name() + "' is not in the summary table"));
            return;
        }
        if (row.score() != null && f.totalScore() != null) {
            out.add(compare(id + ".summary_score", row.score(), f.totalScore(), Tolerance.SCORE,
                    "summary table score of '" + row.project() + "' vs the form's total"));
        }
        if (row.annualBudget() != null && f.funds() != null && f.funds().annualBudget() != null) {
            out.add(compare(id + ".summary_budget", row.annualBudget(), f.funds().annualBudget(), Tolerance.IDENTITY,
                    "summary table budget of '" + row.project() + "' vs the form's 全年预算数"));
        }
    }

    /** 项目自评得分为 X 分, 全年预算数为 Y 万元, 执行数为 Z 万元, 完成预算的 P% — in the sentence naming the project. */
    private static void narrative(String id, ProjectForm f, List<String> lines, List<Check> out) {
        if (f.name() == null || f.funds() == null) {
            return;
        }
        String name = key(f.name());
        String probe = name.length() > 12 ? name.substring(0, 12) : name;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // a paragraph of the reflowed part 3 (a PDF's line breaks are gone, see sections.Reflow)
            if (!line.contains(probe) || !SCORE.matcher(line).find()) {
                continue;
            }
            lines.set(i, "");
            BigDecimal budget = f.funds().annualBudget();
            BigDecimal executed = f.funds().executed();
            stated(line, SCORE).ifPresent(v -> {
                if (f.totalScore() != null) {
                    out.add(compare(id + ".narrative_score", v, f.totalScore(), Tolerance.SCORE, "part 3 states the score of '" + f.name() + "'").withBasis(Check.Basis.INDEPENDENT));
                }
            });
            stated(line, BUDGET).ifPresent(v -> {
                if (budget != null) {
                    out.add(compare(id + ".narrative_budget", v, budget, Tolerance.IDENTITY, "part 3 states the 全年预算数 of '" + f.name() + "'").withBasis(Check.Basis.INDEPENDENT));
                }
            });
            stated(line, EXECUTED).ifPresent(v -> {
                if (executed != null) {
                    out.add(compare(id + ".narrative_executed", v, executed, Tolerance.IDENTITY, "part 3 states the 执行数 of '" + f.name() + "'").withBasis(Check.Basis.INDEPENDENT));
                }
            });
            stated(line, RATE).ifPresent(v -> {
                BigDecimal rate = f.funds().executionRate();
                if (rate == null && budget != null && executed != null && budget.signum() != 0) {
                    rate = executed.multiply(HUNDRED).divide(budget, MathContext.DECIMAL64);
                }
                if (rate != null) {
                    out.add(compare(id + ".narrative_rate", v, rate, Tolerance.RATE, "part 3 states the execution rate of '" + f.name() + "'").withBasis(Check.Basis.INDEPENDENT));
                }
            });
            return;
        }
        if (f.totalScore() != null) {
            out.add(new Check(id + ".narrative", Check.Status.SKIP, null, null, null, null,
                    "part 3 has no paragraph naming '" + f.name() + "' with its 自评得分; its score and funds are not compared with the text")
                    .withBasis(Check.Basis.INDEPENDENT));
        }
    }

    private static java.util.Optional<BigDecimal> stated(String line, Pattern p) {
        Matcher m = p.matcher(line);
        return m.find() ? java.util.Optional.of(new BigDecimal(m.group("v").replace(",", ""))) : java.util.Optional.empty();
    }

    private static List<String> narrativeLines(Report report) {
        List<String> lines = new ArrayList<>();
        for (Section s : report.sections()) {
            if (s.key().startsWith("explanation.")) {
                for (String l : s.text().split("\n")) {
                    lines.add(key(l));
                }
            }
        }
        return lines;
    }

    private static String key(String s) {
        return TextNormalizer.squeeze(s).replace('（', '(').replace('）', ')').replace('，', ',');
    }

    private static Check compare(String id, BigDecimal expected, BigDecimal actual, BigDecimal tol, String message) {
        BigDecimal diff = actual.subtract(expected);
        boolean ok = diff.abs().compareTo(tol) <= 0;
        return new Check(id, ok ? Check.Status.PASS : Check.Status.FAIL, expected, actual, diff, tol,
                ok ? message : message + "; differs by " + diff.stripTrailingZeros().toPlainString());
    }
}
