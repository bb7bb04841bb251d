package io.juesuan.sections;

import io.juesuan.Mappings;
import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.ReportMeta;
import io.juesuan.model.Section;
import io.juesuan.model.TextLine;
import io.juesuan.normalize.ChineseNumerals;
import io.juesuan.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 2: the five parts (概况, 决算表, 情况说明, 名词解释, 附件) and their numbered sub-sections.
 * Headings are found by their words (mappings/sections.json), never by markdown depth. The 目录
 * repeats every heading, so the body starts where the first part heading appears a second time.
 * Numbered sub-sections must count up (一, 二, 三 …), which keeps enumerations in running text out.
 */
public final class SectionParser {
    private final Pattern partHeading;
    private final Pattern subHeading;
    private final Map<Integer, String> partKeys = new LinkedHashMap<>();
    private final Map<Integer, Integer> partAs = new LinkedHashMap<>();
    private final Map<Integer, List<Pattern>> partTitles = new LinkedHashMap<>();
    private final Map<String, List<String>> subsectionWords = new LinkedHashMap<>();

    public SectionParser(Mappings mappings) {
        SectionsMapping cfg = mappings.bind("sections", SectionsMapping.class);
        partHeading = Pattern.compile(cfg.partHeading());
        subHeading = Pattern.compile(cfg.subHeading());
        cfg.parts().forEach((number, part) -> {
            int n = Integer.parseInt(number);
            partKeys.put(n, part.key());
            partAs.put(n, part.as() == null ? n : part.as());
            partTitles.put(n, part.titles().stream().map(Pattern::compile).toList());
        });
        subsectionWords.putAll(cfg.subsections());
    }

    private record Line(String text, String squeezed, int page, boolean afterGrid) {}

    /** A heading found in the body: which part, where, and its printed title. */
    private record Heading(int part, int index, String title) {}

    private static final class Builder {
        final int part;
        final String key;
        final String title;
        final int page;
        final List<Reflow.Line> lines = new ArrayList<>();

        Builder(int part, String key, String title, int page) {
            this.part = part;
            this.key = key;
            // letter-spaced and wrapped headings (附 件, 情况 说明) read as one title in both front-ends
            this.title = TextNormalizer.cleanName(title);
            this.page = page;
        }

        void add(Line line) {
            lines.add(new Reflow.Line(line.text(), line.afterGrid()));
        }

        Section build(double margin) {
            return new Section(part, key, title, page, String.join("\n", Reflow.paragraphs(lines, margin)));
        }
    }

    public List<Section> parse(Document doc, ReportMeta meta) {
        List<Line> lines = new ArrayList<>();
        boolean grid = false;
        for (Block b : doc.blocks()) {
            if (b instanceof TextLine t && !t.text().isBlank()) {
                lines.add(new Line(TextNormalizer.collapse(t.text()), TextNormalizer.squeeze(t.text()), t.page(), grid));
                grid = false;
            } else if (!(b instanceof TextLine)) {
                grid = true;
            }
        }
        double margin = Reflow.margin(lines.stream().map(Line::text).toList());
        int start = bodyStart(lines);
        List<Builder> out = new ArrayList<>();
        Builder partSection = null;
        Builder sub = null;
        int lastSub = 0;
        int part = 0;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        int subOffset = 0;
        for (int i = start; i < lines.size(); i++) {
            Line l = lines.get(i);
            int p = partOf(l.squeezed());
            if (p != 0 && !seen.contains(p)) {
                seen.add(p);
                subOffset = (int) out.stream().filter(x -> x.key.startsWith(partKeys.get(p) + ".")).count();
                String title = l.text();
                Matcher m = partHeading.matcher(l.squeezed());
                if (m.matches() && m.group("title").isEmpty() && i + 1 < lines.size()
                        && partOf(lines.get(i + 1).squeezed()) != p + 1 && lines.get(i + 1).squeezed().length() <= 40
                        && !subHeading.matcher(lines.get(i + 1).squeezed()).matches()) {
                    title = lines.get(++i).text();
                } else if (m.matches()) {
                    title = title.replaceFirst("^第\\s*[一二三四五六七八九]\\s*部分\\s*", "");
                }
                sub = null;
                part = p;
                lastSub = 0;
                partSection = new Builder(partAs.get(p), partKeys.get(p), title, l.page());
                out.add(partSection);
                continue;
            }
            Matcher s = subHeading.matcher(l.squeezed());
            if (s.matches() && ChineseNumerals.parse(s.group("n")) == lastSub + 1) {
                int n = lastSub + 1;
                String key = subKey(partAs.getOrDefault(part, part), subOffset + n, s.group("title"));
                if (key != null) {
                    lastSub = n;
                    if (part == 0 && partSection == null) {
                        partSection = new Builder(1, partKeys.get(1), "", l.page());
                        out.add(partSection);
                    }
                    sub = new Builder(Math.max(partAs.getOrDefault(part, part), 1), key, l.text(), l.page());
                    out.add(sub);
                    if (partSection != null) {
                        partSection.add(l);
                    }
                    continue;
                }
            }
            if (sub != null) {
                sub.add(l);
            }
            if (partSection != null) {
                partSection.add(l);
            }
        }
        return out.stream().map(x -> x.build(margin)).toList();
    }

    /** The key of a numbered sub-section, or null when the part does not key its sub-sections. */
    private String subKey(int part, int n, String title) {
        if (part == 3) {
            return "explanation." + n;
        }
        if (part <= 1) {
            for (Map.Entry<String, List<String>> e : subsectionWords.entrySet()) {
                if (e.getValue().stream().anyMatch(title::contains)) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** 1–5 when the line is a part heading (第N部分… or a part's own title), else 0. */
    private int partOf(String squeezed) {
        Matcher m = partHeading.matcher(squeezed);
        if (m.matches()) {
            return ChineseNumerals.parse(m.group("n"));
        }
        for (Map.Entry<Integer, List<Pattern>> e : partTitles.entrySet()) {
            for (Pattern p : e.getValue()) {
                if (p.matcher(squeezed).matches()) {
                    return e.getKey();
                }
            }
        }
        return 0;
    }

    /** Index of the first body line: after the 目录, where the first part heading recurs. */
    private int bodyStart(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            int p = partOf(lines.get(i).squeezed());
            if (p == 0) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                if (partOf(lines.get(j).squeezed()) == p) {
                    return j;
                }
            }
            return i;
        }
        return 0;
    }
}
