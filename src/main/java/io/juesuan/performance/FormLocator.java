package io.juesuan.performance;

import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.TextLine;
import io.juesuan.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the 绩效 forms wherever they are (附件 or inline after each narrative paragraph): a title
 * — a text line or a grid row with one cell — opens a form; its rows run to the next title or
 * part heading. Text lines inside a form are kept as one-cell rows, since renderings break form
 * rows over blank lines.
 */
final class FormLocator {
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]部分");
    private static final Pattern YEAR_LINE = Pattern.compile("^[(（]?\\d{4}年度?[)）]?$");
    private final List<Pattern> project = new ArrayList<>();
    private final List<Pattern> department = new ArrayList<>();
    private final List<Pattern> summary = new ArrayList<>();
    private final List<String> exclude = new ArrayList<>();

    FormLocator(PerformanceMapping cfg) {
        cfg.projectFormTitles().forEach(n -> project.add(Pattern.compile(n)));
        cfg.departmentFormTitles().forEach(n -> department.add(Pattern.compile(n)));
        cfg.summaryTitles().forEach(n -> summary.add(Pattern.compile(n)));
        exclude.addAll(cfg.excludeTitles());
    }

    List<FormRegion> locate(Document doc) {
        List<FormRegion> out = new ArrayList<>();
        FormRegion current = null;
        for (Block b : doc.blocks()) {
            List<List<String>> rows = new ArrayList<>();
            if (b instanceof TextLine t) {
                rows.add(List.of(TextNormalizer.collapse(t.text())));
            } else if (b instanceof Grid g) {
                rows.addAll(g.rows());
            }
            for (List<String> row : rows) {
                List<String> nonBlank = row.stream().filter(c -> !c.isBlank()).toList();
                if (nonBlank.size() == 1) {
                    String text = TextNormalizer.squeeze(nonBlank.get(0)).replace('（', '(').replace('）', ')');
                    if (PART.matcher(text).find()) {
                        current = null;
                        continue;
                    }
                    FormRegion.Kind kind = kindOf(text);
                    if (kind != null) {
                        current = new FormRegion(kind, TextNormalizer.collapse(nonBlank.get(0)), b.page());
                        out.add(current);
                        continue;
                    }
                    if (current != null && current.rows.isEmpty() && YEAR_LINE.matcher(text).matches()) {
                        current.rows.add(List.of(text));
                        continue;
                    }
                }
                if (current != null && !nonBlank.isEmpty()) {
                    current.add(row, b.page());
                }
            }
        }
        return out;
    }

    private FormRegion.Kind kindOf(String text) {
        if (text.length() > 40 || exclude.stream().anyMatch(e -> text.contains(e) && !summary.stream().anyMatch(p -> p.matcher(text).find()))) {
            return null;
        }
        if (summary.stream().anyMatch(p -> p.matcher(text).find())) {
            return text.contains("详见") ? null : FormRegion.Kind.SUMMARY;
        }
        if (department.stream().anyMatch(p -> p.matcher(text).find())) {
            return FormRegion.Kind.DEPARTMENT;
        }
        if (project.stream().anyMatch(p -> p.matcher(text).find())) {
            return FormRegion.Kind.PROJECT;
        }
        return null;
    }
}
