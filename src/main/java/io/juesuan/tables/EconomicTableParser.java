package io.juesuan.tables;

import io.juesuan.model.Level;
import io.juesuan.model.Row;
import io.juesuan.model.Warning;
import io.juesuan.normalize.AmountParser;
import io.juesuan.normalize.Labels;
import io.juesuan.normalize.SubjectCode;
import io.juesuan.normalize.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 基本支出决算(明细)表 (06): two or three code/name/amount groups printed side by side. One row per
 * 经济分类 code, read group by group across each printed row, plus the 人员经费合计 /
 * 公用经费合计 rows, whose amount is the next number to the right of the label wherever it sits.
 */
final class EconomicTableParser implements ShapeParser {
    private final TableSpec spec;
    private final HeaderAnalyzer headers;
    private final List<String> codeLabels;
    private final List<String> nameLabels;
    private final List<String> classLabels;
    private final List<String> sectionLabels;
    private final List<String> amountLabels;
    private final Map<String, String> totals = new LinkedHashMap<>();

    EconomicTableParser(TableCatalog catalog, TableSpec spec) {
        this.spec = spec;
        this.headers = new HeaderAnalyzer(catalog, spec);
        TablesMapping.Header h = catalog.mapping().header();
        codeLabels = TableCatalog.keys(h.codeColumn());
        nameLabels = TableCatalog.keys(h.nameColumn());
        classLabels = TableCatalog.keys(h.codeParts().getOrDefault("class", List.of()));
        sectionLabels = TableCatalog.keys(h.codeParts().getOrDefault("section", List.of()));
        amountLabels = spec.columns().get("amount").stream().map(Labels::key).toList();
        spec.totals().forEach((key, labels) -> labels.forEach(n -> totals.put(Labels.key(n), key)));
    }

    /** One code/name/amount group; classCol/sectionCol are set when the code is split 类|款. */
    private record Group(int codeCol, int classCol, int sectionCol, int nameCol, int amountCol) {}

    @Override
    public ParsedTable parse(TableRegion region, List<Warning> warnings) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Group> groups = null;
        List<Map.Entry<List<Group>, List<SourcedRow>>> work = new ArrayList<>();
        for (List<SourcedRow> grid : CodedTableParser.byGrid(region.rows())) {
            HeaderLayout header = headers.analyze(grid, true);
            if (header.present() && !header.labels().isEmpty()) {
                groups = groupsFrom(header, grid);
            } else if (groups == null) {
                groups = List.of(new Group(0, -1, -1, 1, 2), new Group(3, -1, -1, 4, 5), new Group(6, -1, -1, 7, 8));
            }
            work.add(Map.entry(groups, grid.subList(header.rows(), grid.size())));
        }
        for (Map.Entry<List<Group>, List<SourcedRow>> w : CutRows.join(work,
                (last, fragment) -> fragment.cells().stream().noneMatch(c -> c.contains("合计") || c.contains("小计")))) {
            groups = w.getKey();
            String[] lastClass = new String[groups.size()];
            for (SourcedRow row : w.getValue()) {
                if (readTotals(row, rows, index)) {
                    continue;
                }
                for (int g = 0; g < groups.size(); g++) {
                    Group grp = groups.get(g);
                    Optional<SubjectCode.CodeAndName> code = codeOf(row, grp, lastClass, g);
                    if (code.isEmpty()) {
                        continue;
                    }
                    String c = code.get().code();
                    if (c.length() == 3) {
                        lastClass[g] = c;
                    }
                    String name = TextNormalizer.cleanName(row.cell(grp.nameCol()));
                    if (name.isEmpty()) {
                        name = TextNormalizer.cleanName(code.get().name());
                    }
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    values.put("amount", AmountParser.parse(row.cell(grp.amountCol())).orElse(null));
                    put(rows, index, Row.builder(c).code(c).level(c.length() == 3 ? Level.CLASS : Level.SECTION).name(name).values(values).page(row.page()).build());
                }
            }
        }
        return new ParsedTable(List.of("amount"), rows);
    }

    private static void put(List<Row> rows, Map<String, Integer> index, Row row) {
        Integer at = index.get(row.key());
        if (at == null) {
            index.put(row.key(), rows.size());
            rows.add(row);
        } else if (RowValues.allNull(rows.get(at).values()) && !RowValues.allNull(row.values())) {
            rows.set(at, row);
        }
    }

    private boolean readTotals(SourcedRow row, List<Row> rows, Map<String, Integer> index) {
        boolean any = false;
        for (int c = 0; c < row.size(); c++) {
            String key = totals.get(Labels.key(row.cell(c)));
            if (key == null) {
                continue;
            }
            any = true;
            BigDecimal value = null;
            for (int d = c + 1; d < row.size(); d++) {
                String cell = row.cell(d);
                if (totals.containsKey(Labels.key(cell))) {
                    break;
                }
                Optional<BigDecimal> v = AmountParser.parse(cell);
                if (v.isPresent()) {
                    value = v.get();
                    break;
                }
            }
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put("amount", value);
            put(rows, index, Row.builder(key).name(TextNormalizer.cleanName(row.cell(c))).values(values).page(row.page()).build());
        }
        return any;
    }

    private Optional<SubjectCode.CodeAndName> codeOf(SourcedRow row, Group grp, String[] lastClass, int g) {
        if (grp.classCol() >= 0 && grp.sectionCol() >= 0) {
            String cls = TextNormalizer.squeeze(row.cell(grp.classCol()));
            String sec = TextNormalizer.squeeze(row.cell(grp.sectionCol()));
            if (cls.isEmpty() && sec.isEmpty()) {
                return Optional.empty();
            }
            if (cls.isEmpty()) {
                cls = lastClass[g] == null ? "" : lastClass[g];
            }
            return SubjectCode.read(cls + sec);
        }
        Optional<SubjectCode.CodeAndName> c = SubjectCode.read(row.cell(grp.codeCol()));
        return c.filter(x -> x.code().length() <= 5);
    }

    private List<Group> groupsFrom(HeaderLayout header, List<SourcedRow> grid) {
        List<Integer> starts = header.columnsLabelled(codeLabels);
        List<Integer> classCols = header.columnsLabelled(classLabels);
        if (starts.isEmpty()) {
            starts = classCols;
        }
        int width = Math.max(header.labels().keySet().stream().mapToInt(i -> i + 1).max().orElse(0),
                grid.stream().mapToInt(SourcedRow::size).max().orElse(0));
        List<Group> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : width;
            int cls = first(classCols, from, to);
            int sec = first(header.columnsLabelled(sectionLabels), from, to);
            int name = first(header.columnsLabelled(nameLabels), from, to);
            int amount = first(header.columnsLabelled(amountLabels), from, to);
            int codeEnd = Math.max(from, Math.max(cls, sec));
            if (name < 0 || name <= codeEnd && name == from) {
                name = codeEnd + 1;
            }
            if (amount < 0) {
                amount = to - 1;
            }
            out.add(new Group(from, cls, sec, name, amount));
        }
        return out;
    }

    private static int first(List<Integer> cols, int from, int to) {
        return cols.stream().filter(c -> c >= from && c < to).findFirst().orElse(-1);
    }
}
