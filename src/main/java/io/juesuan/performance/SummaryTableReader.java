package io.juesuan.performance;

import io.juesuan.model.SummaryRow;
import io.juesuan.normalize.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 绩效自评情况汇总表: columns by their header labels; rows with a 序号; rows without one and without
 * values are group headings for the rows below them; the 合计 row is not a project.
 */
final class SummaryTableReader {
    private final Vocabulary vocab;

    SummaryTableReader(Vocabulary vocab) {
        this.vocab = vocab;
    }

    List<SummaryRow> read(FormRegion region) {
        Map<String, Integer> col = new HashMap<>();
        List<SummaryRow> out = new ArrayList<>();
        String group = null;
        for (List<String> row : region.rows) {
            if (col.isEmpty()) {
                for (int c = 0; c < row.size(); c++) {
                    String n = Vocabulary.norm(row.get(c));
                    for (Map.Entry<String, List<String>> e : vocab.summaryColumns.entrySet()) {
                        if (!col.containsKey(e.getKey()) && e.getValue().contains(n)) {
                            col.put(e.getKey(), c);
                        }
                    }
                }
                if (!col.containsKey("seq") || !col.containsKey("project")) {
                    col.clear();
                }
                continue;
            }
            String seq = TextNormalizer.squeeze(cell(row, col.get("seq")));
            if (seq.matches("\\d+")) {
                out.add(new SummaryRow(Integer.parseInt(seq), TextNormalizer.collapse(cell(row, col.get("project"))),
                        blankToNull(cell(row, col.get("implementer"))), number(row, col.get("annualBudget")),
                        number(row, col.get("score")), blankToNull(cell(row, col.get("grade"))), group, null));
            } else if (!seq.isEmpty() && !seq.startsWith("合计") && !seq.startsWith("总计")
                    && row.stream().skip(1).allMatch(String::isBlank)) {
                group = TextNormalizer.collapse(seq);
            } else if (seq.startsWith("合计") || seq.startsWith("注")) {
                break;
            }
        }
        return out;
    }

    private static String cell(List<String> row, Integer i) {
        return i == null || i >= row.size() ? "" : row.get(i);
    }

    private static String blankToNull(String s) {
        String c = TextNormalizer.collapse(s);
        return c.isEmpty() ? null : c;
    }

    private static BigDecimal number(List<String> row, Integer i) {
        return FormNumbers.parse(cell(row, i)).orElse(null);
    }
}
