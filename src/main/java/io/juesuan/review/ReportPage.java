package io.juesuan.review;

import static io.juesuan.review.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/** One report's review page. */
final class ReportPage {
    static final String[] SEVERITIES = {"loss", "doubt", "info"};

    private final JsonNode report;
    private final ColumnLabels labels;
    private final List<JsonNode> failed = new ArrayList<>();
    /** cell id → failed checks marking it, with whether the cell is the one tested (true) or an operand. */
    private final Map<String, List<Mark>> marks = new LinkedHashMap<>();
    /** check index (in {@link #failed}) → ids of its cells. */
    private final List<List<String>> failedCells = new ArrayList<>();
    private final Map<String, Map<String, Integer>> rowIndex = new LinkedHashMap<>();

    private record Mark(JsonNode check, boolean target) {}

    ReportPage(JsonNode report, ColumnLabels labels) {
        this.report = report;
        this.labels = labels;
        JsonNode tables = report.path("tables");
        for (Iterator<Map.Entry<String, JsonNode>> it = tables.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> t = it.next();
            Map<String, Integer> idx = new LinkedHashMap<>();
            int i = 0;
            for (JsonNode r : t.getValue().path("rows")) {
                idx.putIfAbsent(r.path("key").asText(), i++);
            }
            rowIndex.put(t.getKey(), idx);
        }
        CheckCells cells = new CheckCells(tables, labels);
        for (JsonNode c : report.path("checks")) {
            if (!"fail".equals(c.path("status").asText())) {
                continue;
            }
            failed.add(c);
            List<String> ids = new ArrayList<>();
            boolean first = true;
            for (CheckCells.Ref r : cells.cells(c)) {
                Integer ri = rowIndex.getOrDefault(r.table(), Map.of()).get(r.row());
                if (ri == null) {
                    continue;
                }
                String id = cellId(r.table(), ri, r.column());
                ids.add(id);
                marks.computeIfAbsent(id, k -> new ArrayList<>()).add(new Mark(c, first));
                first = false;
            }
            failedCells.add(ids);
        }
    }

    static String cellId(String table, int row, String column) {
        return "c-" + table + "-" + row + "-" + column;
    }

    int failedChecks() {
        return failed.size();
    }

    Map<String, Integer> warningCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (JsonNode w : report.path("warnings")) {
            m.merge(w.path("severity").asText("doubt"), 1, Integer::sum);
        }
        return m;
    }

    SortedSet<Integer> tablePages() {
        return ReviewSite.pagesOf(report.path("tables"));
    }

    static String kindLabel(JsonNode meta) {
        String kind = meta.path("kind").asText("");
        String k = kind.equals("budget") ? "预算" : kind.equals("final_account") ? "决算" : kind;
        String scope = meta.path("scope").asText("");
        String s = scope.equals("department") ? "部门" : scope.equals("unit") ? "单位" : "";
        return s + k + (meta.path("consolidated").asBoolean(false) ? "（汇总）" : "");
    }

    String html(String up, Map<Integer, String> images, String noImages, OutputFolder.Entry entry) {
        JsonNode meta = report.path("report");
        JsonNode src = report.path("source");
        String unit = meta.path("unit").asText("(unit unknown)");
        StringBuilder sb = new StringBuilder();
        sb.append(head(meta.path("year").asText("") + " " + unit));
        sb.append("<header><p><a href=\"").append(up).append("index.html\">← all reports</a></p>");
        sb.append("<h1>").append(esc(unit)).append("</h1>");
        sb.append("<p class=\"meta\">").append(esc(meta.path("year").asText(""))).append(" · ").append(esc(kindLabel(meta)))
                .append(" · source <code>").append(esc(src.path("file").asText(""))).append("</code> (")
                .append(esc(src.path("format").asText(""))).append(", ").append(src.path("pageCount").asInt()).append(" pages)")
                .append(entry.status() != null ? " · status <span class=\"status " + esc(entry.status()) + "\">" + esc(entry.status()) + "</span>" : "")
                .append("</p>");
        int pass = 0;
        int skip = 0;
        for (JsonNode c : report.path("checks")) {
            pass += "pass".equals(c.path("status").asText()) ? 1 : 0;
            skip += "skip".equals(c.path("status").asText()) ? 1 : 0;
        }
        Map<String, Integer> sev = warningCounts();
        sb.append("<p class=\"meta\"><a href=\"#checks\">checks</a>: ").append(pass).append(" pass, <span class=\"")
                .append(failed.isEmpty() ? "" : "bad").append("\">").append(failed.size()).append(" fail</span>, ").append(skip)
                .append(" skip · <a href=\"#warnings\">warnings</a>: ");
        for (String s : SEVERITIES) {
            sb.append("<span class=\"sev-").append(s).append("\">").append(sev.getOrDefault(s, 0)).append(' ').append(s).append("</span> ");
        }
        sb.append("</p>");
        if (noImages != null) {
            sb.append("<p class=\"noimg\">Tables shown without page images: ").append(esc(noImages)).append(".</p>");
        }
        sb.append("<nav>");
        for (Iterator<Map.Entry<String, JsonNode>> it = report.path("tables").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> t = it.next();
            sb.append("<a href=\"#t-").append(esc(t.getKey())).append("\">").append(esc(shortTitle(t.getKey(), t.getValue()))).append("</a> ");
        }
        if (report.path("performance").path("projects").size() > 0) {
            sb.append("<a href=\"#performance\">绩效自评 performance</a> ");
        }
        sb.append("<a href=\"#checks\">checks</a> <a href=\"#warnings\">warnings</a>");
        sb.append("</nav></header>\n<main>\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = report.path("tables").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> t = it.next();
            table(sb, TableLayout.of(t.getKey(), t.getValue(), labels), images);
        }
        performance(sb);
        checks(sb);
        warnings(sb);
        sb.append("</main>\n").append(SCRIPT).append("</body></html>\n");
        return sb.toString();
    }

    private static String shortTitle(String key, JsonNode t) {
        String label = t.path("label").asText("");
        return (label.isEmpty() ? "" : label + " ") + t.path("title").asText(key);
    }

    private void table(StringBuilder sb, TableLayout l, Map<Integer, String> images) {
        long bad = marks.keySet().stream().filter(id -> id.startsWith("c-" + l.key() + "-")).count();
        sb.append("<section class=\"tbl\" id=\"t-").append(esc(l.key())).append("\"><h2>")
                .append(l.label() == null ? "" : "<span class=\"label\">" + esc(l.label()) + "</span> ").append(esc(l.title()))
                .append("</h2><p class=\"sub\">单位：").append(esc(l.unit())).append(" · ").append(esc(l.key()))
                .append(" · page ").append(esc(String.join(", ", l.pages().stream().map(String::valueOf).toList())))
                .append(l.empty() ? " · <b>empty table</b> (本表无数据)" : "")
                .append(bad > 0 ? " · <span class=\"bad\">" + bad + (bad == 1 ? " cell" : " cells") + " in failed checks</span>" : "").append("</p>\n");
        boolean withImages = l.pages().stream().anyMatch(images::containsKey);
        sb.append("<div class=\"").append(withImages ? "pair" : "single").append("\"><div class=\"data\"><table class=\"printed\"><thead>\n");
        for (List<TableLayout.HeaderCell> hr : l.header()) {
            sb.append("<tr>");
            for (TableLayout.HeaderCell h : hr) {
                sb.append("<th").append(h.colspan() > 1 ? " colspan=\"" + h.colspan() + "\"" : "")
                        .append(h.rowspan() > 1 ? " rowspan=\"" + h.rowspan() + "\"" : "").append('>').append(esc(h.text())).append("</th>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</thead><tbody>\n");
        if (l.body().isEmpty()) {
            sb.append("<tr><td class=\"none\" colspan=\"").append(Math.max(1, l.width())).append("\">no rows</td></tr>\n");
        }
        for (List<TableLayout.Cell> row : l.body()) {
            sb.append("<tr>");
            for (TableLayout.Cell c : row) {
                cell(sb, l, c);
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table>\n");
        for (String n : l.notes()) {
            sb.append("<p class=\"note\">").append(esc(n)).append("</p>\n");
        }
        sb.append("</div>");
        if (withImages) {
            sb.append("<div class=\"pages\">");
            for (int p : l.pages()) {
                String img = images.get(p);
                if (img != null) {
                    sb.append("<figure><a href=\"").append(Html.href(img)).append("\" target=\"_blank\"><img src=\"").append(Html.href(img))
                            .append("\" alt=\"page ").append(p).append("\"></a><figcaption>page ").append(p).append("</figcaption></figure>");
                }
            }
            sb.append("</div>");
        }
        sb.append("</div></section>\n");
    }

    private void cell(StringBuilder sb, TableLayout l, TableLayout.Cell c) {
        switch (c.kind()) {
            case BLANK -> sb.append("<td class=\"blank\"></td>");
            case AMOUNT -> {
                String id = cellId(l.key(), c.rowIndex(), c.column());
                List<Mark> ms = marks.getOrDefault(id, List.of());
                StringBuilder tip = new StringBuilder();
                tip.append(c.page() == null ? "page ?" : "page " + c.page()).append(" · ").append(c.row()).append(" / ").append(c.column());
                tip.append(c.placement() == null ? "" : " · placed by " + c.placement());
                String cls = "amt";
                for (Mark m : ms) {
                    JsonNode k = m.check();
                    tip.append("\n✗ ").append(k.path("id").asText()).append(m.target() ? " (tested)" : " (operand)")
                            .append(": expected ").append(k.path("expected").asText("")).append(", actual ").append(k.path("actual").asText(""))
                            .append(", difference ").append(k.path("difference").asText(""));
                    cls = m.target() || cls.equals("amt fail") ? "amt fail" : "amt operand";
                }
                sb.append("<td id=\"").append(esc(id)).append("\" class=\"").append(cls).append(c.placement() == null ? "" : " placed-" + esc(c.placement().replaceAll("[^A-Za-z_-]", "")))
                        .append("\" title=\"").append(esc(tip.toString())).append("\">").append(esc(Html.amount(c.number())));
                for (Mark m : ms) {
                    if (m.target()) {
                        sb.append("<span class=\"diff\">Δ ").append(esc(m.check().path("difference").asText(""))).append("</span>");
                        break;
                    }
                }
                sb.append("</td>");
            }
            case CODE -> sb.append("<td class=\"code\">").append(esc(c.text())).append("</td>");
            case LINE -> sb.append("<td class=\"line\">").append(esc(c.text())).append("</td>");
            default -> sb.append("<td class=\"name\" title=\"").append(esc((c.page() == null ? "" : "page " + c.page() + " · ") + c.row()))
                    .append("\">").append(esc(c.text())).append("</td>");
        }
    }

    private void checks(StringBuilder sb) {
        sb.append("<section id=\"checks\"><h2>Checks</h2>\n");
        if (failed.isEmpty()) {
            sb.append("<p class=\"good\">No check failed.</p>\n");
        } else {
            sb.append("<p>").append(failed.size()).append(" failed; click one to mark its cells.</p>");
            sb.append("<table class=\"checks\"><thead><tr><th>id</th><th>message</th><th>expected</th><th>actual</th><th>difference</th>"
                    + "<th>basis</th><th>cells</th></tr></thead><tbody>\n");
            for (int i = 0; i < failed.size(); i++) {
                JsonNode c = failed.get(i);
                List<String> ids = failedCells.get(i);
                sb.append("<tr class=\"failed-check\" data-cells=\"").append(esc(String.join(" ", ids))).append("\"><td><code>")
                        .append(esc(c.path("id").asText())).append("</code></td><td>").append(esc(c.path("message").asText("")))
                        .append("</td><td class=\"num\">").append(esc(c.path("expected").asText(""))).append("</td><td class=\"num\">")
                        .append(esc(c.path("actual").asText(""))).append("</td><td class=\"num bad\">").append(esc(c.path("difference").asText("")))
                        .append("</td><td>").append(esc(c.path("basis").asText(""))).append("</td><td>");
                String project = projectOf(c);
                if (ids.isEmpty() && project != null) {
                    sb.append("<a href=\"#perf-").append(esc(project)).append("\">form ").append(esc(project)).append("</a>");
                } else if (ids.isEmpty()) {
                    sb.append("<span class=\"dim\">not in a table</span>");
                } else {
                    sb.append("<a href=\"#").append(esc(ids.get(0))).append("\">").append(ids.size()).append(ids.size() == 1 ? " cell" : " cells").append("</a>");
                }
                sb.append("</td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        sb.append("<details><summary>All ").append(report.path("checks").size()).append(" checks</summary><table class=\"checks\"><thead><tr>"
                + "<th>id</th><th>status</th><th>basis</th><th>expected</th><th>actual</th><th>difference</th><th>message</th></tr></thead><tbody>\n");
        for (JsonNode c : report.path("checks")) {
            String st = c.path("status").asText("");
            sb.append("<tr class=\"st-").append(esc(st)).append("\"><td><code>").append(esc(c.path("id").asText())).append("</code></td><td>")
                    .append(esc(st)).append("</td><td>").append(esc(c.path("basis").asText(""))).append("</td><td class=\"num\">")
                    .append(esc(c.path("expected").asText(""))).append("</td><td class=\"num\">").append(esc(c.path("actual").asText("")))
                    .append("</td><td class=\"num\">").append(esc(c.path("difference").asText(""))).append("</td><td>")
                    .append(esc(c.path("message").asText(""))).append("</td></tr>\n");
        }
        sb.append("</tbody></table></details></section>\n");
    }

    /** The 绩效 form a check is about: {@code performance.<N>.…} is the N-th project form. */
    private static String projectOf(JsonNode check) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^performance\\.(\\d+)\\.").matcher(check.path("id").asText());
        return m.find() ? m.group(1) : null;
    }

    /** The 绩效自评 forms: funds, indicators, and the form's failed checks; forms with a failed check open. */
    private void performance(StringBuilder sb) {
        JsonNode projects = report.path("performance").path("projects");
        if (projects.size() == 0) {
            return;
        }
        sb.append("<section id=\"performance\"><h2>绩效自评 performance forms</h2>\n");
        for (int i = 0; i < projects.size(); i++) {
            JsonNode p = projects.get(i);
            String n = String.valueOf(i + 1);
            List<JsonNode> bad = failed.stream().filter(c -> n.equals(projectOf(c))).toList();
            JsonNode f = p.path("funds");
            sb.append("<details id=\"perf-").append(n).append("\"").append(bad.isEmpty() ? "" : " open").append("><summary>")
                    .append(n).append(". ").append(esc(p.path("name").asText(p.path("title").asText("")))).append(" · 总分 ")
                    .append(esc(p.path("totalScore").asText(""))).append(" · page ")
                    .append(esc(String.join(", ", java.util.stream.StreamSupport.stream(p.path("pages").spliterator(), false).map(JsonNode::asText).toList())))
                    .append(bad.isEmpty() ? "" : " · <span class=\"bad\">" + bad.size() + " failed</span>").append("</summary>");
            sb.append("<p class=\"sub\">年初预算数 ").append(esc(f.path("initialBudget").asText(""))).append(" · 全年预算数 ")
                    .append(esc(f.path("annualBudget").asText(""))).append(" · 执行数 ").append(esc(f.path("executed").asText("")))
                    .append(" · 执行率 ").append(esc(f.path("executionRate").asText(""))).append("% · 分值 ").append(esc(f.path("weight").asText("")))
                    .append(" · 得分 ").append(esc(f.path("score").asText(""))).append(" (万元)</p>");
            for (JsonNode c : bad) {
                sb.append("<p class=\"bad\">✗ <code>").append(esc(c.path("id").asText())).append("</code> ").append(esc(c.path("message").asText("")))
                        .append(" — expected ").append(esc(c.path("expected").asText(""))).append(", actual ").append(esc(c.path("actual").asText("")))
                        .append("</p>");
            }
            sb.append("<table class=\"printed\"><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th>"
                    + "<th>分值</th><th>得分</th></tr></thead><tbody>\n");
            for (JsonNode ind : p.path("indicators")) {
                sb.append("<tr><td>").append(esc(ind.path("level1").asText(""))).append("</td><td>").append(esc(ind.path("level2").asText("")))
                        .append("</td><td class=\"wrap\">").append(esc(ind.path("name").asText(""))).append("</td><td>").append(esc(ind.path("target").asText("")))
                        .append("</td><td>").append(esc(ind.path("actual").asText(""))).append("</td><td class=\"amt\">")
                        .append(esc(ind.path("weight").asText(""))).append("</td><td class=\"amt\">").append(esc(ind.path("score").asText("")))
                        .append("</td></tr>\n");
            }
            sb.append("</tbody></table></details>\n");
        }
        sb.append("</section>\n");
    }

    private void warnings(StringBuilder sb) {
        sb.append("<section id=\"warnings\"><h2>Warnings</h2>\n");
        JsonNode ws = report.path("warnings");
        if (ws.size() == 0) {
            sb.append("<p class=\"good\">No warnings.</p></section>\n");
            return;
        }
        sb.append("<table class=\"warnings\"><thead><tr><th>severity</th><th>code</th><th>page</th><th>message</th></tr></thead><tbody>\n");
        for (String s : SEVERITIES) {
            for (JsonNode w : ws) {
                String ws1 = w.path("severity").asText("doubt");
                boolean known = List.of(SEVERITIES).contains(ws1);
                if (!(ws1.equals(s) || !known && s.equals("doubt"))) {
                    continue;
                }
                sb.append("<tr class=\"sev-").append(esc(s)).append("\"><td>").append(esc(ws1)).append("</td><td><code>")
                        .append(esc(w.path("code").asText(""))).append("</code></td><td class=\"num\">").append(esc(w.path("page").asText("")))
                        .append("</td><td>").append(esc(w.path("message").asText(""))).append("</td></tr>\n");
            }
        }
        sb.append("</tbody></table></section>\n");
    }

    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title) + "</title>\n<style>" + CSS
                + "</style></head>\n<body>\n";
    }

    static final String CSS = String.join("\n",
            "body{font:14px/1.45 system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:0;color:#1d2330;background:#f6f7f9}",
            "header{padding:12px 20px;background:#fff;border-bottom:1px solid #dde1e6}",
            "h1{font-size:20px;margin:4px 0}h2{font-size:16px;margin:0 0 4px}",
            "main{padding:12px 20px}",
            "a{color:#1456b8}",
            ".meta{margin:2px 0;color:#4b5563}.sub{margin:0 0 8px;color:#6b7280;font-size:12px}",
            "nav a{display:inline-block;margin:2px 10px 2px 0;font-size:12px}",
            "section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:12px;margin:0 0 16px}",
            ".pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:14px;align-items:start}",
            ".data{overflow:auto;max-height:1100px}",
            ".pages{position:sticky;top:8px}",
            ".pages img{width:100%;border:1px solid #c9ced6;background:#fff}",
            "figure{margin:0 0 8px}figcaption{font-size:11px;color:#6b7280}",
            "table{border-collapse:collapse}",
            "table.printed{font-size:12px}",
            ".printed th{background:#eef1f5;border:1px solid #b8c0cc;padding:3px 5px;font-weight:600;position:sticky;top:0}",
            ".printed td{border:1px solid #d3d8df;padding:2px 5px;white-space:nowrap}",
            "td.amt,td.num{text-align:right;font-variant-numeric:tabular-nums}",
            "td.code{font-family:ui-monospace,monospace}td.line{text-align:center;color:#6b7280}",
            "td.blank{background:#fafbfc}td.wrap{white-space:normal;min-width:16em}",
            "td.amt.fail{background:#fde2e1;outline:2px solid #d93025;outline-offset:-2px}",
            "td.amt.operand{background:#fff1d6}",
            "td.amt:hover{background:#e6f0ff}",
            "td:target,td.hl{box-shadow:inset 0 0 0 3px #1a73e8}",
            ".diff{display:block;font-size:10px;color:#b3261e}",
            ".note{font-size:12px;color:#4b5563;margin:4px 0}",
            ".noimg{background:#fff7e0;border:1px solid #f0d58c;padding:6px 10px;border-radius:4px}",
            "table.list,table.checks,table.warnings{width:100%;background:#fff;font-size:13px}",
            ".list th,.list td,.checks th,.checks td,.warnings th,.warnings td{border-bottom:1px solid #e3e6ea;padding:4px 6px;text-align:left;vertical-align:top}",
            ".list td.num,.checks td.num,.warnings td.num{text-align:right}",
            ".status{padding:1px 6px;border-radius:8px;background:#e6f4ea;color:#137333;font-size:12px}",
            ".status.ok-with-warnings{background:#fef7e0;color:#8a5a00}.status.failed,.status.unreadable{background:#fce8e6;color:#b3261e}",
            ".bad{color:#b3261e;font-weight:600}.good{color:#137333}.dim{color:#9aa0a6}",
            ".sev-loss{color:#b3261e;font-weight:600}.sev-doubt{color:#8a5a00}.sev-info{color:#5f6368}",
            "tr.failed-check{cursor:pointer}tr.failed-check:hover{background:#fdecea}",
            "tr.st-fail td{background:#fdecea}tr.st-skip td{color:#80868b}",
            ".src{font-size:11px;color:#6b7280}.reason{color:#b3261e}",
            "details summary{cursor:pointer;margin:8px 0}",
            "@media (max-width:900px){.pair{grid-template-columns:1fr}}");

    /**
     * Clicking a failed check marks its cells and scrolls to the first; errors and images that did not
     * load are counted on {@code <body>} (data-errors, data-broken-images) for the headless browser check.
     */
    static final String SCRIPT = String.join("\n",
            "<script>",
            "(function(){",
            "  var errors=0;",
            "  window.addEventListener('error',function(){errors++;document.body.setAttribute('data-errors',String(errors));},true);",
            "  document.addEventListener('click',function(ev){",
            "    var tr=ev.target.closest?ev.target.closest('tr.failed-check'):null;",
            "    if(!tr||ev.target.tagName==='A')return;",
            "    document.querySelectorAll('td.hl').forEach(function(td){td.classList.remove('hl');});",
            "    var ids=(tr.getAttribute('data-cells')||'').split(' ').filter(Boolean);",
            "    ids.forEach(function(id){var td=document.getElementById(id);if(td)td.classList.add('hl');});",
            "    var first=ids.length?document.getElementById(ids[0]):null;",
            "    if(first)first.scrollIntoView({block:'center'});",
            "  });",
            "  window.addEventListener('load',function(){",
            "    var broken=0;",
            "    document.querySelectorAll('img').forEach(function(im){if(!im.complete||im.naturalWidth===0)broken++;});",
            "    document.body.setAttribute('data-broken-images',String(broken));",
            "    document.body.setAttribute('data-errors',String(errors));",
            "    document.body.setAttribute('data-loaded','1');",
            "  });",
            "})();",
            "</script>\n");
}
