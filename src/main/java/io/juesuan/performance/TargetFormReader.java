package io.juesuan.performance;

import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Funds;
import io.juesuan.model.Goal;
import io.juesuan.model.Grid;
import io.juesuan.model.Indicator;
import io.juesuan.model.ProjectForm;
import io.juesuan.model.TextLine;
import io.juesuan.model.Warning;
import io.juesuan.normalize.AmountParser;
import io.juesuan.normalize.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Budget reports' 项目支出绩效目标表 (layout G): targets only. Their caption is printed after each
 * page's rows, so a form is found by its 项目名称 line instead and runs to the next one; the
 * caption seen inside or just after it names it. Name, department, implementer, annual budget and
 * the overall goal are read here; the indicator rows, from the 一级指标 header on, by
 * {@link TargetIndicatorReader}. A form whose rows yield no indicator gets a warning rather than
 * an empty list passing for "no indicators".
 */
final class TargetFormReader {
    private final Pattern start;
    private final Pattern department;
    private final Pattern budget;
    private final Pattern goal;
    private final Pattern goalEnd;
    private final Pattern end;
    private final List<String> titles = new ArrayList<>();
    private final TargetIndicatorReader indicators;

    TargetFormReader(Vocabulary vocab) {
        PerformanceMapping.TargetForms t = vocab.cfg.targetForms();
        start = Pattern.compile(t.start());
        department = Pattern.compile(t.department());
        budget = Pattern.compile(t.annualBudget());
        goal = Pattern.compile(t.goal());
        goalEnd = Pattern.compile(t.goalEnd());
        end = Pattern.compile(t.end());
        t.titles().forEach(n -> titles.add(TextNormalizer.squeeze(n)));
        indicators = new TargetIndicatorReader(t, vocab, titles);
    }

    /**
     * A line with its spaces removed (for the field patterns) and as printed (for the indicator
     * rows); a row of a ruled form also keeps its cells, which part name from value by themselves.
     */
    private record Line(String text, String printed, List<String> cells, int page) {
        Line(String printed, int page) {
            this(TextNormalizer.squeeze(printed), TextNormalizer.collapse(printed), null, page);
        }

        Line(List<String> cells, int page) {
            this(TextNormalizer.squeeze(String.join("", cells)), TextNormalizer.collapse(String.join(" ", cells)), cells, page);
        }

        TargetIndicatorReader.Source source() {
            return new TargetIndicatorReader.Source(printed, cells);
        }
    }

    List<ProjectForm> read(Document doc, Integer year, List<Warning> warnings) {
        List<Line> lines = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof TextLine l) {
                lines.add(new Line(l.text(), l.page()));
            } else if (b instanceof Grid g) {
                g.rows().forEach(r -> lines.add(new Line(r, g.page())));
            }
        }
        List<ProjectForm> forms = new ArrayList<>();
        List<List<TargetIndicatorReader.Source>> rowLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = start.matcher(lines.get(i).text());
            if (!m.matches()) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && !start.matcher(lines.get(j).text()).matches() && !end.matcher(lines.get(j).text()).find()) {
                j++;
            }
            List<Line> body = lines.subList(i, j);
            ProjectForm f = form(m.group("name"), body, year);
            // a 项目名称 column header (项目支出预算情况表) is no form: a form names its department or budget
            if (f.department() != null || f.funds().annualBudget() != null) {
                forms.add(f);
                rowLines.add(indicatorLines(body));
            }
            i = j - 1;
        }
        List<List<Indicator>> read = indicators.read(rowLines);
        List<ProjectForm> out = new ArrayList<>();
        for (int k = 0; k < forms.size(); k++) {
            ProjectForm f = forms.get(k);
            if (read.get(k).isEmpty()) {
                warnings.add(new Warning("target_indicators_unread", "绩效目标表 " + f.name() + ": no indicator rows read", null));
            }
            out.add(new ProjectForm(f.title(), f.year(), f.name(), f.department(), f.implementer(), f.pages(), f.funds(),
                    f.goals(), f.tasks(), read.get(k), f.totalScore()));
        }
        return out;
    }

    /** The printed lines from the indicator header (一级指标 …) to the end of the form. */
    private List<TargetIndicatorReader.Source> indicatorLines(List<Line> body) {
        for (int i = 0; i < body.size(); i++) {
            if (goalEnd.matcher(body.get(i).text()).find()) {
                return body.subList(i, body.size()).stream().map(Line::source).toList();
            }
        }
        return List.of();
    }

    private ProjectForm form(String name, List<Line> body, Integer year) {
        String dept = null;
        String impl = null;
        BigDecimal annual = null;
        String title = null;
        StringBuilder goalText = null;
        boolean goalOpen = false;
        TreeSet<Integer> pages = new TreeSet<>();
        for (Line l : body) {
            pages.add(l.page());
            String s = l.text();
            Matcher d = department.matcher(s);
            if (dept == null && s.startsWith("主管部门") && d.matches()) {
                dept = d.group("department");
                impl = d.group("implementer");
            }
            Matcher b = budget.matcher(s);
            if (annual == null && b.find()) {
                annual = AmountParser.parse(b.group("value")).orElse(null);
            }
            if (title == null) {
                title = titles.stream().filter(s::equals).findFirst().orElse(null);
            }
            Matcher g = goal.matcher(s);
            if (goalText == null && g.matches()) {
                goalText = new StringBuilder(g.group("text"));
                goalOpen = true;
            } else if (goalOpen && goalEnd.matcher(s).find()) {
                goalOpen = false;
            } else if (goalOpen) {
                goalText.append(s);
            }
        }
        List<Goal> goals = goalText == null ? List.of()
                : List.of(new Goal(goalText.toString(), null));
        Funds funds = new Funds(null, annual, null, null, null, null, null);
        return new ProjectForm(Optional.ofNullable(title).orElse(titles.get(0)), year, name, dept, impl,
                new ArrayList<>(pages), funds, goals, null, List.of(), null);
    }
}
