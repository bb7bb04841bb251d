package io.juesuan.performance;

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
 * The indicator rows of a 绩效目标表. Ruled forms come as grid rows and are read cell by cell. Unruled
 * ones reach us as lines in which a row's name and value wrap independently: the name in a narrow
 * column, the value in a wide one, the value on the row's first line, centred, at the bottom, below
 * or above the name, as the document's layout has it. What still tells the rows apart:
 * <ul>
 *   <li>a level line (绩效指标 产出指标 数量指标 …) opens a group, and may carry the group's first row;</li>
 *   <li>a row's name and value are separated by a printed space, by the value's operator (≥ ≤ =) or
 *       by a trailing quantity (100%, 14个);</li>
 *   <li>a cell only wraps when it fills its column, so a name line as wide as the name column (the
 *       commonest width of name fragments, measured per document) goes on, a shorter one ends the
 *       name; likewise a value line as wide as the widest value fragment;</li>
 *   <li>so a row is two streams, and a fragment either continues its open stream, fills the empty
 *       one, or starts the next row.</li>
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

    TargetIndicatorReader(PerformanceMapping.TargetForms targetForms, Vocabulary vocab, List<String> titles) {
        this.titles = titles;
        this.level1 = vocab.level1;
        vocab.cfg.level2ToLevel1().keySet().forEach(l2 -> {
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
        targetForms.levelColumn().forEach(n -> {
            column.add(Pattern.quote(n));
            levelColumn.add(Vocabulary.norm(n));
        });
        String l1 = String.join("|", level1.stream().map(Pattern::quote).toList());
        String l2 = String.join("|", level2Labels.stream().map(Pattern::quote).toList());
        levelLine = Pattern.compile("^(?:" + String.join("|", column) + ")\\s*(?<l1>" + l1 + ")\\s*(?:(?<l2>" + l2
                + ")\\s*)?(?<rest>.*)$");
        targetForms.noise().forEach(n -> noise.add(Pattern.compile(n)));
    }

    /** A row being read: its name and value so far and whether each is still wrapping. */
    private static final class Row {
        final String level1;
        final String level2;
        final StringBuilder name = new StringBuilder();
        StringBuilder value;
        boolean nameOpen;
        boolean valueOpen;
        /** The value came before the name: it is the taller cell, so the name ends no later than it. */
        boolean valueFirst;

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
        double nameWidth = nameColumnWidth(printed);
        double valueWidth = valueColumnWidth(printed, nameWidth);
        boolean valueAfterName = valueAfterName(printed, nameWidth);
        List<List<Indicator>> out = new ArrayList<>();
        for (List<Source> lines : content) {
            out.add(readForm(lines, new Columns(nameWidth, valueWidth, valueAfterName)));
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
     * may go on to the next line, a narrower one ends its cell. Infinite when no cell wraps. And
     * whether this document prints a row's value after (or on the last line of) its name, so a name
     * never goes on once its value came.
     */
    private record Columns(double name, double value, boolean valueAfterName) {
        boolean fillsName(String line) {
            return Math.abs(width(line) - name) < 0.75 && !closes(line);
        }

        boolean fillsValue(String line) {
            return width(line) > value - 1.25 && width(line) < value + 1 && !closes(line)
                    && !VALUE_START.matcher(line).find();
        }
    }

    /**
     * The name column's width: the commonest width (from 6 cells up, seen at least twice) among name
     * fragments — plain lines and the name part of lines that also hold a value — since every line
     * of a wrapped name but its last fills the column to within a character. Infinite when no
     * width repeats: then no name is taken to wrap.
     */
    private double nameColumnWidth(List<List<String>> content) {
        Map<Double, Integer> counts = new TreeMap<>();
        for (List<String> lines : content) {
            for (String l : lines) {
                if (levelLine.matcher(l).matches() || VALUE_START.matcher(l).find()) {
                    continue;
                }
                Split sp = split(l);
                String name = sp == null ? l : sp.name();
                double w = width(name);
                if (w >= 6 && !name.isEmpty() && CLOSING.indexOf(name.charAt(name.length() - 1)) < 0) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        double best = Double.MAX_VALUE;
        int bestCount = 1;
        for (Map.Entry<Double, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /**
     * The value column's width: the widest value fragment, as no fragment is wider than its column
     * and every line of a wrapped value but its last fills it.
     */
    private double valueColumnWidth(List<List<String>> content, double nameWidth) {
        double widest = 0;
        for (List<String> lines : content) {
            for (String l : lines) {
                if (levelLine.matcher(l).matches()) {
                    continue;
                }
                Split sp = split(l, nameWidth);
                double w = sp == null ? width(l) : width(sp.value());
                if (sp != null || w > nameWidth + 1) {
                    widest = Math.max(widest, w);
                }
            }
        }
        return widest == 0 ? Double.MAX_VALUE : widest;
    }

    /**
     * True when some wrapped name (a line filling the name column, then a shorter one) is followed
     * by its value on a line of its own: the layout puts values after names. Layouts that put the
     * value on a row's first or middle line never do that, and there a name may go on after it.
     */
    private boolean valueAfterName(List<List<String>> content, double nameWidth) {
        for (List<String> lines : content) {
            for (int i = 1; i + 1 < lines.size(); i++) {
                String before = lines.get(i - 1);
                String tail = lines.get(i);
                String next = lines.get(i + 1);
                if (isPlain(before) && Math.abs(width(before) - nameWidth) < 0.75 && isPlain(tail)
                        && width(tail) < nameWidth - 0.75 && VALUE_START.matcher(next).find() && split(next) == null) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isPlain(String line) {
        return !levelLine.matcher(line).matches() && split(line) == null && !VALUE_START.matcher(line).find();
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

    /**
     * Adds one line to the row being read, or starts the next row; returns the row now open. A row
     * is two streams, name and value, whose fragments arrive interleaved in whatever order the
     * layout puts them (value on the first line, centred against the name, after it, or before):
     * a fragment continues its stream while that stream is open (its last line filled the column),
     * fills it while it is still empty, and otherwise starts the next row.
     */
    private static Row take(String line, Row row, List<Row> rows, String l1, String l2, Columns columns) {
        Split split = split(line, columns.name());
        boolean plain = split == null && !VALUE_START.matcher(line).find();
        boolean nameSized = plain && width(line) <= columns.name() + 0.5;
        if (row != null && row.nameOpen && (row.value == null || !columns.valueAfterName())) {
            // a line with a value of its own goes on a name only while the row's value is missing or unfinished
            if (split != null && width(split.name()) <= columns.name() + 0.5 && (row.value == null || row.valueOpen)) {
                appendName(row, split.name(), columns);
                appendValue(row, split.value(), columns);
                return row;
            }
            if (nameSized) {
                appendName(row, line, columns);
                return row;
            }
        }
        if (row != null && row.name.isEmpty()) {
            // the value came first (centred against a taller name, or above it)
            if (split != null) {
                appendName(row, split.name(), columns);
                appendValue(row, split.value(), columns);
            } else if (nameSized) {
                appendName(row, line, columns);
            } else {
                appendValue(row, line, columns);
            }
            return row;
        }
        if (row != null && row.value == null) {
            // a row's value is the whole line, even one that looks like a name and a value itself
            appendValue(row, line, columns);
            return row;
        }
        if (row != null && row.valueOpen && split == null && !columns.fillsName(line)) {
            appendValue(row, line, columns);
            return row;
        }
        Row next = new Row(l1, l2);
        rows.add(next);
        if (split != null) {
            appendName(next, split.name(), columns);
            appendValue(next, split.value(), columns);
        } else if (nameSized) {
            appendName(next, line, columns);
        } else {
            appendValue(next, line, columns);
        }
        return next;
    }

    private static void appendName(Row row, String fragment, Columns columns) {
        row.name.append(fragment);
        row.nameOpen = columns.fillsName(fragment) && !(row.valueFirst && !row.valueOpen);
    }

    private static void appendValue(Row row, String fragment, Columns columns) {
        if (row.value == null) {
            row.value = new StringBuilder(fragment);
            row.valueFirst = row.name.isEmpty();
        } else {
            row.value.append(fragment);
        }
        row.valueOpen = columns.fillsValue(fragment);
        if (row.valueFirst && !row.valueOpen) {
            row.nameOpen = false;
        }
    }

    /**
     * Like {@link #split(String)}, and also at a space after punctuation when what precedes fills
     * the name column: a wrapped name's line may end in 、 (提供相关资料及时性、), while a space after
     * punctuation inside a value sentence (机制， 试点…) follows a short fragment.
     */
    private static Split split(String line, double nameWidth) {
        Split s = split(line);
        if (s != null) {
            return s;
        }
        for (int i = line.indexOf(' '); i > 0; i = line.indexOf(' ', i + 1)) {
            String left = line.substring(0, i);
            if (Math.abs(width(left) - nameWidth) < 0.75) {
                return new Split(left, line.substring(i + 1).strip());
            }
        }
        return null;
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
