package io.juesuan.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.juesuan.Mappings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Header rows of a grid and the labels over each column, with the packaged vocabulary (#17). */
class HeaderAnalyzerTest {
    private static HeaderAnalyzer analyzer;

    @BeforeAll
    static void load() {
        TableCatalog catalog = new TableCatalog(Mappings.load());
        TableSpec fund = catalog.specs().stream().filter(s -> s.key().equals("government_fund")).findFirst().orElseThrow();
        analyzer = new HeaderAnalyzer(catalog, fund);
    }

    private static List<SourcedRow> rows(List<List<String>> cells) {
        return cells.stream().map(c -> new SourcedRow(c, 1, 0)).toList();
    }

    private static final List<String> TOP = List.of("项目", "", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余");
    private static final List<String> SECOND = List.of("功能分类科目编码", "科目名称", "", "", "小计", "基本支出", "项目支出", "");
    private static final List<String> NUMBERS = List.of("栏次", "", "1", "2", "3", "4", "5", "6");
    private static final List<String> DATA = List.of("229", "其他支出", "1.00", "2.00", "3.00", "3.00", "", "0.00");

    @Test
    void aTwoRowHeaderWithItsColumnNumberRow() {
        HeaderLayout h = analyzer.analyze(rows(List.of(TOP, SECOND, NUMBERS, DATA)), true);
        assertEquals(3, h.rows());
        assertEquals(List.of("本年支出", "小计"), h.labelsAt(4));
        assertEquals(List.of("基本支出"), h.labelsAt(5));
        assertEquals(List.of("项目", "功能分类科目编码"), h.labelsAt(0));
        assertEquals(List.of(), h.labelsAt(6 + 2), "no column 8");
        assertEquals(Map.of(1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7), h.numbers());
    }

    @Test
    void aSpanningLabelCoversTheBlankSlotsToItsRight() {
        HeaderLayout h = analyzer.analyze(rows(List.of(TOP, SECOND, NUMBERS, DATA)), true);
        assertEquals(List.of("本年支出", "基本支出"), h.spannedAt(5));
        assertEquals(List.of("本年支出", "项目支出"), h.spannedAt(6));
        // 科目名称's slot is under 项目, which spans it
        assertEquals(List.of("项目", "科目名称"), h.spannedAt(1));
        // a label of the row above starting at col 7 ends the span
        assertEquals(List.of("年末结转和结余"), h.spannedAt(7));
        assertEquals(List.of("项目支出"), h.labelsAt(6));
    }

    @Test
    void aHeaderCellCutAtTheInnerRowLineIsJoined() {
        List<String> top = List.of("项目", "", "年初结转和结", "本年收", "本年支出", "", "", "年末结转和结余");
        List<String> second = List.of("科目编码", "科目名称", "余", "入", "小计", "基本支出", "项目支出", "");
        HeaderLayout h = analyzer.analyze(rows(List.of(top, second, DATA)), true);
        assertEquals(2, h.rows());
        assertEquals(List.of("年初结转和结余"), h.labelsAt(2));
        assertEquals(List.of("本年收入"), h.labelsAt(3));
        assertEquals(List.of("本年支出", "小计"), h.labelsAt(4), "two words of the vocabulary stay two labels");
    }

    @Test
    void aColumnNumberRowNeedsItsLabelOrThreeNumbers() {
        HeaderLayout unlabelled = analyzer.analyze(rows(List.of(List.of("项目", "本年收入", "本年支出"), List.of("", "1", "2"), DATA)), true);
        assertEquals(1, unlabelled.rows(), "1 2 alone is not a 栏次 row");
        HeaderLayout labelled = analyzer.analyze(rows(List.of(List.of("项目", "本年收入", "本年支出"), List.of("栏次", "1", "2"), DATA)), true);
        assertEquals(2, labelled.rows());
        assertEquals(Map.of(1, 1, 2, 2), labelled.numbers());
        HeaderLayout three = analyzer.analyze(rows(List.of(List.of("项目", "本年收入", "本年支出", "基本支出"), List.of("", "1", "2", "3"), DATA)), true);
        assertEquals(2, three.rows());
    }

    @Test
    void numbersOutOfOrderAreNoColumnNumberRow() {
        HeaderLayout h = analyzer.analyze(rows(List.of(List.of("项目", "本年收入", "本年支出"), List.of("栏次", "2", "1"), DATA)), true);
        assertEquals(1, h.rows());
        assertEquals(Map.of(), h.numbers());
    }

    @Test
    void aCaptionCellAboveTheHeaderIsCountedAndReturned() {
        List<SourcedRow> grid = rows(List.of(List.of("政府性基金预算财政拨款支出", "", ""), List.of("项目", "本年收入", "本年支出"), DATA));
        HeaderLayout h = analyzer.analyze(grid, true);
        assertEquals(2, h.rows());
        assertEquals("政府性基金预算财政拨款支出", HeaderAnalyzer.caption(grid, h));
        assertEquals(List.of("本年收入"), h.labelsAt(1));
        assertNull(HeaderAnalyzer.caption(rows(List.of(TOP, DATA)), analyzer.analyze(rows(List.of(TOP, DATA)), true)));
    }

    @Test
    void aTotalsRowIsDataWhenTotalsAreDataAndHeaderOtherwise() {
        List<SourcedRow> grid = rows(List.of(List.of("项目", "本年收入", "本年支出"), List.of("合计", "本年收入", "")));
        assertEquals(1, analyzer.analyze(grid, true).rows());
        assertEquals(2, analyzer.analyze(grid, false).rows());
    }

    @Test
    void aRowWithAnAmountOrACodeEndsTheHeader() {
        assertEquals(1, analyzer.analyze(rows(List.of(TOP, List.of("项目", "本年收入", "1.00"))), true).rows());
        assertEquals(1, analyzer.analyze(rows(List.of(TOP, List.of("2080505", "本年收入", ""))), true).rows());
        assertEquals(0, analyzer.analyze(rows(List.of(List.of("", ""), TOP)), true).rows(), "a blank first row is no header");
    }
}
