package io.juesuan.performance;

import io.juesuan.Mappings;
import io.juesuan.model.Document;
import io.juesuan.model.Performance;
import io.juesuan.model.ProjectForm;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.SummaryRow;
import io.juesuan.model.Warning;
import java.util.ArrayList;
import java.util.List;

/** Stage 4: the 绩效 forms of a document, the summary table and the department-wide form. */
public final class PerformanceExtractor {
    private final Vocabulary vocab;

    public PerformanceExtractor(Mappings mappings) {
        this.vocab = Vocabulary.of(mappings);
    }

    public Performance extract(Document doc, ReportMeta meta, List<Warning> warnings) {
        List<SummaryRow> summary = new ArrayList<>();
        List<ProjectForm> projects = new ArrayList<>();
        ProjectForm department = null;
        ProjectFormParser parser = new ProjectFormParser(vocab);
        FormRegion lastProject = null;
        for (FormRegion r : new FormLocator(vocab.cfg).locate(doc)) {
            switch (r.kind) {
                case SUMMARY -> summary.addAll(new SummaryTableReader(vocab).read(r));
                case DEPARTMENT -> department = parser.parse(r);
                case PROJECT -> {
                    ProjectForm f = parser.parse(r);
                    if (f.name() != null) {
                        projects.add(f);
                        lastProject = r;
                    } else if (lastProject != null) {
                        // the title repeated on a continuation page: the rows belong to the form before
                        lastProject.rows.addAll(r.rows);
                        lastProject.pages.addAll(r.pages);
                        projects.set(projects.size() - 1, parser.parse(lastProject));
                    } else {
                        warnings.add(new Warning("form_without_name", "a form titled '" + r.title + "' has no 项目名称", r.pages.first()));
                    }
                }
            }
        }
        if (meta != null && io.juesuan.model.ReportMeta.BUDGET.equals(meta.kind())) {
            projects.addAll(new TargetFormReader(vocab).read(doc, meta.year(), warnings));
        }
        return new Performance(summary, projects, department);
    }
}
