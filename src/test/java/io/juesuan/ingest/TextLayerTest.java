package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.Pipeline;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.Report;
import io.juesuan.model.Row;
import io.juesuan.model.Table;
import io.juesuan.model.TextLine;
import io.juesuan.model.Warning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fonts whose text layer does not say what they draw. Fixtures (src/test/resources/fixtures), each one
 * page, the 收入支出决算总表 of the 烟台 sample or a small table like it:
 * <ul>
 *   <li>{@code cid-truetype-no-tounicode.pdf}: CID TrueType, Identity-H, no ToUnicode, the embedded
 *       font keeps its Unicode cmap (PDFBox-made, ToUnicode removed); pdftotext reads {@code &%.#2}</li>
 *   <li>{@code cid-truetype-no-tounicode-no-cmap.pdf}: the sample page re-distilled by Ghostscript
 *       pdfwrite, ToUnicode removed; the subset font has no cmap, nothing says what a glyph is</li>
 *   <li>{@code redistilled-wrong-tounicode.pdf}: the sample page through Ghostscript pdfwrite (10.0):
 *       its ToUnicode is partly wrong — 单Oÿ烟Ā^|疗保障局q级, 一般|共服ó支û</li>
 *   <li>{@code type3-no-tounicode.pdf}: pdfwrite {@code -dCompatibilityLevel=1.2}: Type 3 fonts, no ToUnicode</li>
 *   <li>{@code type3-dingbats-tounicode.pdf}: ps2write then pdfwrite: Type 3 fonts whose map names dingbats (✭✩➣)</li>
 * </ul>
 */
class TextLayerTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    private final PdfDocumentReader reader = new PdfDocumentReader();

    @Test
    void cidFontWithoutToUnicodeIsReadThroughTheFontsOwnCmap() throws Exception {
        Document d = reader.read(FIXTURES.resolve("cid-truetype-no-tounicode.pdf"));
        assertEquals(List.of(), d.undecodablePages());
        assertEquals("收入支出决算总表", ((TextLine) d.blocks().get(0)).text());
        Grid g = d.blocks().stream().filter(b -> b instanceof Grid).map(b -> (Grid) b).findFirst().orElseThrow();
        assertEquals(List.of(List.of("项目", "行次", "金额"), List.of("一、一般公共预算财政拨款收入", "1", "5,867.66"),
                List.of("二、政府性基金预算财政拨款收入", "2"), List.of("本年收入合计", "6", "5,867.66")), g.rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cid-truetype-no-tounicode-no-cmap.pdf", "redistilled-wrong-tounicode.pdf",
            "type3-no-tounicode.pdf", "type3-dingbats-tounicode.pdf"})
    void undecodableTextLayerIsReportedNeverRead(String fixture) {
        IngestException e = assertThrows(IngestException.class, () -> reader.read(FIXTURES.resolve(fixture)));
        assertTrue(e.getMessage().startsWith("text layer not decodable on pages 1 "), e.getMessage());
    }

    /** One bad page in a good report: that page is left out (for OCR) and named, the rest is read, nothing garbled passes. */
    @Test
    void anUndecodablePageInAReportIsLeftOutAndNamed(@TempDir Path dir) throws Exception {
        Path mixed = dir.resolve("mixed.pdf");
        try (PDDocument report = PDDocument.load(Path.of("corpus", "2023-yantai-ybj-final.pdf").toFile());
                PDDocument bad = PDDocument.load(FIXTURES.resolve("redistilled-wrong-tounicode.pdf").toFile())) {
            // page 5 (收入支出决算总表) replaced by the same page re-distilled with a wrong map
            PDPage garbled = report.importPage(bad.getPage(0));
            report.getPages().remove(garbled);
            report.getPages().insertBefore(garbled, report.getPage(4));
            report.removePage(5);
            report.save(mixed.toFile());
        }
        Document d = reader.read(mixed);
        assertEquals(27, d.pageCount());
        assertEquals(List.of(5), d.undecodablePages());
        assertTrue(d.pages().get(4).blocks().isEmpty());
        assertFalse(d.pages().get(5).blocks().isEmpty());

        Report r = new Pipeline().extract(mixed, "mixed.pdf");
        Warning w = r.warnings().get(0);
        assertEquals("text_undecodable", w.code());
        assertEquals("text layer not decodable on pages 5", w.message());
        assertFalse(r.tables().containsKey("income_expenditure_summary"));
        assertTrue(r.tables().containsKey("income"));
        assertEquals("烟台市医疗保障局本级", r.report().unit());
        List<String> texts = new ArrayList<>();
        for (Table t : r.tables().values()) {
            texts.add(t.title());
            t.rows().stream().map(Row::name).forEach(texts::add);
        }
        for (String s : texts) {
            if (s != null) {
                assertTrue(s.codePoints().allMatch(TextLayerJudge::belongs), s);
            }
        }
    }

    private static List<Glyph> glyphs(String s) {
        List<Glyph> out = new ArrayList<>();
        float x = 0;
        for (int cp : s.codePoints().toArray()) {
            out.add(new Glyph(Character.toString(cp), x, 0, 9, 9, 9));
            x += 9;
        }
        return out;
    }

    @Test
    void judgeCountsCharactersThatDoNotBelongToAChineseReport() {
        assertEquals(0, TextLayerJudge.count(glyphs("单位：烟台市医疗保障局本级 金额单位：万元 5,867.66 ① ㎡ ％ （一） ≥95% ✓ PPP项目 A级"), 0).suspects());
        // a Latin-1 letter (ÿ); a lone Latin letter between ideographs (局q级)
        assertEquals(1, TextLayerJudge.count(glyphs("单Oÿ"), 0).suspects());
        assertEquals(1, TextLayerJudge.count(glyphs("局q级"), 0).suspects());
        assertEquals(3, TextLayerJudge.count(glyphs("一般|共服ó支û"), 0).suspects());
        assertEquals(5, TextLayerJudge.count(glyphs("✭✩➣❊✝"), 0).suspects());
        assertEquals(2, TextLayerJudge.count(glyphs("\uE001\uFFFD"), 0).suspects());
        assertEquals(new TextLayerJudge.Count(3, 5), TextLayerJudge.count(glyphs("支出"), 3));
        // a few stray symbols on a page of text do not condemn it; a wrong map does
        String page = "一、一般公共预算财政拨款收入本年收入合计支出决算总表".repeat(10);
        assertFalse(TextLayerJudge.undecodable(glyphs(page + "αΔ✭"), 0));
        assertTrue(TextLayerJudge.undecodable(glyphs(page.replace("收", "û")), 0));
        assertTrue(TextLayerJudge.undecodable(glyphs("收入"), 40));
    }
}
