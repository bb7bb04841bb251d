package io.juesuan.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.juesuan.Pipeline;
import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.Page;
import io.juesuan.model.Report;
import io.juesuan.model.Row;
import io.juesuan.model.SourceInfo;
import io.juesuan.model.Table;
import io.juesuan.model.TextLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * #21: an older template's 政府性基金 table whose header cells 年初结转和结余 and 本年收入 span both
 * header rows and wrap inside their narrow columns arrived cut at the inner row line — 年初结转和结
 * over 余, 本年收 over 入 — so neither column was recognised and 41.28 and 35.26 were dropped from
 * every row without a word. The fragments of one column are joined before the header is matched.
 */
class MergedHeaderTest {
    private static final Pipeline PIPELINE = new Pipeline();

    private static final List<String> VALUES = List.of("41.28", "35.26", "30.00", "", "30.00", "46.54");

    @Test
    void headerCellCutAtTheInnerRowLineKeepsItsColumn() throws Exception {
        Table t = fundTable(List.of(
                List.of("项目", "", "年初结转和结", "本年收", "本年支出", "", "", "年末结转和结余"),
                List.of("功能分类科目编码", "科目名称", "余", "入", "小计", "基本支出", "项目支出")));
        assertEquals(List.of("opening_balance", "income", "total", "basic", "project", "closing_balance"), t.columns());
        for (Row r : t.rows()) {
            assertEquals(0, new BigDecimal("41.28").compareTo(r.values().get("opening_balance")), r.key());
            assertEquals(0, new BigDecimal("35.26").compareTo(r.values().get("income")), r.key());
            assertEquals(0, new BigDecimal("46.54").compareTo(r.values().get("closing_balance")), r.key());
        }
    }

    @Test
    void wrappedAtAnotherPlaceAndTwoWordsStayTwoLabels() throws Exception {
        // 年初 / 结转和结余 and 本年 / 收入; 本年支出 over 小计 are two labels (the group and its total)
        Table t = fundTable(List.of(
                List.of("项目", "", "年初", "本年", "本年支出", "", "", "年末结转和结余"),
                List.of("科目编码", "科目名称", "结转和结余", "收入", "小计", "基本支出", "项目支出")));
        assertEquals(List.of("opening_balance", "income", "total", "basic", "project", "closing_balance"), t.columns());
        Row total = t.rows().get(0);
        assertEquals("total", total.key());
        assertEquals(0, new BigDecimal("30.00").compareTo(total.values().get("total")));
        assertEquals(null, total.values().get("basic"));
    }

    private static Table fundTable(List<List<String>> header) throws Exception {
        List<List<String>> rows = new ArrayList<>(header);
        rows.add(List.of("栏次", "", "1", "2", "3", "4", "5", "6"));
        rows.add(row("", "合计"));
        rows.add(row("229", "其他支出"));
        rows.add(row("22960", "彩票公益金安排的支出"));
        rows.add(row("2296002", "用于社会福利的彩票公益金支出"));
        List<Block> blocks = List.of(
                new TextLine("2023年度单位决算", 1, 0),
                new TextLine("政府性基金预算财政拨款收入支出决算表", 1, 0),
                new TextLine("公开07表", 1, 0),
                new TextLine("单位：某某局本级", 1, 0),
                new TextLine("金额单位：万元", 1, 0),
                new Grid(rows, 1, 0));
        Document doc = new Document("pdf", 1, List.of(new Page(1, blocks)));
        Report r = PIPELINE.extract(doc, new SourceInfo("fund.pdf", "0", "pdf", 1));
        return r.tables().get("government_fund");
    }

    private static List<String> row(String code, String name) {
        List<String> r = new ArrayList<>(List.of(code, name));
        r.addAll(VALUES);
        return r;
    }
}
