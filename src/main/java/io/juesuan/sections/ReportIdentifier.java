package io.juesuan.sections;

import io.juesuan.Mappings;
import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.TextLine;
import io.juesuan.model.Warning;
import io.juesuan.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kind, year, unit, scope and consolidation of a report. The unit comes preferably from the
 * tables' 部门：/单位： lines (the most frequent one), as covers may disagree with them or break
 * the name over lines; the cover is the fallback. Vocabulary in mappings/report.json.
 */
public final class ReportIdentifier {
    private final ReportMapping cfg;

    public ReportIdentifier(Mappings mappings) {
        this.cfg = mappings.bind("report", ReportMapping.class);
    }

    public ReportMeta identify(Document doc, List<Warning> warnings) {
        List<String> lines = lines(doc);
        String kind = score(lines, cfg.kindWords(), null);
        if (kind == null) {
            kind = ReportMeta.FINAL_ACCOUNT;
            warnings.add(Warning.doubt("kind_assumed", "no word says 决算 or 预算; taken as a final account (决算)", null));
        }
        Integer year = year(lines);
        String unit = unitFromTables(lines).or(() -> unitFromCover(lines)).orElse(null);
        if (unit == null) {
            warnings.add(new Warning("unit_unknown", "no unit name found in table captions or cover", null));
        }
        String scope = scopeFromTitles(lines).orElseGet(() -> score(lines, cfg.scopeWords(), null));
        if (scope == null && unit != null && unit.endsWith("本级")) {
            scope = "unit";
        } else if (scope == null) {
            scope = "unit";
            warnings.add(Warning.doubt("scope_assumed", "no title or word says 部门 or 单位; taken as a single unit's report", null));
        }
        boolean consolidated = unit != null && markers().stream().anyMatch(unit::contains);
        if (!consolidated && unit != null && !unit.endsWith("本级")) {
            consolidated = listsSubordinateUnits(lines);
        }
        if (unit != null && unit.endsWith("本级")) {
            scope = "unit";
        }
        if (year == null) {
            warnings.add(new Warning("year_unknown", "no report year found", null));
        }
        return new ReportMeta(kind, year, unit, scope, consolidated);
    }

    /**
     * Titles and headings (2025年单位预算情况和重要事项说明, …2023年度部门决算) say the scope outright;
     * running text and table headers (部门预算管理, 部门预算支出经济分类) only mention the word.
     */
    private Optional<String> scopeFromTitles(List<String> lines) {
        Map<String, Integer> votes = new HashMap<>();
        for (String p : cfg.scopeTitlePatterns()) {
            Pattern pat = Pattern.compile(p);
            for (String l : lines) {
                Matcher m = pat.matcher(l);
                if (m.matches()) {
                    votes.merge(m.group("scope").equals("部门") ? "department" : "unit", 1, Integer::sum);
                }
            }
        }
        if (votes.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(votes.keySet().iterator().next());
    }

    /**
     * The report says its tables include subordinate units (部门决算单位构成: 纳入…编制范围的单位共 3 个;
     * 包括本部以及下属 5 家预算单位; 部门决算包括：A、B、C), as a department without (汇总) in its
     * titles does. Patterns in report.json {@code consolidatedStatements}.
     */
    private boolean listsSubordinateUnits(List<String> lines) {
        if (cfg.consolidatedStatements().isEmpty()) {
            return false;
        }
        List<String> paragraphs = Reflow.paragraphsOf(lines);
        for (ReportMapping.Statement st : cfg.consolidatedStatements()) {
            if (st.pattern() == null) {
                continue;
            }
            Pattern p = Pattern.compile(st.pattern());
            int min = st.minimum();
            for (String para : paragraphs) {
                Matcher m = p.matcher(para);
                while (m.find()) {
                    int n;
                    if (p.pattern().contains("(?<n>")) {
                        String g = m.group("n");
                        n = g.chars().allMatch(Character::isDigit) ? Integer.parseInt(g) : io.juesuan.normalize.ChineseNumerals.parse(g);
                    } else {
                        n = m.group("list").split("[、，,]").length;
                    }
                    if (n >= min) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<String> markers() {
        return cfg.consolidatedMarkers();
    }

    /** Text lines and caption-like grid rows, squeezed (no spaces). */
    private static List<String> lines(Document doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof TextLine t) {
                out.add(TextNormalizer.squeeze(t.text()));
            } else if (b instanceof Grid g) {
                for (List<String> row : g.rows()) {
                    String first = row.stream().filter(c -> !c.isBlank()).findFirst().orElse("");
                    if (first.contains("：") || first.contains(":")) {
                        out.add(TextNormalizer.squeeze(String.join(" ", row)));
                    }
                }
            }
        }
        return out;
    }

    /** The key whose patterns occur most often; ties go to the first listed; {@code fallback} when none occurs. */
    private static String score(List<String> lines, Map<String, List<String>> words, String fallback) {
        String best = fallback;
        int bestCount = 0;
        for (Map.Entry<String, List<String>> e : words.entrySet()) {
            int count = 0;
            for (String p : e.getValue()) {
                Pattern pat = Pattern.compile(p);
                for (String l : lines) {
                    Matcher m = pat.matcher(l);
                    while (m.find()) {
                        count++;
                    }
                }
            }
            if (count > bestCount) {
                best = e.getKey();
                bestCount = count;
            }
        }
        return best;
    }

    private Integer year(List<String> lines) {
        Map<Integer, Integer> votes = new HashMap<>();
        // covers set the year in its own font: 2024 / 年度部门决算 on two lines
        List<String> candidates = new ArrayList<>(lines);
        for (int i = 0; i + 1 < Math.min(lines.size(), 40); i++) {
            if (lines.get(i).matches("\\d{4}")) {
                candidates.add(lines.get(i) + lines.get(i + 1));
            }
        }
        for (String p : cfg.yearPatterns()) {
            Pattern pat = Pattern.compile(p);
            for (String l : candidates) {
                Matcher m = pat.matcher(l);
                while (m.find()) {
                    votes.merge(Integer.parseInt(m.group("year")), 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private Optional<String> unitFromTables(List<String> lines) {
        List<String> currencies = cfg.currencies();
        Map<String, Integer> votes = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (String p : cfg.unitLinePatterns()) {
            Pattern pat = Pattern.compile(p);
            for (String l : lines) {
                Matcher m = pat.matcher(l);
                if (m.find()) {
                    String unit = m.group("unit");
                    if (!currencies.contains(unit) && unit.length() >= 2) {
                        if (votes.merge(unit, 1, Integer::sum) == 1) {
                            order.add(unit);
                        }
                    }
                }
            }
        }
        return order.stream().max((a, b) -> Integer.compare(votes.get(a), votes.get(b)));
    }

    private Optional<String> unitFromCover(List<String> lines) {
        int head = Math.min(lines.size(), 40);
        for (String p : cfg.coverUnitPatterns()) {
            Pattern pat = Pattern.compile(p);
            for (String l : lines.subList(0, head)) {
                Matcher m = pat.matcher(l);
                if (m.find()) {
                    return Optional.of(m.group("unit"));
                }
            }
        }
        // a cover title broken over lines: join the lines before the kind word
        Pattern title = Pattern.compile(cfg.coverTitlePattern());
        StringBuilder joined = new StringBuilder();
        for (String l : lines.subList(0, head)) {
            if (l.matches("\\d{4}年度?") || l.equals("目录")) {
                joined.setLength(0);
                continue;
            }
            joined.append(l);
            Matcher m = title.matcher(joined);
            if (m.matches()) {
                return Optional.of(m.group("unit"));
            }
            if (joined.length() > 60) {
                joined.setLength(0);
            }
        }
        return Optional.empty();
    }
}
