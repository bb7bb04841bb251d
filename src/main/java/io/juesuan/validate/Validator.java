package io.juesuan.validate;

import io.juesuan.Mappings;
import io.juesuan.model.Check;
import io.juesuan.model.Document;
import io.juesuan.model.Report;
import java.util.ArrayList;
import java.util.List;

/** Runs every identity over an extracted report. (The full set is built under issue 5.) */
public final class Validator {
    private final Mappings mappings;

    public Validator(Mappings mappings) {
        this.mappings = mappings;
    }

    public List<Check> check(Report report, Document doc) {
        return new ArrayList<>();
    }
}
