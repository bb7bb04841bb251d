package io.juesuan.validate;

import io.juesuan.model.Block;
import io.juesuan.model.Check;
import io.juesuan.model.Document;
import io.juesuan.model.Report;
import io.juesuan.model.TextLine;
import io.juesuan.normalize.TextNormalizer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every table title that prints a year ("2026年部门财务收支预算总表") prints the report's year: one
 * check per distinct title (pattern in checks.json {@code titleYear}). Independent of the tables.
 */
final class TitleYears {
    private final Pattern title;

    /** @param pattern checks.json {@code titleYear}; group {@code year} the printed year */
    TitleYears(String pattern) {
        this.title = Pattern.compile(pattern);
    }

    void run(Report report, Document doc, CheckBuilder b) {
        Integer year = report.report().year();
        if (year == null || doc == null) {
            return;
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Block bl : doc.blocks()) {
            if (bl instanceof TextLine t) {
                String s = TextNormalizer.squeeze(t.text());
                Matcher m = title.matcher(s);
                if (m.find()) {
                    seen.putIfAbsent(s.substring(m.start()), Integer.parseInt(m.group("year")));
                }
            }
        }
        Check.Basis old = b.basis(Check.Basis.INDEPENDENT);
        try {
            int n = 0;
            for (Map.Entry<String, Integer> e : seen.entrySet()) {
                n++;
                b.compare("identity.title_year." + n, BigDecimal.valueOf(year), BigDecimal.valueOf(e.getValue()),
                        "title '" + e.getKey() + "' prints " + e.getValue() + "; the report is of " + year);
            }
        } finally {
            b.basis(old);
        }
    }
}
