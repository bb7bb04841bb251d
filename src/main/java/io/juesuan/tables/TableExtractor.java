package io.juesuan.tables;

import io.juesuan.Mappings;
import io.juesuan.model.Document;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Table;
import io.juesuan.model.Warning;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class TableExtractor {
    private final Mappings mappings;

    public TableExtractor(Mappings mappings) {
        this.mappings = mappings;
    }

    public Map<String, Table> extract(Document doc, ReportMeta meta, List<Warning> warnings) {
        return new TreeMap<>();
    }
}
