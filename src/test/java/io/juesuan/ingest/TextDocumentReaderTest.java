package io.juesuan.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.TextLine;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDocumentReaderTest {
    private final TextDocumentReader reader = new TextDocumentReader();

    @Test
    void markdownIsStrippedAndTabRowsBecomeGrids() {
        Document d = reader.parse("# 第一部分  \n**<b>2024 年度</b>**  \n\n项目\t金额\n合　计\t１,２３４.５０\n\n注：说明");
        List<Block> blocks = d.blocks();
        assertEquals("第一部分", ((TextLine) blocks.get(0)).text());
        assertEquals("2024 年度", ((TextLine) blocks.get(1)).text());
        Grid g = (Grid) blocks.get(2);
        assertEquals(List.of(List.of("项目", "金额"), List.of("合 计", "1,234.50")), g.rows());
        assertEquals(4, g.line());
        assertEquals("注：说明", ((TextLine) blocks.get(3)).text());
    }

    @Test
    void formFeedsSeparatePages() {
        Document d = reader.parse("a\n\fb\tc\n\f");
        assertEquals(2, d.pageCount());
        assertEquals(2, d.blocks().get(1).page());
    }

    @Test
    void gbkTextIsDecoded(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("gbk.txt");
        Files.write(f, "收入决算表\n合计\t5,867.66\n".getBytes(Charset.forName("GBK")));
        Grid g = (Grid) reader.read(f).blocks().get(1);
        assertEquals("5,867.66", g.cell(0, 1));
    }

    @Test
    void emptyAndUndecodableFilesAreClearErrors(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("e.txt"), new byte[0]);
        assertEquals("empty file", assertThrows(IngestException.class, () -> reader.read(empty)).getMessage());
        Path junk = Files.write(dir.resolve("j.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0x81, 0x01});
        assertTrue(assertThrows(IngestException.class, () -> reader.read(junk)).getMessage().contains("UTF-8"));
    }
}
