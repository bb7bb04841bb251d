package io.juesuan.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.juesuan.ingest.TextDocumentReader;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.TextLine;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Look-alike code points from browser- and Mac-printed PDFs fold to the ideograph; ordinary text stays as it was. */
class IdeographFoldingTest {

    @Test
    void kangxiRadicalsFoldToTheIdeograph() {
        assertEquals("收入支出决算总表", IdeographFolding.fold("收\u2F0A\u2F40出决算总表"));
        assertEquals("一般公共预算", IdeographFolding.fold("\u2F00般公共预算"));
        assertEquals("二十一", IdeographFolding.fold("\u2F06\u2F17\u2F00"));
        // every Kangxi radical has a unified ideograph
        for (int cp = 0x2F00; cp <= 0x2FD5; cp++) {
            int to = IdeographFolding.fold(cp);
            assertEquals(Character.UnicodeScript.HAN, Character.UnicodeScript.of(to), Integer.toHexString(cp));
            assertNotEquals(cp, to, Integer.toHexString(cp));
        }
    }

    @Test
    void radicalsSupplementFoldsByTheTableWhereNfkcDoesNot() {
        // ⺠ 民 and ⻓ 长 occur in browser-printed reports (人民, 长期); NFKC leaves them alone
        assertEquals("\u2EA0", Normalizer.normalize("\u2EA0", Normalizer.Form.NFKC));
        assertEquals("人民群众", IdeographFolding.fold("人\u2EA0群众"));
        assertEquals("长期护理", IdeographFolding.fold("\u2ED3期护理"));
        assertEquals("黄", IdeographFolding.fold("\u2EE9"));
        assertEquals("母", IdeographFolding.fold("\u2E9F"));
        // no ideograph equivalent (CJK RADICAL REPEAT): stays
        assertEquals("\u2E80", IdeographFolding.fold("\u2E80"));
    }

    @Test
    void compatibilityIdeographsFoldToTheirCanonicalIdeograph() {
        assertEquals("\u8C48", IdeographFolding.fold("\uF900"));
        assertEquals("\u9F9C", IdeographFolding.fold("\uF907"));
        assertEquals("\u4E3D", IdeographFolding.fold("\uD87E\uDC00")); // U+2F800
        assertEquals("金额\u4E3D", IdeographFolding.fold("金额\uD87E\uDC00"));
        // 﨑 U+FA11 is itself a unified ideograph: no decomposition, stays
        assertEquals("\uFA11", IdeographFolding.fold("\uFA11"));
    }

    @Test
    void ordinaryReportTextIsUntouched() {
        String[] samples = {"2023年度", "12,345.67", "５８２４．３０", "％", "①②③", "㎡", "㈠", "⑴", "（一）", "单位：万元",
                "“三公”经费", "……", "——", "、。；！？", "Ⅰ类", "m²", "\u3000\u3000缩进", "208 05 01", "PPP项目", "支出"};
        for (String s : samples) {
            assertSame(s, IdeographFolding.fold(s), s);
        }
        // what NFKC would have done to the same text: why it is applied only to the radical and compatibility ranges
        assertEquals("1", Normalizer.normalize("①", Normalizer.Form.NFKC));
        assertEquals("m2", Normalizer.normalize("㎡", Normalizer.Form.NFKC));
        assertEquals("(一)", Normalizer.normalize("㈠", Normalizer.Form.NFKC));
        assertEquals("...", Normalizer.normalize("…", Normalizer.Form.NFKC));
    }

    @Test
    void fullWidthFoldingIsAsBefore() {
        assertEquals("5824.30 12% 单位:万元", TextNormalizer.halfWidth("５８２４．３０\u3000１２％ 单位:万元"));
        assertEquals("（一）：", TextNormalizer.halfWidth("（一）："));
        assertEquals("支出 合计", TextNormalizer.collapse(IdeographFolding.fold("⽀出\u3000\u3000合计")));
    }

    @Test
    void textFrontEndFoldsBeforeMatching() {
        Document d = new TextDocumentReader().parse("⼀、收⼊⽀出决算总表\n项⽬\t⾦额\n本年收⼊合计\t１２．５\n");
        assertEquals("一、收入支出决算总表", ((TextLine) d.blocks().get(0)).text());
        Grid g = (Grid) d.blocks().get(1);
        assertEquals("项目", g.rows().get(0).get(0));
        assertEquals("金额", g.rows().get(0).get(1));
        assertEquals("本年收入合计", g.rows().get(1).get(0));
        assertEquals("12.5", g.rows().get(1).get(1));
    }
}
