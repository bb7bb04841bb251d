package io.juesuan.performance;

import io.juesuan.model.Indicator;
import io.juesuan.normalize.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator rows of a form, aligned by content rather than by cell index, since merged cells
 * shift rows by one or two cells: level names come from the closed vocabulary, the score is the
 * right-most number, a target looks like an operator plus a number and unit, and 一级/二级 are
 * filled down (or, for a 二级 the vocabulary knows, taken from it: the printed 一级 label sits on
 * the middle row of its merged group).
 */
final class IndicatorReader {
    private final Vocabulary vocab;
    private final List<String> level1;
    private final Map<String, List<String>> level2To1Raw;
    private final Pattern target;

    IndicatorReader(Vocabulary vocab) {
        this.vocab = vocab;
        this.level1 = vocab.level1;
        this.level2To1Raw = new java.util.LinkedHashMap<>();
        vocab.cfg.level2ToLevel1().forEach((l2, l1) -> level2To1Raw.put(Vocabulary.norm(l2), List.of(l1)));
        this.target = Pattern.compile(vocab.cfg.targetPattern());
    }

    /** Where weight sits relative to target in the header: before it (指标分值 … 预期指标值) or after. */
    record HeaderHint(boolean weightBeforeTarget, boolean scored) {}

    static HeaderHint hint(List<String> header) {
        int weight = -1;
        int tgt = -1;
        boolean scored = false;
        for (int i = 0; i < header.size(); i++) {
            String n = Vocabulary.norm(header.get(i));
            // labels can be clipped by their merged cell: 指标分(值), 自评得(分)
            if (weight < 0 && (n.equals("分值") || n.startsWith("指标分") || n.equals("权重"))) {
                weight = i;
            }
            if (tgt < 0 && (n.contains("指标值") || n.contains("目标值")) && !n.contains("实际")) {
                tgt = i;
            }
            scored |= n.contains("得分") || n.startsWith("自评得");
        }
        return new HeaderHint(weight >= 0 && tgt >= 0 && weight < tgt, scored || weight >= 0);
    }

    List<Indicator> read(List<List<String>> rows, HeaderHint hint) {
        List<Indicator> out = new ArrayList<>();
        String l1 = null;
        String l2 = null;
        for (List<String> row : rows) {
            List<String> cells = splitMerged(row);
            int i = 0;
            String rowL1 = null;
            String rowL2 = null;
            // leading labels: the form's own group label, 一级, 二级, in any order and any cell
            List<String> rest = new ArrayList<>();
            for (String c : cells) {
                String n = Vocabulary.norm(c);
                if (c.isEmpty() || n.startsWith("年度绩效指标") || n.startsWith("四、")) {
                    continue;
                }
                String asL1 = vocabularyEntry(n, level1);
                String asL2 = vocabularyEntry(n, level2To1Raw.keySet());
                if (rest.isEmpty() && rowL1 == null && asL1 != null) {
                    rowL1 = asL1;
                } else if (rest.isEmpty() && rowL2 == null && asL2 != null) {
                    rowL2 = asL2;
                } else {
                    rest.add(c);
                }
                i++;
            }
            if (rowL2 != null) {
                l2 = rowL2;
                l1 = rowL1 != null && !level2To1Raw.containsKey(rowL1) ? rowL1 : level2To1Raw.get(rowL2).get(0);
                if (rowL1 != null && !level2To1Raw.get(rowL2).get(0).equals(rowL1) && level1.contains(rowL1)) {
                    l1 = level2To1Raw.get(rowL2).get(0);
                }
            } else if (rowL1 != null) {
                l1 = rowL1;
            }
            if (rest.isEmpty()) {
                continue;
            }
            Indicator ind = indicator(l1, l2, rest, hint);
            if (ind != null) {
                out.add(ind);
            }
        }
        return out;
    }

    private static final Pattern NUMBER_THEN_OP = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(≥|≤|>=|<=|=|<|>)$");

    /** Cells the rendering merged ('5.00 ≥': a weight and the target's operator) are split again. */
    private static List<String> splitMerged(List<String> row) {
        List<String> out = new ArrayList<>();
        for (String c : row) {
            String t = TextNormalizer.collapse(c);
            Matcher m = NUMBER_THEN_OP.matcher(t);
            if (m.matches()) {
                out.add(m.group(1));
                out.add(m.group(2));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** The vocabulary entry a label names, also when its merged cell clipped it (社会效益指). */
    private static String vocabularyEntry(String n, java.util.Collection<String> vocabulary) {
        if (vocabulary.contains(n)) {
            return n;
        }
        if (n.length() >= 3) {
            for (String v : vocabulary) {
                if (v.startsWith(n) && v.length() - n.length() <= 2) {
                    return v;
                }
            }
        }
        return null;
    }

    private Indicator indicator(String l1, String l2, List<String> rest, HeaderHint hint) {
        String name = rest.get(0);
        if (FormNumbers.isNumber(name)) {
            return null;
        }
        List<Integer> numeric = new ArrayList<>();
        for (int i = 1; i < rest.size(); i++) {
            if (FormNumbers.isPlainNumber(rest.get(i)) || FormNumbers.isPlainNumber(rest.get(i).replace(" ", ""))) {
                numeric.add(i);
            }
        }
        BigDecimal score = null;
        BigDecimal weight = null;
        int targetFound = -1;
        for (int i = 1; i < rest.size(); i++) {
            if (target.matcher(TextNormalizer.squeeze(rest.get(i))).find()) {
                targetFound = i;
                break;
            }
        }
        final int targetAt = targetFound;
        if (hint.scored() && !numeric.isEmpty()) {
            int last = numeric.get(numeric.size() - 1);
            score = FormNumbers.parse(rest.get(last)).orElse(null);
            if (hint.weightBeforeTarget()) {
                weight = numeric.stream().filter(i -> i < (targetAt < 0 ? rest.size() : targetAt)).findFirst()
                        .map(i -> FormNumbers.parse(rest.get(i)).orElse(null)).orElse(null);
            } else if (numeric.size() >= 2) {
                weight = FormNumbers.parse(rest.get(numeric.get(numeric.size() - 2))).orElse(null);
            }
        }
        String targetText = null;
        String actual = null;
        if (targetAt > 0) {
            StringBuilder t = new StringBuilder(rest.get(targetAt));
            int j = targetAt + 1;
            // 符号 | 值 | 单位 printed in separate cells
            if (TextNormalizer.squeeze(rest.get(targetAt)).matches("≥|≤|>=|<=|=|＝|<|>") && j < rest.size()) {
                t.append(rest.get(j++));
                if (j < rest.size() && !FormNumbers.isNumber(rest.get(j)) && rest.get(j).length() <= 4) {
                    t.append(rest.get(j++));
                }
            }
            targetText = t.toString();
            if (j < rest.size() && !(hint.scored() && !numeric.isEmpty() && j == numeric.get(numeric.size() - 1))) {
                actual = rest.get(j);
            }
        } else if (rest.size() >= 2) {
            targetText = hint.weightBeforeTarget() && rest.size() > 3 ? rest.get(2) : rest.get(1);
            actual = rest.size() >= 3 && !hint.weightBeforeTarget() ? rest.get(2) : null;
        }
        if (score == null && targetAt < 0) {
            // a fragment of a row the rendering split (a wrapped name, a clipped header): not an indicator
            return null;
        }
        TargetParts parts = TargetParts.of(targetText);
        return new Indicator(l1, l2, name, targetText, parts.op(), parts.value(), parts.unit(), actual, weight, score, null);
    }

    static Optional<BigDecimal> number(String s) {
        return FormNumbers.parse(s);
    }
}
