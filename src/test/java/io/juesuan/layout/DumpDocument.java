package io.juesuan.layout;

import io.juesuan.Pipeline;
import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.TextLine;
import java.nio.file.Path;

/** Debugging aid: prints the intermediate model of a file (text lines, grid rows) as the front-end reads it. */
public final class DumpDocument {
    private DumpDocument() {}

    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Path p = Path.of(a);
            Document doc = new Pipeline().readerFor(p).read(p);
            for (Block b : doc.blocks()) {
                if (b instanceof TextLine t) {
                    System.out.println("p" + t.page() + " T " + t.text());
                } else if (b instanceof Grid g) {
                    System.out.println("p" + g.page() + " G");
                    g.rows().forEach(r -> System.out.println("    " + r));
                }
            }
        }
    }
}
