package io.juesuan.sections;

import io.juesuan.Mappings;
import io.juesuan.model.Document;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Warning;
import java.util.List;

public final class ReportIdentifier {
    private final Mappings mappings;

    public ReportIdentifier(Mappings mappings) {
        this.mappings = mappings;
    }

    public ReportMeta identify(Document doc, List<Warning> warnings) {
        return new ReportMeta(ReportMeta.FINAL_ACCOUNT, null, null, "unit", false);
    }
}
