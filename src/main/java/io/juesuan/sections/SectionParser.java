package io.juesuan.sections;

import io.juesuan.Mappings;
import io.juesuan.model.Document;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Section;
import java.util.List;

public final class SectionParser {
    private final Mappings mappings;

    public SectionParser(Mappings mappings) {
        this.mappings = mappings;
    }

    public List<Section> parse(Document doc, ReportMeta meta) {
        return List.of();
    }
}
