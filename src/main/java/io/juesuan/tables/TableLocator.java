package io.juesuan.tables;

import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.TextLine;
import io.juesuan.normalize.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits the document into table regions. A region opens at a title line (identified by title,
 * never by number) and runs until the next title or part heading; grids inside it — on any page,
 * with or without a repeated header — belong to it. A title with no grid (a 目录 entry) is dropped.
 * Captions printed between a table's last row and the next title wait for the next region, as
 * captions come in any order around the title.
 */
final class TableLocator {
    private static final Pattern PART_HEADING = Pattern.compile("^第[一二三四五六七八九十]部分");
    private static final Pattern NOTE = Pattern.compile("^[(（]?(注|说明|备注)\\s*[:：]|^注\\s*\\d");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–]+\\s*\\d{1,3}\\s*[-—–]+$|^第\\s*\\d+\\s*页");

    private final TableCatalog catalog;
    private final PackedTables packedTables;
    private final List<String> emptyPhrases;
    /** Keys of the tables whose title the document prints anywhere (a heading, the 目录, a mention). */
    final java.util.Set<String> titled = new java.util.HashSet<>();

    TableLocator(TableCatalog catalog, PackedTables packedTables) {
        this.catalog = catalog;
        this.packedTables = packedTables;
        this.emptyPhrases = catalog.mapping().emptyPhrases();
    }

    /** Regions by table key, in document order; a table whose title recurs is continued, not replaced. */
    Map<String, TableRegion> locate(Document doc, String kind) {
        Map<String, TableRegion> regions = new LinkedHashMap<>();
        TableRegion current = null;
        List<String> pendingCaptions = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof TextLine line) {
                String text = TextNormalizer.collapse(line.text());
                Optional<TableSpec> spec = catalog.matchTitle(text).filter(s -> kind == null || s.kind().equals(kind));
                if (spec.isPresent()) {
                    titled.add(spec.get().key());
                    TableRegion existing = regions.get(spec.get().key());
                    // a title seen again continues its table; one whose region held no amount yet (a 目录
                    // entry followed by headings) starts over here
                    if (existing != null && existing.hasData()) {
                        current = existing;
                    } else {
                        regions.remove(spec.get().key());
                        current = new TableRegion(spec.get(), TableCatalog.printedTitle(text), line.page());
                        for (String c : pendingCaptions) {
                            applyCaption(current, c);
                        }
                    }
                    pendingCaptions.clear();
                    continue;
                }
                if (PART_HEADING.matcher(TextNormalizer.squeeze(text)).find()) {
                    commit(regions, current);
                    current = null;
                    pendingCaptions.clear();
                    continue;
                }
                if (current == null) {
                    continue;
                }
                if (isRunningText(text) && !Captions.isCaption(text) && !NOTE.matcher(text).find() && !containsEmptyPhrase(text)) {
                    // a table is followed by its notes and the next title; running text means the
                    // title was a 目录 entry or a mention in the text, or the table has ended
                    commit(regions, current);
                    current = null;
                    pendingCaptions.clear();
                    continue;
                }
                if (Captions.isCaption(text)) {
                    if (current.grids.isEmpty()) {
                        applyCaption(current, text);
                    } else {
                        pendingCaptions.add(text);
                    }
                } else if (NOTE.matcher(text).find() || containsEmptyPhrase(text)) {
                    current.notes.add(text);
                } else if (current.isPacked() && !PAGE_NUMBER.matcher(text).matches()) {
                    PackedTables.Carries carries = packedTables.carries(line.text());
                    current.packed.add(PackedLine.text(line.text(), line.page(), carries == PackedTables.Carries.AMOUNT));
                    if (carries != PackedTables.Carries.NOTHING) {
                        current.pages.add(line.page()); // a heading after the table is no page of it
                    }
                    regions.putIfAbsent(current.spec.key(), current);
                }
                current.text.add(text);
            } else if (b instanceof Grid grid && current != null) {
                Grid body = stripCaptionRows(current, grid);
                if (!body.rows().isEmpty()) {
                    if (current.isPacked()) {
                        for (int ri = 0; ri < body.rows().size(); ri++) {
                            current.packed.add(PackedLine.gridRow(grid.page(), current.grids.size(), ri));
                        }
                    }
                    current.grids.add(body);
                    current.pages.add(grid.page());
                    regions.putIfAbsent(current.spec.key(), current);
                }
            }
        }
        commit(regions, current);
        regions.values().removeIf(r -> !r.hasContent());
        return regions;
    }

    private static void commit(Map<String, TableRegion> regions, TableRegion r) {
        if (r != null && r.hasContent()) {
            regions.putIfAbsent(r.spec.key(), r);
        }
    }

    /** A sentence of the 说明 rather than a table's caption, row or note: it ends a clause (。；) or runs long. */
    static boolean isRunningText(String text) {
        String q = TextNormalizer.squeeze(text);
        return q.contains("。") || q.contains("；") || (q.length() > RUNNING_TEXT && q.contains("，"));
    }

    /** Longer than any caption or row label (编制单位：… 单位：元 included), when it also has a comma. */
    private static final int RUNNING_TEXT = 40;

    boolean containsEmptyPhrase(String text) {
        String q = TextNormalizer.squeeze(text);
        return emptyPhrases.stream().anyMatch(q::contains);
    }

    private static void applyCaption(TableRegion r, String text) {
        Captions.label(text).ifPresent(l -> {
            if (r.label == null) {
                r.label = l;
            }
        });
        Captions.currency(text).ifPresent(c -> {
            if (r.currency == null) {
                r.currency = c;
            }
        });
    }

    /**
     * Caption rows that a rendering put inside the grid (部门：…\t2023年度\t公开05表) and note rows
     * at its foot; they are captions and notes, not table rows.
     */
    private Grid stripCaptionRows(TableRegion r, Grid grid) {
        List<List<String>> keep = new ArrayList<>();
        for (List<String> row : grid.rows()) {
            String joined = String.join(" ", row);
            boolean allCaption = row.stream().filter(c -> !c.isBlank()).allMatch(Captions::isCaption)
                    && row.stream().anyMatch(c -> !c.isBlank());
            if (allCaption) {
                applyCaption(r, joined);
                continue;
            }
            List<String> nonBlank = row.stream().filter(c -> !c.isBlank()).toList();
            if (nonBlank.size() == 1 && NOTE.matcher(nonBlank.get(0)).find()) {
                r.notes.add(nonBlank.get(0));
                continue;
            }
            keep.add(row);
        }
        return new Grid(keep, grid.page(), grid.line(), grid.aligned());
    }
}
