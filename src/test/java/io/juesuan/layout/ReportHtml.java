package io.juesuan.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a report's tables from its gold JSON as HTML the way the 决算 templates print them — cover,
 * part heading, and per table its title, 公开NN表 label, 单位 and 金额单位 lines, the template's
 * header (merged cells included) and the rows — in one {@link LayoutVariant}. Chromium turns the HTML
 * into the PDF the test reads back.
 */
public final class ReportHtml {
    private ReportHtml() {}

    /** A header or body cell. */
    record Cell(String text, int colspan, int rowspan, boolean num) {
        static Cell of(String text) {
            return new Cell(text, 1, 1, false);
        }

        static Cell num(String text) {
            return new Cell(text, 1, 1, true);
        }

        static Cell span(String text, int colspan, int rowspan) {
            return new Cell(text, colspan, rowspan, false);
        }
    }

    /** A table as printed: column kinds (for widths), header rows, body rows, a note under it. */
    record Printed(List<String> kinds, List<List<Cell>> header, List<List<Cell>> body, String note) {}

    public static String render(JsonNode gold, LayoutVariant v) {
        JsonNode meta = gold.get("report");
        int year = meta.get("year").asInt();
        String unit = meta.get("unit").asText();
        boolean dept = "department".equals(meta.get("scope").asText());
        String who = dept ? "部门" : "单位";
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>\n");
        h.append(css(v));
        h.append("</style></head><body>\n");
        h.append("<div class=\"cover\"><p>").append(year).append(" 年度</p><p>").append(esc(unit)).append("</p><p>")
                .append(who).append("决算</p></div>\n");
        h.append("<p class=\"part\">第二部分</p><p class=\"part\">").append(year).append(" 年度").append(who)
                .append("决算表</p>\n");
        Iterator<Map.Entry<String, JsonNode>> it = gold.get("tables").fields();
        boolean first = true;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Printed p = printed(e.getKey(), e.getValue(), v);
            if (p == null) {
                continue;
            }
            JsonNode t = e.getValue();
            h.append("<div class=\"table").append(first ? " first" : "").append("\">\n");
            first = false;
            h.append("<p class=\"title\">").append(esc(t.get("title").asText())).append("</p>\n");
            String label = t.get("label").asText();
            String unitLine = who + "：" + esc(unit);
            if (v.olderTemplate()) {
                h.append("<p class=\"caption\"><span>").append(unitLine).append("</span><span>")
                        .append(spaced(label)).append("</span></p>\n");
                h.append("<p class=\"caption\"><span></span><span>金额单位：万元</span></p>\n");
            } else {
                h.append("<p class=\"label\">").append(spaced(label)).append("</p>\n");
                h.append("<p class=\"unit\">").append(unitLine).append("</p>\n");
                h.append("<p class=\"unit\">金额单位：万元</p>\n");
            }
            table(h, p, v);
            if (p.note() != null) {
                h.append("<p class=\"note\">").append(esc(p.note())).append("</p>\n");
            }
            h.append("</div>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    /**
     * A budget (预算) report: cover, 公开表2 收入总体情况表 and 公开表3 支出总体情况表 as the sample's
     * template prints them (codes split per level: 208, 05, 01; 部门（单位）and 单位：万元 on one line),
     * then the part-3 heading. The partial gold carries no names: {@code names} gives them by code.
     */
    public static String renderBudget(JsonNode gold, Map<String, String> names, LayoutVariant v) {
        JsonNode meta = gold.get("report");
        int year = meta.get("year").asInt();
        String unit = meta.get("unit").asText();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>\n").append(css(v))
                .append("</style></head><body>\n");
        h.append("<div class=\"cover\"><p>").append(esc(unit)).append("</p><p>").append(year)
                .append("年单位预算</p></div>\n");
        String[][] tables = {{"budget_income", "公开表2"}, {"budget_expenditure", "公开表3"}};
        boolean first = true;
        for (String[] spec : tables) {
            JsonNode t = gold.get("tables").get(spec[0]);
            boolean income = spec[0].equals("budget_income");
            List<String> labels = income ? List.of("合计", "财政拨款收入", "一般公共预算收入", "事业收入", "其他收入")
                    : List.of("合计", "基本支出", "项目支出", "结转下年");
            List<String> kinds = new ArrayList<>(List.of("code", "name"));
            labels.forEach(l -> kinds.add("num"));
            List<List<Cell>> header = new ArrayList<>();
            List<Cell> r1 = new ArrayList<>(List.of(Cell.of("科目编码"), Cell.of("科目名称")));
            labels.forEach(l -> r1.add(Cell.of(l)));
            header.add(r1);
            List<List<Cell>> body = new ArrayList<>();
            for (JsonNode r : t.get("rows")) {
                String key = r.get("key").asText();
                JsonNode vals = r.get("values");
                List<Cell> row = new ArrayList<>();
                if (key.equals("total")) {
                    row.add(Cell.of(""));
                    row.add(Cell.of("合 计"));
                } else {
                    row.add(Cell.of(key.length() <= 3 ? key : key.substring(key.length() - 2)));
                    row.add(Cell.of(names.getOrDefault(key, "")));
                }
                if (income) {
                    String total = amount(vals.get("total"), v);
                    row.addAll(List.of(Cell.num(total), Cell.num(total), Cell.num(total), Cell.num(""), Cell.num("")));
                } else {
                    for (String c : List.of("total", "basic", "project")) {
                        row.add(Cell.num(amount(vals.get(c), v)));
                    }
                    row.add(Cell.num(""));
                }
                body.add(row);
            }
            h.append("<div class=\"table").append(first ? " first" : "").append("\">\n");
            first = false;
            h.append("<p class=\"label\">").append(spec[1]).append("</p>\n");
            h.append("<p class=\"title\">").append(esc(t.get("title").asText())).append("</p>\n");
            h.append("<p>部门（单位）：").append(esc(unit)).append(" 单位：万元</p>\n");
            table(h, new Printed(kinds, header, body, null), v);
            h.append("</div>\n");
        }
        h.append("<div class=\"table\"><p class=\"part\">第三部分</p><p class=\"part\">").append(year)
                .append("年单位预算情况和重要事项说明</p></div>\n</body></html>\n");
        return h.toString();
    }

    /** 公开01表 → 公开 01 表, as most templates print it. */
    private static String spaced(String label) {
        return label.replaceFirst("公开(\\d+)表", "公开 $1 表");
    }

    private static String css(LayoutVariant v) {
        String font = v.type3() ? "\"Noto Sans CJK SC\"" : "\"WenQuanYi Zen Hei\"";
        String rule = "0.6pt solid #000";
        StringBuilder c = new StringBuilder();
        c.append("@page { size: A4 ").append(v.landscape() ? "landscape" : "portrait").append("; margin: 14mm 12mm; }\n");
        c.append("body { font-family: ").append(font).append("; font-size: ").append(v.cellPt()).append("pt; margin: 0; }\n");
        c.append("p { margin: 2pt 0; }\n");
        c.append(".cover { text-align: center; font-size: 22pt; padding-top: 60mm; break-after: page; }\n");
        c.append(".part { text-align: center; font-size: 18pt; }\n");
        c.append(".table { break-before: page; }\n");
        c.append(".table.first { break-before: auto; }\n");
        c.append(".title { text-align: center; font-size: 16pt; margin: 6pt 0; }\n");
        c.append(".label { text-align: right; }\n");
        c.append(".caption { display: flex; justify-content: space-between; }\n");
        c.append(".note { font-size: ").append(Math.min(v.cellPt(), 10)).append("pt; }\n");
        c.append("table { border-collapse: collapse; ").append(v.narrow() ? "table-layout: fixed; " : "width: 100%; ")
                .append("}\n");
        c.append("td, th { border: ").append(rule).append("; padding: 1pt 2pt; font-weight: normal; ")
                .append("word-break: break-all; }\n");
        c.append("th, td.h { font-size: ").append(v.headerPt()).append("pt; text-align: center; }\n");
        c.append("td { font-size: ").append(v.cellPt()).append("pt; }\n");
        c.append("td.n { text-align: right; white-space: nowrap; }\n");
        if (!v.allBorders()) {
            c.append("td.b { border-top: none; border-bottom: none; }\n");
            c.append("tr.last td.b { border-bottom: ").append(rule).append("; }\n");
        }
        c.append("tr.brk { break-before: page; }\n");
        return c.toString();
    }

    private static void table(StringBuilder h, Printed p, LayoutVariant v) {
        h.append("<table>");
        if (v.narrow()) {
            h.append("<colgroup>");
            for (String k : p.kinds()) {
                h.append("<col style=\"width:").append(width(k, v)).append("mm\">");
            }
            h.append("</colgroup>");
        }
        h.append('\n');
        if (v.repeatHeader()) {
            h.append("<thead>\n");
            for (List<Cell> row : p.header()) {
                row(h, row, "th", "", "");
            }
            h.append("</thead>\n<tbody>\n");
        } else {
            h.append("<tbody>\n");
            for (List<Cell> row : p.header()) {
                row(h, row, "td", "h", "");
            }
        }
        for (int i = 0; i < p.body().size(); i++) {
            String trClass = (v.breakAt() > 0 && i == v.breakAt() && p.body().size() > v.breakAt() + 1 ? "brk " : "")
                    + (i == p.body().size() - 1 ? "last" : "");
            row(h, p.body().get(i), "td", "b", trClass.trim());
        }
        h.append("</tbody></table>\n");
    }

    private static void row(StringBuilder h, List<Cell> row, String tag, String cls, String trClass) {
        h.append("<tr").append(trClass.isEmpty() ? "" : " class=\"" + trClass + "\"").append('>');
        for (Cell c : row) {
            String cl = (cls + (c.num() ? " n" : "")).trim();
            h.append('<').append(tag);
            if (!cl.isEmpty()) {
                h.append(" class=\"").append(cl).append('"');
            }
            if (c.colspan() > 1) {
                h.append(" colspan=\"").append(c.colspan()).append('"');
            }
            if (c.rowspan() > 1) {
                h.append(" rowspan=\"").append(c.rowspan()).append('"');
            }
            h.append('>').append(esc(c.text())).append("</").append(tag).append('>');
        }
        h.append("</tr>\n");
    }

    private static int width(String kind, LayoutVariant v) {
        return switch (kind) {
            case "code" -> 15;
            case "name" -> v.landscape() ? 40 : 27;
            case "line" -> 9;
            case "fund" -> 11;
            default -> v.landscape() ? 20 : 15;
        };
    }

    // ---------------------------------------------------------------- the templates

    private static Printed printed(String key, JsonNode t, LayoutVariant v) {
        return switch (key) {
            case "income_expenditure_summary" -> summary(t, v, false);
            case "fiscal_appropriation_summary" -> summary(t, v, true);
            case "income" -> coded(t, v, List.of("本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
                    "附属单位上缴收入", "其他收入"), null, "注：本表反映" + "单位本年度取得的各项收入情况。");
            case "expenditure" -> coded(t, v, List.of("本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出",
                    "对附属单位补助支出"), null, "注：本表反映单位本年度各项支出情况。");
            case "general_budget_expenditure" -> coded(t, v, List.of("小计", "基本支出", "项目支出"), "本年支出",
                    "注：本表反映单位本年度一般公共预算财政拨款支出情况。");
            case "state_capital" -> coded(t, v, List.of("小计", "基本支出", "项目支出"), "本年支出",
                    t.path("empty").asBoolean() ? "注：本单位没有使用国有资本经营预算安排的支出，故本表无数据。" : null);
            case "government_fund" -> coded(t, v, List.of("年初结转和结余", "本年收入", "小计", "基本支出", "项目支出",
                    "年末结转和结余"), "本年支出", t.path("empty").asBoolean()
                            ? "注：本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。" : null);
            case "general_budget_basic_expenditure" -> economic(t, v);
            case "three_public" -> threePublic(t, v);
            default -> null;
        };
    }

    /** 01 / 04: 收入 and 支出 side by side, rows paired by 行次. */
    private static Printed summary(JsonNode t, LayoutVariant v, boolean fiscal) {
        List<String> kinds = new ArrayList<>(List.of("name", "line", "num", "name", "line", "num"));
        List<List<Cell>> header = new ArrayList<>();
        List<String> expCols = fiscal ? List.of("total", "general_budget", "government_fund", "state_capital")
                : List.of("amount");
        if (fiscal) {
            kinds.addAll(List.of("num", "num", "num"));
            header.add(List.of(Cell.span("收入", 3, 1), Cell.span("支出", 6, 1)));
            header.add(List.of(Cell.of("项目"), Cell.of("行次"), Cell.of("金额"), Cell.of("项目"), Cell.of("行次"),
                    Cell.of("合计"), Cell.of("一般公共预算财政拨款"), Cell.of("政府性基金预算财政拨款"),
                    Cell.of("国有资本经营预算财政拨款")));
            header.add(List.of(Cell.of("栏次"), Cell.of(""), Cell.of("1"), Cell.of("栏次"), Cell.of(""), Cell.of("2"),
                    Cell.of("3"), Cell.of("4"), Cell.of("5")));
        } else {
            header.add(List.of(Cell.span("收入", 3, 1), Cell.span("支出", 3, 1)));
            header.add(List.of(Cell.of("项目"), Cell.of("行次"), Cell.of("金额"), Cell.of("项目"), Cell.of("行次"),
                    Cell.of("金额")));
            header.add(List.of(Cell.of("栏次"), Cell.of(""), Cell.of("1"), Cell.of("栏次"), Cell.of(""), Cell.of("2")));
        }
        Map<Integer, JsonNode> income = new LinkedHashMap<>();
        Map<Integer, JsonNode> exp = new LinkedHashMap<>();
        int minExp = Integer.MAX_VALUE;
        int maxIncome = 0;
        int maxExp = 0;
        for (JsonNode r : t.get("rows")) {
            int line = r.get("line").asInt();
            if ("income".equals(r.get("side").asText())) {
                income.put(line, r);
                maxIncome = Math.max(maxIncome, line);
            } else {
                exp.put(line, r);
                minExp = Math.min(minExp, line);
                maxExp = Math.max(maxExp, line);
            }
        }
        int offset = minExp - 1;
        int n = Math.max(maxIncome, maxExp - offset);
        List<List<Cell>> body = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            List<Cell> row = new ArrayList<>();
            JsonNode in = income.get(i);
            row.add(Cell.of(in == null ? "" : in.get("name").asText()));
            row.add(Cell.of(String.valueOf(i)));
            row.add(Cell.num(in == null ? "" : amount(in.get("values").get("amount"), v)));
            JsonNode ex = exp.get(i + offset);
            row.add(Cell.of(ex == null ? "" : ex.get("name").asText()));
            row.add(Cell.of(String.valueOf(i + offset)));
            for (String c : expCols) {
                row.add(Cell.num(ex == null ? "" : amount(ex.get("values").get(c), v)));
            }
            body.add(row);
        }
        return new Printed(kinds, header, body, fiscal
                ? "注：本表反映单位本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。"
                : "注：本表反映单位本年度的总收入和年末结转结余情况。");
    }

    /**
     * 02 / 03 / 05 / 07 / 08: 项目 over 科目编码 | 科目名称; each value column's label spans both header
     * rows, or (group != null) the columns from 小计 on sit under one group cell.
     */
    private static Printed coded(JsonNode t, LayoutVariant v, List<String> labels, String group, String note) {
        List<String> cols = new ArrayList<>();
        t.get("columns").forEach(c -> cols.add(c.asText()));
        boolean fund = t.path("title").asText().startsWith("政府性基金");
        List<String> kinds = new ArrayList<>(List.of("code", "name"));
        for (int i = 0; i < labels.size(); i++) {
            kinds.add(fund && v.olderTemplate() ? "fund" : "num");
        }
        String codeLabel = v.olderTemplate() ? "功能分类科目编码" : "科目编码";
        List<List<Cell>> header = new ArrayList<>();
        List<Cell> r1 = new ArrayList<>();
        List<Cell> r2 = new ArrayList<>(List.of(Cell.of(codeLabel), Cell.of("科目名称")));
        r1.add(Cell.span("项目", 2, 1));
        int groupAt = group == null ? -1 : labels.indexOf("小计");
        for (int i = 0; i < labels.size(); i++) {
            if (i == groupAt) {
                r1.add(Cell.span(group, 3, 1));
                r2.add(Cell.of(labels.get(i)));
                r2.add(Cell.of(labels.get(i + 1)));
                r2.add(Cell.of(labels.get(i + 2)));
                i += 2;
            } else {
                r1.add(Cell.span(labels.get(i), 1, 2));
            }
        }
        header.add(r1);
        header.add(r2);
        List<Cell> numbers = new ArrayList<>(List.of(Cell.span("栏次", 2, 1)));
        for (int i = 1; i <= labels.size(); i++) {
            numbers.add(Cell.of(String.valueOf(i)));
        }
        header.add(numbers);
        List<List<Cell>> body = new ArrayList<>();
        for (JsonNode r : t.get("rows")) {
            List<Cell> row = new ArrayList<>();
            if ("total".equals(r.get("key").asText())) {
                if (v.olderTemplate()) {
                    row.add(Cell.of(""));
                    row.add(Cell.of("合 计"));
                } else {
                    row.add(Cell.span("合计", 2, 1));
                }
            } else {
                row.add(Cell.of(r.path("code").asText("")));
                row.add(Cell.of(r.path("name").asText("")));
            }
            for (String c : cols) {
                row.add(Cell.num(amount(r.get("values").get(c), v)));
            }
            body.add(row);
        }
        return new Printed(kinds, header, body, note);
    }

    /** 06: 人员经费 in the first three columns, 公用经费 in the next six, totals in the last row. */
    private static Printed economic(JsonNode t, LayoutVariant v) {
        List<String> kinds = List.of("code", "name", "num", "code", "name", "num", "code", "name", "num");
        List<List<Cell>> header = new ArrayList<>();
        header.add(List.of(Cell.span("人员经费", 3, 1), Cell.span("公用经费", 6, 1)));
        List<Cell> r2 = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            r2.addAll(List.of(Cell.of("科目编码"), Cell.of("科目名称"), Cell.of("金额")));
        }
        header.add(r2);
        List<List<JsonNode>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        JsonNode personnel = null;
        JsonNode pub = null;
        for (JsonNode r : t.get("rows")) {
            String key = r.get("key").asText();
            if (key.equals("personnel_total")) {
                personnel = r;
            } else if (key.equals("public_total")) {
                pub = r;
            } else if (key.startsWith("301") || key.startsWith("303") || key.startsWith("304")) {
                groups.get(0).add(r);
            } else if (key.startsWith("302")) {
                groups.get(1).add(r);
            } else {
                groups.get(2).add(r);
            }
        }
        int n = groups.stream().mapToInt(List::size).max().orElse(0);
        List<List<Cell>> body = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Cell> row = new ArrayList<>();
            for (List<JsonNode> g : groups) {
                JsonNode r = i < g.size() ? g.get(i) : null;
                row.add(Cell.of(r == null ? "" : r.get("code").asText()));
                row.add(Cell.of(r == null ? "" : r.get("name").asText()));
                row.add(Cell.num(r == null ? "" : amount(r.get("values").get("amount"), v)));
            }
            body.add(row);
        }
        body.add(List.of(Cell.span("人员经费合计", 2, 1),
                Cell.num(personnel == null ? "" : amount(personnel.get("values").get("amount"), v)),
                Cell.span("公用经费合计", 5, 1),
                Cell.num(pub == null ? "" : amount(pub.get("values").get("amount"), v))));
        return new Printed(kinds, header, body, "注：本表反映单位本年度一般公共预算财政拨款基本支出明细情况。");
    }

    /** 09: 预算数 and 决算数, each 合计 | 因公出国（境）费 | 公务用车购置及运行维护费 (小计, 购置费, 运行维护费) | 公务接待费. */
    private static Printed threePublic(JsonNode t, LayoutVariant v) {
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            kinds.add("num");
        }
        List<List<Cell>> header = new ArrayList<>();
        header.add(List.of(Cell.span("预算数", 6, 1), Cell.span("决算数", 6, 1)));
        List<Cell> r2 = new ArrayList<>();
        List<Cell> r3 = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            r2.add(Cell.span("合计", 1, 2));
            r2.add(Cell.span("因公出国（境）费", 1, 2));
            r2.add(Cell.span("公务用车购置及运行维护费", 3, 1));
            r2.add(Cell.span("公务接待费", 1, 2));
            r3.addAll(List.of(Cell.of("小计"), Cell.of("公务用车购置费"), Cell.of("公务用车运行维护费")));
        }
        header.add(r2);
        header.add(r3);
        List<Cell> numbers = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            numbers.add(Cell.of(String.valueOf(i)));
        }
        header.add(numbers);
        List<List<Cell>> body = new ArrayList<>();
        JsonNode values = t.get("rows").get(0).get("values");
        List<Cell> row = new ArrayList<>();
        t.get("columns").forEach(c -> row.add(Cell.num(amount(values.get(c.asText()), v))));
        body.add(row);
        return new Printed(kinds, header, body,
                "注：本表反映单位本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。");
    }

    // ---------------------------------------------------------------- helpers

    static String amount(JsonNode value, LayoutVariant v) {
        if (value == null || value.isNull()) {
            return "";
        }
        BigDecimal d = value.decimalValue().setScale(2, RoundingMode.HALF_UP);
        if (!v.separators()) {
            return d.toPlainString();
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(d);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The gold with its 政府性基金 table filled (the older template's report that lost two columns):
     * opening 41.28, income 35.26, spent 30.00 on projects, closing 46.54 on each level.
     */
    public static JsonNode withFundRows(JsonNode gold) {
        ObjectNode copy = gold.deepCopy();
        ObjectNode fund = (ObjectNode) copy.get("tables").get("government_fund");
        if (fund == null) {
            return copy;
        }
        fund.put("empty", false);
        ArrayNode rows = fund.putArray("rows");
        String[][] spec = {{"total", null, null, null}, {"229", "229", "class", "其他支出"},
            {"22960", "22960", "section", "彩票公益金安排的支出"},
            {"2296002", "2296002", "item", "用于社会福利的彩票公益金支出"}};
        for (String[] s : spec) {
            ObjectNode r = rows.addObject();
            r.put("key", s[0]);
            if (s[1] != null) {
                r.put("code", s[1]);
                r.put("level", s[2]);
                r.put("name", s[3]);
            }
            ObjectNode values = r.putObject("values");
            values.put("opening_balance", new BigDecimal("41.28"));
            values.put("income", new BigDecimal("35.26"));
            values.put("total", new BigDecimal("30.00"));
            values.putNull("basic");
            values.put("project", new BigDecimal("30.00"));
            values.put("closing_balance", new BigDecimal("46.54"));
        }
        return copy;
    }
}
