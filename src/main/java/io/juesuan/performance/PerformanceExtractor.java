package io.juesuan.performance;

import io.juesuan.Mappings;
import io.juesuan.model.Document;
import io.juesuan.model.Performance;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Warning;
import java.util.List;

/** Finds and parses the 绩效 forms of a document. (Being built under issue 4.) */
public final class PerformanceExtractor {
    private final Mappings mappings;

    public PerformanceExtractor(Mappings mappings) {
        this.mappings = mappings;
    }

    public Performance extract(Document doc, ReportMeta meta, List<Warning> warnings) {
        return Performance.empty();
    }
}
