package io.juesuan.ingest;

import io.juesuan.model.Block;
import io.juesuan.model.Document;
import io.juesuan.model.Grid;
import io.juesuan.model.TextLine;
import java.nio.file.Path;

/** Prints a document model (PDF or text) one block per line, for eyeballing against the page. */
public final class PdfModelDump {
    public static void main(String[] args) throws Exception {
        Path p = Path.of(args[0]);
        Document d = p.toString().endsWith(".pdf") ? new PdfDocumentReader().read(p) : new TextDocumentReader().read(p);
        int from = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int to = args.length > 2 ? Integer.parseInt(args[2]) : d.pageCount();
        System.out.println("pages=" + d.pageCount());
        for (Block b : d.blocks()) {
            if (b.page() < from || b.page() > to) {
                continue;
            }
            if (b instanceof TextLine t) {
                System.out.println("p" + t.page() + " T " + t.text());
            } else if (b instanceof Grid g) {
                System.out.println("p" + g.page() + " GRID " + g.rows().size() + "x" + g.width());
                for (var r : g.rows()) {
                    System.out.println("   | " + String.join(" | ", r));
                }
            }
        }
    }
}
