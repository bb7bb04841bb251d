package io.juesuan.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.model.Indicator;
import io.juesuan.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicator rows of an unruled 绩效目标表, read from its lines alone. Such forms reach us as
 * lines in which a row's name and value wrap independently: the name in a narrow column, the value
 * in a wide one, either of them on the row's first line or on later ones. What still tells the
 * rows apart:
 * <ul>
 *   <li>a level line (绩效指标 产出指标 数量指标 …) opens a group, and may carry the group's first row;</li>
 *   <li>a row's name and value are separated by a printed space, by the value's operator (≥ ≤ =) or
 *       by a trailing quantity (100%, 14个);</li>
 *   <li>a name only wraps when it fills its column, so a name line as wide as the column (the most
 *       common width of plain lines, measured per document) continues on the next line, and a
 *       shorter one ends the name;</li>
 *   <li>likewise a value sentence goes on only while its lines fill the (wider) value column.</li>
 * </ul>
 * Values clipped by their cell in the source stay clipped; nothing is invented.
 */
final class TargetIndicatorReader {
    private static final Pattern OPERATOR = Pattern.compile("[≥≤＞＜><=＝≠]");
    private static final Pattern TRAILING_QUANTITY =
            Pattern.compile("^(?<name>.*[\\p{IsHan}）)”])(?<value>\\d[\\d,]*(?:\\.\\d+)?\\s*(?:%|\\p{IsHan}{1,3})?[。.]?)$");
    private static final Pattern VALUE_START = Pattern.compile("^(?:[≥≤＞＜><=＝≠]|\\d)");
    private static final String CLOSING = "，,、；;：:。.";

    private final Pattern levelLine;
    private final List<String> level2Labels = new ArrayList<>();
    private final Map<String, String> level2Canonical = new TreeMap<>();
    private final List<Pattern> noise = new ArrayList<>();
    private final List<String> titles;
    private final List<String> level1;
    private final List<String> levelColumn = new ArrayList<>();

    /** One line of a form: as printed, and its cells when it is a row of a ruled form (else null). */
    record Source(String printed, List<String> cells) {}

    TargetIndicatorReader(JsonNode targetForms, Vocabulary vocab, List<String> titles) {
        this.titles = titles;
        this.level1 = vocab.list("level1");
        vocab.cfg.get("level2ToLevel1").fieldNames().forEachRemaining(l2 -> {
            String n = Vocabulary.norm(l2);
            level2Canonical.put(n, n);
            // forms print some labels without their 指标 tail (经济成本 for 经济成本指标)
            if (n.endsWith("指标") && n.length() >= 6) {
                level2Canonical.putIfAbsent(n.substring(0, n.length() - 2), n);
            }
        });
        level2Labels.addAll(level2Canonical.keySet());
        level2Labels.sort(Comparator.comparingInt(String::length).reversed());
        List<String> column = new ArrayList<>();
        targetForms.get("levelColumn").forEach(n -> {
            column.add(Pattern.quote(n.asText()));
            levelColumn.add(Vocabulary.norm(n.asText()));
        });
        String l1 = String.join("|", level1.stream().map(Pattern::quote).toList());
        String l2 = String.join("|", level2Labels.stream().map(Pattern::quote).toList());
        levelLine = Pattern.compile("^(?:" + String.join("|", column) + ")\\s*(?<l1>" + l1 + ")\\s*(?:(?<l2>" + l2
                + ")\\s*)?(?<rest>.*)$");
        targetForms.get("noise").forEach(n -> noise.add(Pattern.compile(n.asText())));
    }

    /** A row being read: its name and value so far and whether each is still wrapping. */
    private static final class Row {
        final String level1;
        final String level2;
        final StringBuilder name = new StringBuilder();
        StringBuilder value;
        boolean nameOpen;
        boolean valueOpen;

        Row(String level1, String level2) {
            this.level1 = level1;
            this.level2 = level2;
        }
    }

    /** A line cut into a name and a value, or null when nothing in it separates the two. */
    private record Split(String name, String value) {}

    /**
     * Reads every form's indicator lines; {@code forms} holds, per form, its lines from the
     * indicator header on. The column widths are measured over all of them, since one document
     * prints all its forms alike.
     */
    List<List<Indicator>> read(List<List<Source>> forms) {
        List<List<Source>> content = forms.stream().map(this::content).toList();
        List<List<String>> printed = content.stream().map(f -> f.stream().filter(x -> x.cells() == null).map(Source::printed).toList()).toList();
        double nameWidth = commonWidth(printed, 6);
        double valueWidth = commonWidth(printed, nameWidth + 2);
        List<List<Indicator>> out = new ArrayList<>();
        for (List<Source> lines : content) {
            out.add(readForm(lines, new Columns(nameWidth, valueWidth)));
        }
        return out;
    }

    private List<Source> content(List<Source> lines) {
        List<Source> out = new ArrayList<>();
        for (Source l : lines) {
            String squeezed = TextNormalizer.squeeze(l.printed());
            // captions repeat on every page, also under a heading of their own ((二)单位预算项目绩效目标表)
            if (squeezed.isEmpty() || titles.stream().anyMatch(squeezed::endsWith) || noise.stream().anyMatch(p -> p.matcher(squeezed).matches())) {
                continue;
            }
            List<String> cells = l.cells() == null ? null
                    : l.cells().stream().map(TextNormalizer::collapse).filter(c -> !c.isEmpty()).toList();
            out.add(new Source(TextNormalizer.collapse(l.printed()), cells));
        }
        return out.isEmpty() ? out : out.subList(1, out.size());
    }

    /**
     * The widths of the name and the value column, in character cells: a line as wide as its column
     * may go on to the next line, a narrower one ends its cell. Infinite when no cell wraps.
     */
    private record Columns(double name, double value) {
        boolean fillsName(String line) {
            return Math.abs(width(line) - name) < 0.75 && !closes(line);
        }

        boolean fillsValue(String line) {
            return width(line) > value - 1.25 && width(line) < value + 1 && !closes(line)
                    && !VALUE_START.matcher(line).find();
        }
    }

    /**
     * The most common width, from {@code minWidth} up, among lines with nothing but words in them:
     * wrapped names (and wrapped value sentences) fill their column to within a character.
     */
    private double commonWidth(List<List<String>> content, double minWidth) {
        Map<Double, Integer> counts = new TreeMap<>();
        for (List<String> lines : content) {
            for (String l : lines) {
                double w = width(l);
                if (levelLine.matcher(l).matches() || split(l) != null || VALUE_START.matcher(l).find() || w < minWidth
                        || CLOSING.indexOf(l.charAt(l.length() - 1)) >= 0) {
                    continue;
                }
                counts.merge(w, 1, Integer::sum);
            }
        }
        double best = Double.MAX_VALUE;
        int bestCount = 2;
        for (Map.Entry<Double, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private List<Indicator> readForm(List<Source> lines, Columns columns) {
        List<Row> rows = new ArrayList<>();
        String l1 = null;
        String l2 = null;
        String l2Pending = null;
        Row row = null;
        for (Source source : lines) {
            String line = source.printed();
            if (source.cells() != null) {
                // a ruled row: level cells (blank where merged with the rows above), name, value
                List<String> cells = source.cells();
                // level cells come in column order (绩效指标, 一级, 二级); the first that is none, or
                // repeats a column already seen, is the indicator's name (服务对象满意度 is both)
                int k = 0;
                int stage = 0;
                for (; k < cells.size(); k++) {
                    String n = Vocabulary.norm(cells.get(k));
                    if (stage < 1 && levelColumn.contains(n)) {
                        stage = 1;
                        continue;
                    } else if (stage < 2 && level1.contains(n)
                            && (k + 1 < cells.size() && isLevel2(cells.get(k + 1)) || l1 == null || !isLevel2(n))) {
                        l1 = n;
                        l2 = null;
                        stage = 2;
                    } else if (stage < 3 && isLevel2(n)) {
                        l2 = level2Canonical.get(n);
                        stage = 3;
                    } else {
                        break;
                    }
                    row = null;
                }
                List<String> rest = cells.subList(k, cells.size());
                if (rest.size() == 1) {
                    row = take(rest.get(0), row, rows, l1, l2, columns);
                } else if (rest.size() > 1) {
                    row = new Row(l1, l2);
                    row.name.append(rest.get(0));
                    row.value = new StringBuilder(String.join(" ", rest.subList(1, rest.size())));
                    rows.add(row);
                }
                continue;
            }
            Matcher level = levelLine.matcher(line);
            if (level.matches()) {
                l1 = Vocabulary.norm(level.group("l1"));
                l2 = level.group("l2") == null ? null : level2Canonical.get(Vocabulary.norm(level.group("l2")));
                l2Pending = l2 == null ? "" : null;
                row = null;
                line = level.group("rest").strip();
                if (line.isEmpty()) {
                    continue;
                }
            } else if (l2Pending != null) {
                // a 三级 label wrapped in its cell (服务对象满意度 / 指标) arrives one fragment per line
                String joined = l2Pending + TextNormalizer.squeeze(line);
                String label = level2Labels.stream().filter(joined::startsWith).findFirst().orElse(null);
                boolean longer = level2Labels.stream().anyMatch(x -> x.length() > joined.length() && x.startsWith(joined));
                if (label != null && label.length() == joined.length() || longer) {
                    if (label != null) {
                        l2 = level2Canonical.get(label);
                    }
                    // 服务对象满意度 is a label already, yet its 指标 tail may still follow
                    l2Pending = longer ? joined : null;
                    continue;
                }
                l2Pending = null;
            }
            row = take(line, row, rows, l1, l2, columns);
        }
        List<Indicator> out = new ArrayList<>();
        for (Row r : rows) {
            String target = r.value == null ? null : r.value.toString();
            TargetParts parts = TargetParts.of(target);
            out.add(new Indicator(r.level1, r.level2, TextNormalizer.cleanName(r.name.toString()), target, parts.op(),
                    parts.value(), parts.unit(), null, null, null, null));
        }
        return out;
    }

    private boolean isLevel2(String cell) {
        return level2Canonical.containsKey(Vocabulary.norm(cell));
    }

    /** Adds one line to the row being read, or starts the next row; returns the row now open. */
    private static Row take(String line, Row row, List<Row> rows, String l1, String l2, Columns columns) {
        Split split = split(line);
        boolean plain = split == null && !VALUE_START.matcher(line).find();
        if (row != null && row.value == null) {
            if (row.nameOpen && split != null) {
                row.name.append(split.name());
                setValue(row, split.value(), columns);
            } else if (row.nameOpen && plain && width(line) <= columns.name() + 0.5) {
                row.name.append(line);
                row.nameOpen = columns.fillsName(line);
            } else {
                setValue(row, line, columns);
            }
            return row;
        }
        if (row != null && (row.valueOpen && plain && !columns.fillsName(line) || split == null && !plain)) {
            row.value.append(line);
            row.valueOpen = plain && columns.fillsValue(line);
            return row;
        }
        Row next = new Row(l1, l2);
        rows.add(next);
        if (split != null) {
            next.name.append(split.name());
            setValue(next, split.value(), columns);
        } else {
            next.name.append(line);
            next.nameOpen = columns.fillsName(line);
        }
        return next;
    }

    private static void setValue(Row row, String value, Columns columns) {
        row.value = new StringBuilder(value);
        row.nameOpen = false;
        row.valueOpen = columns.fillsValue(value);
    }

    private static Split split(String line) {
        for (int i = line.indexOf(' '); i > 0; i = line.indexOf(' ', i + 1)) {
            String left = line.substring(0, i);
            if (CLOSING.indexOf(left.charAt(left.length() - 1)) < 0 && !OPERATOR.matcher(left.substring(left.length() - 1)).matches()) {
                return new Split(left, line.substring(i + 1).strip());
            }
        }
        Matcher op = OPERATOR.matcher(line);
        if (op.find() && op.start() > 0) {
            return new Split(line.substring(0, op.start()).strip(), line.substring(op.start()).strip());
        }
        Matcher q = TRAILING_QUANTITY.matcher(line);
        if (q.matches() && !q.group("name").isBlank()) {
            return new Split(q.group("name").strip(), q.group("value").strip());
        }
        return null;
    }

    private static boolean closes(String s) {
        return !s.isEmpty() && "。.；;".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** Printed width in CJK character cells: half-width characters count one half. */
    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c < 0x2E80 && c != '“' && c != '”' && c != '—' ? 0.5 : 1;
        }
        return w;
    }
}
