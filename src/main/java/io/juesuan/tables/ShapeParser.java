package io.juesuan.tables;

import io.juesuan.model.Warning;
import java.util.List;

/** Reads the rows of one table shape (coded, summary, economic, three_public) from its region. */
public interface ShapeParser {
    ParsedTable parse(TableRegion region, List<Warning> warnings);
}
