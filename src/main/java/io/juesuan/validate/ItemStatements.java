package io.juesuan.validate;

import io.juesuan.model.Block;
import io.juesuan.model.Check;
import io.juesuan.model.Document;
import io.juesuan.model.Report;
import io.juesuan.model.Row;
import io.juesuan.model.TextLine;
import io.juesuan.normalize.Labels;
import io.juesuan.normalize.TextNormalizer;
import io.juesuan.normalize.Tolerance;
import io.juesuan.sections.Reflow;
import io.juesuan.tables.ItemsMapping;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 说明's statements about single 功能分类 items — a 决算's "社会保障和就业支出(类)行政事业单位养老支出(款)
 * 机关事业单位基本养老保险缴费支出(项)。年初预算为 2,188.35 万元，支出决算为 43.35 万元，完成年初预算的
 * 1.98%。决算数小于年初预算数…", a 预算's "“…（类）…（款）…（项）”53.84万元，… 2023年当年预算执行数为54.60万元，
 * 2024年预算安排53.84万元，比2023年预算执行数减少1.39%" — read from the reflowed running text of the
 * whole document with the patterns of checks.json {@code items}, each resolved to a code through the
 * report's own tables (a code printed in the brackets, else the names, older class names via
 * function-classes.json), and checked: the amount against the table, the stated rate / change by the
 * formulas of {@code items.<kind>.formulas} (tolerance from the printed rounding), the direction word
 * against the amounts, the same item stated with two amounts, the stated names against the table's.
 * All independent of how the tables were read.
 */
final class ItemStatements {
    static final String NUM = "\\d[\\d,]*(?:\\.\\d+)?";

    /** One statement as read. {@code figures}: name → value as printed (scale = printed decimals). */
    record Statement(String text, String[] names, String[] codes, Map<String, BigDecimal> figures,
            List<BigDecimal> planned, String direction) {
        String label() {
            StringBuilder b = new StringBuilder();
            String[] lv = {"类", "款", "项"};
            for (int i = 0; i < 3; i++) {
                if (names[i] != null) {
                    b.append(names[i]).append('(').append(codes[i] == null ? "" : codes[i]).append(lv[i]).append(')');
                }
            }
            return b.toString();
        }
    }

    /** A statement and the code it resolves to (null with the reason when it does not). */
    record Outcome(Statement statement, String code, String reason) {}

    private final ChecksMapping.Items cfg;
    /** 功能分类 class code → its names, the current one first (function-classes.json). */
    private final Map<String, List<String>> classes;
    private final Pattern names;
    private final Pattern strip;

    private Map<String, String> codeList = Map.of();

    /** @param items checks.json {@code items}; @param functionClasses function-classes.json */
    ItemStatements(ChecksMapping.Items items, ItemsMapping.FunctionClasses functionClasses) {
        this.cfg = items;
        this.classes = functionClasses.classes();
        this.names = Pattern.compile(items.names());
        this.strip = Pattern.compile(items.strip());
    }

    /** A code list (code → name) to resolve names the tables do not print; see codes.json. */
    ItemStatements withCodeList(Map<String, String> list) {
        if (list != null) {
            codeList = list;
        }
        return this;
    }

    /** The paragraphs of the document's running text, reflowed (no section parse needed). */
    static List<String> paragraphs(Document doc) {
        List<Reflow.Line> lines = new ArrayList<>();
        boolean grid = false;
        for (Block b : doc.blocks()) {
            if (b instanceof TextLine t) {
                if (!t.text().isBlank()) {
                    lines.add(new Reflow.Line(TextNormalizer.collapse(t.text()), grid));
                    grid = false;
                }
            } else {
                grid = true;
            }
        }
        return Reflow.paragraphs(lines, Reflow.margin(lines.stream().map(Reflow.Line::text).toList()));
    }

    /** Every item statement of the paragraphs, for the report kind's patterns. */
    List<Statement> read(List<String> paragraphs, String kind) {
        ChecksMapping.ItemKind k = cfg.of(kind);
        List<Statement> out = new ArrayList<>();
        if (k == null) {
            return out;
        }
        for (String para : paragraphs) {
            String p = strip.matcher(TextNormalizer.squeeze(para)).replaceAll("");
            Matcher m = names.matcher(p);
            List<int[]> spans = new ArrayList<>();
            List<String[]> ns = new ArrayList<>();
            List<String[]> cs = new ArrayList<>();
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
                ns.add(new String[] {m.group("c"), m.group("k"), m.group("x")});
                cs.add(new String[] {m.group("cc"), m.group("kc"), m.group("xc")});
            }
            for (int i = 0; i < spans.size(); i++) {
                int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : p.length();
                String body = p.substring(spans.get(i)[1], end);
                String text = p.substring(spans.get(i)[0], end);
                Map<String, BigDecimal> figures = new LinkedHashMap<>();
                for (Map.Entry<String, String> f : k.figures().entrySet()) {
                    Matcher fm = Pattern.compile(f.getValue().replace("{NUM}", NUM)).matcher(body);
                    if (fm.find()) {
                        BigDecimal v = new BigDecimal(fm.group("v").replace(",", ""));
                        if (hasGroup(fm, "d") && fm.group("d") != null && k.negative().contains(fm.group("d"))) {
                            v = v.negate();
                        }
                        figures.put(f.getKey(), v);
                    }
                }
                List<BigDecimal> planned = new ArrayList<>();
                if (k.repeat() != null) {
                    Matcher rm = Pattern.compile(k.repeat().replace("{NUM}", NUM)).matcher(body);
                    while (rm.find()) {
                        planned.add(new BigDecimal(rm.group("v").replace(",", "")));
                    }
                }
                String direction = null;
                Matcher dm = Pattern.compile(k.direction()).matcher(body);
                if (dm.find()) {
                    direction = dm.group("d") != null ? dm.group("d") : dm.group("e");
                }
                if (figures.isEmpty() && planned.isEmpty()) {
                    continue; // a name with no figure: a glossary entry (…(项)：反映…) or a heading, not a statement
                }
                out.add(new Statement(text, ns.get(i), cs.get(i), figures, planned, direction));
            }
        }
        return out;
    }

    private static boolean hasGroup(Matcher m, String g) {
        try {
            m.group(g);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Reads, resolves and checks; returns the outcomes (for tests and counts). */
    List<Outcome> run(Report report, Document doc, Tables t, CheckBuilder b) {
        String kind = report.report().kind();
        ChecksMapping.ItemKind k = cfg.of(kind);
        List<Outcome> outcomes = new ArrayList<>();
        if (k == null || doc == null) {
            return outcomes;
        }
        Check.Basis old = b.basis(Check.Basis.INDEPENDENT);
        try {
            List<Statement> statements = read(paragraphs(doc), kind);
            List<String> tables = k.tables();
            String column = k.column();
            Map<String, Statement> firstByCode = new LinkedHashMap<>();
            int n = 0;
            for (Statement s : statements) {
                n++;
                Resolution r = resolve(s, t, tables);
                String id = "narrative.item." + (r.code == null ? "#" + n : r.code);
                String quote = "'" + shorten(s.text()) + "'";
                outcomes.add(new Outcome(s, r.code, r.reason));
                // checks that need no table: the statement's own figures
                formulas(k, s, id, quote, b);
                direction(k, s, id, quote, b);
                BigDecimal amount = s.figures().get("amount");
                for (BigDecimal p : s.planned()) {
                    if (amount != null && p.compareTo(amount) != 0) {
                        b.compare(id + ".twice", amount, p, quote + " states the item as " + amount.toPlainString()
                                + " 万元 and again as " + p.toPlainString() + " 万元");
                    }
                }
                if (r.code == null) {
                    b.skip(id + ".resolve", quote + ": " + r.reason);
                    continue;
                }
                for (String mismatch : r.nameMismatches) {
                    b.add(new Check(id + ".name", Check.Status.FAIL, null, null, null, null, quote + ": " + mismatch));
                }
                if (r.nameMismatches.isEmpty() && r.row != null) {
                    b.add(new Check(id + ".name", Check.Status.PASS, null, null, null, null, quote + ": names as in " + r.table));
                }
                Statement first = firstByCode.putIfAbsent(r.code, s);
                if (first != null && amount != null && first.figures().get("amount") != null
                        && first.figures().get("amount").compareTo(amount) != 0) {
                    b.compare(id + ".twice", first.figures().get("amount"), amount, "item " + r.code + " is stated as "
                            + first.figures().get("amount").toPlainString() + " 万元 in '" + shorten(first.text()) + "' and as "
                            + amount.toPlainString() + " 万元 in " + quote);
                }
                if (amount == null) {
                    b.skip(id + ".amount", quote + ": no amount read from the statement");
                } else if (r.row == null) {
                    b.skip(id + ".amount", quote + ": " + r.code + " is not a row of " + String.join(" / ", tables));
                } else {
                    BigDecimal cell = r.row.values().get(column);
                    b.compare(id + ".amount", amount, cell == null ? BigDecimal.ZERO : cell, quote + " states "
                            + amount.toPlainString() + " 万元; " + r.table + " " + r.code + "." + column + " (page " + r.row.page()
                            + ") prints " + (cell == null ? "blank" : cell.toPlainString()));
                }
            }
        } finally {
            b.basis(old);
        }
        return outcomes;
    }

    private static void formulas(ChecksMapping.ItemKind k, Statement s, String id, String quote, CheckBuilder b) {
        for (ChecksMapping.ItemFormula f : k.formulas()) {
            Formula formula = new Formula(f.expect());
            List<Map<String, BigDecimal>> variants = new ArrayList<>();
            variants.add(s.figures());
            // an item stated twice: the rate may follow from either amount
            for (BigDecimal p : s.planned()) {
                Map<String, BigDecimal> v = new LinkedHashMap<>(s.figures());
                v.put("amount", p);
                variants.add(v);
            }
            Formula.Result best = null;
            for (Map<String, BigDecimal> v : variants) {
                Formula.Result r = formula.evaluate(v);
                if (r != null && (best == null || r.expected().subtract(v.get(formula.target())).abs()
                        .compareTo(best.expected().subtract(v.get(formula.target())).abs()) < 0)) {
                    best = r;
                }
            }
            String fid = id + "." + f.id();
            if (!s.figures().containsKey(formula.target())) {
                continue;
            }
            if (best == null && f.zero() != null && s.figures().containsKey(f.zero())
                    && s.figures().get(f.zero()).signum() == 0) {
                b.skip(fid, quote + ": " + f.zero() + " is 0, so no " + formula.target() + " in % follows from the figures");
                continue;
            }
            if (best == null) {
                b.skip(fid, quote + ": states " + formula.target() + " but not every figure of " + f.expect());
                continue;
            }
            BigDecimal stated = s.figures().get(formula.target());
            BigDecimal diff = stated.subtract(best.expected());
            boolean ok = diff.abs().compareTo(best.tolerance()) <= 0;
            String msg = quote + ": " + f.message() + " " + f.expect() + " gives "
                    + best.expected().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + ", stated "
                    + stated.toPlainString() + " (within printed rounding ±" + best.tolerance().toPlainString() + ")";
            b.add(new Check(fid, ok ? Check.Status.PASS : Check.Status.FAIL, best.expected().setScale(4, java.math.RoundingMode.HALF_UP),
                    stated, diff.setScale(4, java.math.RoundingMode.HALF_UP), best.tolerance(), msg));
        }
    }

    /** 大于 / 小于 / 持平 (决算 vs 年初预算), 增加 / 减少 / 持平 (预算 vs last year) against the two amounts. */
    private static void direction(ChecksMapping.ItemKind k, Statement s, String id, String quote, CheckBuilder b) {
        if (s.direction() == null || k.compare().isEmpty()) {
            return;
        }
        if (k.directionWithout() != null && s.figures().containsKey(k.directionWithout())) {
            return; // 增加 / 减少 is the sign of the stated change, checked with it: one error, one failure
        }
        BigDecimal a = s.figures().get(k.compare().get(0));
        BigDecimal base = s.figures().get(k.compare().get(1));
        if (a == null || base == null) {
            return;
        }
        String d = s.direction();
        int cmp = a.compareTo(base);
        boolean ok;
        if (k.more().contains(d)) {
            ok = cmp > 0;
        } else if (k.less().contains(d)) {
            ok = cmp < 0;
        } else {
            // 持平: equal as printed; 基本持平: within 2 %
            BigDecimal slack = d.contains("基本") ? base.abs().multiply(Tolerance.NEARLY_EQUAL_SHARE) : Tolerance.HALF_CENT;
            ok = a.subtract(base).abs().compareTo(slack) <= 0;
        }
        b.add(new Check(id + ".direction", ok ? Check.Status.PASS : Check.Status.FAIL, null, null, null, null,
                quote + ": '" + d + "' with " + a.toPlainString() + " against " + base.toPlainString()));
    }

    private static String shorten(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    private static final class Resolution {
        String code;
        String reason;
        Row row;
        String table;
        final List<String> nameMismatches = new ArrayList<>();
    }

    private Resolution resolve(Statement s, Tables t, List<String> tables) {
        Resolution r = new Resolution();
        String[] names = s.names();
        String[] codes = s.codes();
        String code = "";
        for (int level = 0; level < 3; level++) {
            if (names[level] == null) {
                break;
            }
            String printedCode = codes[level];
            String want = Labels.core(names[level]);
            if (level == 0 && printedCode == null) {
                want = classSuffix(want, t, tables);
                names[0] = want;
            }
            String prefix = code;
            int len = level == 0 ? 3 : 3 + 2 * level;
            String found = null;
            String foundTable = null;
            Row foundRow = null;
            if (printedCode != null) {
                found = level == 0 ? printedCode : prefix + printedCode;
            }
            for (String table : tables) {
                for (Row row : t.rows(table)) {
                    if (row.code() == null || row.code().length() != len || !row.code().startsWith(prefix)) {
                        continue;
                    }
                    if (found != null ? row.code().equals(found) : Labels.core(row.name() == null ? "" : row.name()).equals(want)) {
                        found = row.code();
                        foundRow = row;
                        foundTable = table;
                        break;
                    }
                }
                if (foundRow != null) {
                    break;
                }
            }
            if (found == null && level == 0) {
                found = classByName(want);
                if (found != null && !isCurrentName(found, want)) {
                    r.nameMismatches.add("类 named '" + names[0] + "', an older name of " + found + " '" + currentName(found) + "'");
                }
            }
            if (found == null) {
                for (Map.Entry<String, String> e : codeList.entrySet()) {
                    if (e.getKey().length() == len && e.getKey().startsWith(prefix) && Labels.core(e.getValue()).equals(want)) {
                        found = e.getKey();
                        break;
                    }
                }
            }
            if (found == null) {
                r.reason = "'" + names[level] + "' (" + "类款项".charAt(level) + ") is not a row of "
                        + String.join(" / ", tables) + (prefix.isEmpty() ? "" : " under " + prefix);
                return r;
            }
            if (foundRow != null && foundRow.name() != null && !Labels.core(foundRow.name()).equals(want)) {
                boolean older = level == 0 && found.equals(classByName(want));
                r.nameMismatches.add("'" + names[level] + "' for " + found + ", which " + foundTable + " (page " + foundRow.page()
                        + ") names '" + foundRow.name() + "'" + (older ? " (an older name of the class)" : ""));
            } else if (foundRow == null && level == 0 && printedCode != null) {
                String byName = classByName(want);
                if (byName != null && !byName.equals(found)) {
                    r.nameMismatches.add("'" + names[0] + "' is class " + byName + ", the statement prints " + found);
                } else if (byName != null && !isCurrentName(found, want)) {
                    r.nameMismatches.add("类 named '" + names[0] + "', an older name of " + found + " '" + currentName(found) + "'");
                }
            }
            code = found;
            r.row = foundRow;
            r.table = foundTable;
        }
        r.code = code;
        return r;
    }

    /**
     * The class name within what the pattern took: running text may lead into it with no punctuation
     * ("…主要内容如下社会保障和就业支出(类)"), so the longest tail that is a class of the tables or of
     * function-classes.json is the name; else what was read.
     */
    private String classSuffix(String core, Tables t, List<String> tables) {
        for (int i = 0; i + 4 <= core.length(); i++) {
            String tail = core.substring(i);
            if (classByName(tail) != null) {
                return tail;
            }
            for (String table : tables) {
                for (Row row : t.rows(table)) {
                    if (row.code() != null && row.code().length() == 3 && row.name() != null && Labels.core(row.name()).equals(tail)) {
                        return tail;
                    }
                }
            }
        }
        return core;
    }

    private String classByName(String core) {
        for (Map.Entry<String, List<String>> e : classes.entrySet()) {
            for (String n : e.getValue()) {
                if (Labels.core(n).equals(core)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private boolean isCurrentName(String code, String core) {
        return classes.containsKey(code) && Labels.core(classes.get(code).get(0)).equals(core);
    }

    private String currentName(String code) {
        return classes.containsKey(code) ? classes.get(code).get(0) : "?";
    }
}
