package io.juesuan.performance;

import io.juesuan.model.Funds;
import io.juesuan.model.Goal;
import io.juesuan.model.Indicator;
import io.juesuan.model.ProjectForm;
import io.juesuan.normalize.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One 项目支出绩效自评表 (layouts A, B, C) or the 部门整体 form: identity fields, funds, goals,
 * indicators and the total score. Funds are read either under their header row (shifted rows
 * are re-aligned to where the numbers are) or as label → next number pairs (预算数 / 到位数 /
 * 执行数), whichever the form prints.
 */
final class ProjectFormParser {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private final Vocabulary vocab;
    private final IndicatorReader indicators;

    ProjectFormParser(Vocabulary vocab) {
        this.vocab = vocab;
        this.indicators = new IndicatorReader(vocab);
    }

    ProjectForm parse(FormRegion region) {
        List<List<String>> rows = region.rows;
        Map<String, String> fields = fields(rows);
        Integer year = null;
        Matcher m = YEAR.matcher(region.title + (rows.isEmpty() ? "" : String.join("", rows.get(0))));
        if (m.find()) {
            year = Integer.parseInt(m.group(1));
        }
        int indicatorHeader = indexOf(rows, vocab.indicatorHeader);
        int end = rows.size();
        for (int i = Math.max(indicatorHeader + 1, 0); i < rows.size(); i++) {
            if (indicatorHeader >= 0 && vocab.startsWithAny(first(rows.get(i)), vocab.indicatorEnd)) {
                end = i;
                break;
            }
        }
        List<Indicator> inds = new ArrayList<>();
        if (indicatorHeader >= 0) {
            List<List<String>> body = new ArrayList<>();
            for (List<String> r : rows.subList(indicatorHeader + 1, end)) {
                if (r.stream().noneMatch(c -> vocab.subHeader.contains(Vocabulary.norm(c)))) {
                    body.add(r);
                }
            }
            inds = indicators.read(body, IndicatorReader.hint(rows.get(indicatorHeader)));
        }
        return new ProjectForm(region.title, year, fields.get("name"), fields.get("department"), fields.get("implementer"),
                new ArrayList<>(region.pages), funds(rows), goals(rows, indicatorHeader), tasks(rows, indicatorHeader), inds,
                totalScore(rows));
    }

    /** The 部门整体 form's task block: numbered rows under its own header, columns by that header. */
    private List<io.juesuan.model.Task> tasks(List<List<String>> rows, int indicatorHeader) {
        List<String> header = vocab.taskHeader;
        int start = -1;
        for (int i = 0; i < rows.size() && start < 0; i++) {
            if (rows.get(i).stream().anyMatch(c -> header.contains(Vocabulary.norm(c)))) {
                start = i;
            }
        }
        if (start < 0) {
            return null;
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> head = rows.get(start);
        vocab.taskColumns.forEach((key, labels) -> {
            for (int c = 0; c < head.size(); c++) {
                if (labels.contains(Vocabulary.norm(head.get(c))) && !col.containsKey(key)) {
                    col.put(key, c);
                }
            }
        });
        List<io.juesuan.model.Task> out = new ArrayList<>();
        int stop = indicatorHeader > start ? indicatorHeader : rows.size();
        for (List<String> row : rows.subList(start + 1, stop)) {
            // a row may sit a cell off its header: anchor on the 序号 cell
            int seqAt = -1;
            for (int c = 0; c < row.size() && seqAt < 0; c++) {
                if (TextNormalizer.squeeze(row.get(c)).matches("\\d{1,2}")) {
                    seqAt = c;
                }
            }
            if (seqAt < 0 || !col.containsKey("seq")) {
                continue;
            }
            int shift = seqAt - col.get("seq");
            java.util.function.Function<String, String> at = k -> {
                Integer c = col.get(k);
                if (c == null || c + shift < 0 || c + shift >= row.size()) {
                    return null;
                }
                String v = TextNormalizer.collapse(row.get(c + shift));
                return v.isEmpty() ? null : v;
            };
            out.add(new io.juesuan.model.Task(Integer.parseInt(TextNormalizer.squeeze(row.get(seqAt))), at.apply("name"),
                    at.apply("content"), at.apply("target"), at.apply("achieved"), at.apply("reason")));
        }
        return out;
    }

    private static String first(List<String> row) {
        return row.stream().filter(c -> !c.isBlank()).findFirst().orElse("");
    }

    private static int indexOf(List<List<String>> rows, List<String> labels) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).stream().anyMatch(c -> labels.contains(Vocabulary.norm(c)))) {
                return i;
            }
        }
        return -1;
    }

    private Map<String, String> fields(List<List<String>> rows) {
        Map<String, String> out = new HashMap<>();
        vocab.fields.forEach((key, labels) -> {
            for (List<String> row : rows) {
                for (int i = 0; i < row.size() && !out.containsKey(key); i++) {
                    if (labels.contains(Vocabulary.norm(row.get(i)))) {
                        for (int j = i + 1; j < row.size(); j++) {
                            if (!row.get(j).isBlank()) {
                                out.put(key, cleanName(row.get(j)));
                                break;
                            }
                        }
                    }
                }
            }
        });
        return out;
    }

    private static final Pattern SPACE_AT_CJK = Pattern.compile("(?<=[\\p{IsHan}（）【】、])\\s+|\\s+(?=[\\p{IsHan}（）【】、])");

    /** Spaces the rendering put next to CJK text go; a label the name swallowed (…项目级次) is cut off. */
    private String cleanName(String raw) {
        String s = SPACE_AT_CJK.matcher(TextNormalizer.collapse(raw)).replaceAll("");
        for (String label : vocab.nameSwallowedLabels) {
            if (s.endsWith(label) && s.length() > label.length()) {
                s = s.substring(0, s.length() - label.length());
            }
        }
        return s;
    }

    private Funds funds(List<List<String>> rows) {
        Map<String, List<String>> header = vocab.fundsHeader;
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            Map<String, Integer> at = new HashMap<>();
            for (int c = 0; c < row.size(); c++) {
                String n = Vocabulary.norm(row.get(c));
                for (Map.Entry<String, List<String>> e : header.entrySet()) {
                    if (!at.containsKey(e.getKey()) && e.getValue().stream().anyMatch(n::startsWith)) {
                        at.put(e.getKey(), c);
                    }
                }
            }
            if (at.containsKey("annualBudget") && at.containsKey("executed") && i + 1 < rows.size()) {
                return alignedFunds(at, rows.get(i + 1));
            }
        }
        return pairedFunds(rows);
    }

    /** The data row can sit a cell or two off its header: take the shift that lands on the most numbers. */
    private static Funds alignedFunds(Map<String, Integer> at, List<String> data) {
        int best = 0;
        int bestHits = -1;
        for (int shift : new int[] {0, 1, -1, 2, -2}) {
            int hits = 0;
            for (int c : at.values()) {
                int k = c + shift;
                if (k >= 0 && k < data.size() && FormNumbers.isNumber(data.get(k))) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = shift;
                bestHits = hits;
            }
        }
        Map<String, BigDecimal> v = new HashMap<>();
        for (Map.Entry<String, Integer> e : at.entrySet()) {
            int k = e.getValue() + best;
            if (k >= 0 && k < data.size()) {
                FormNumbers.parse(data.get(k)).ifPresent(x -> v.put(e.getKey(), x));
            }
        }
        return new Funds(v.get("initialBudget"), v.get("annualBudget"), null, v.get("executed"), v.get("executionRate"),
                v.get("weight"), v.get("score"));
    }

    /** Layout C: 预算数 1743 到位数 1743 执行数 1743 100 — each value is the number after its label. */
    private Funds pairedFunds(List<List<String>> rows) {
        Map<String, List<String>> pairs = vocab.fundsPairs;
        Map<String, BigDecimal> v = new HashMap<>();
        BigDecimal rate = null;
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                for (Map.Entry<String, List<String>> e : pairs.entrySet()) {
                    if (v.containsKey(e.getKey()) || !e.getValue().contains(Vocabulary.norm(row.get(c)))) {
                        continue;
                    }
                    int k = next(row, c + 1);
                    if (k > 0) {
                        v.put(e.getKey(), FormNumbers.parse(row.get(k)).orElseThrow());
                        if (e.getKey().equals("executed") && rate == null) {
                            int r = next(row, k + 1);
                            if (r > 0 && r <= k + 2) {
                                rate = FormNumbers.parse(row.get(r)).orElse(null);
                            }
                        }
                    }
                }
            }
        }
        BigDecimal weight = null;
        BigDecimal score = null;
        for (List<String> row : rows) {
            if (vocab.startsWithAny(first(row), vocab.fundsScoreRow)) {
                List<BigDecimal> nums = row.stream().map(FormNumbers::parse).flatMap(Optional::stream).toList();
                if (!nums.isEmpty()) {
                    weight = nums.get(0);
                    score = nums.get(nums.size() - 1);
                }
                break;
            }
        }
        if (v.isEmpty() && weight == null) {
            return null;
        }
        return new Funds(null, v.get("annualBudget"), v.get("received"), v.get("executed"), rate, weight, score);
    }

    /** Index of the next number cell from {@code from}, skipping blanks only; -1 if text comes first. */
    private static int next(List<String> row, int from) {
        for (int k = from; k < row.size(); k++) {
            if (row.get(k).isBlank()) {
                continue;
            }
            return FormNumbers.isNumber(row.get(k)) ? k : -1;
        }
        return -1;
    }

    private List<Goal> goals(List<List<String>> rows, int indicatorHeader) {
        int start = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).stream().anyMatch(c -> Vocabulary.norm(c).contains("预期目标"))) {
                start = i;
                break;
            }
        }
        List<Goal> goals = new ArrayList<>();
        if (start < 0) {
            return goals;
        }
        int stop = indicatorHeader > start ? indicatorHeader : Math.min(rows.size(), start + 6);
        for (List<String> row : rows.subList(start + 1, stop)) {
            List<String> text = row.stream().filter(c -> !c.isBlank() && !FormNumbers.isNumber(c)).toList();
            if (!text.isEmpty() && text.get(0).length() > 4) {
                goals.add(new Goal(text.get(0), text.size() > 1 ? text.get(1) : null));
            }
        }
        return goals;
    }

    private BigDecimal totalScore(List<List<String>> rows) {
        List<String> labels = vocab.totalScore;
        List<String> exclude = vocab.totalScoreExclude;
        for (List<String> row : rows) {
            String f = Vocabulary.norm(first(row));
            if (labels.stream().anyMatch(f::startsWith) && exclude.stream().noneMatch(f::startsWith)) {
                List<BigDecimal> nums = row.stream().skip(1).map(FormNumbers::parse).flatMap(Optional::stream).toList();
                if (!nums.isEmpty()) {
                    return nums.get(nums.size() - 1);
                }
            }
        }
        return null;
    }
}
