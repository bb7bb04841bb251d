package io.juesuan.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Prints pages per second of the PDF front-end over the corpus (run as a main, not a test). */
public final class PdfThroughput {
    public static void main(String[] args) throws Exception {
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(Path.of(args.length > 0 ? args[0] : "corpus"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        PdfDocumentReader reader = new PdfDocumentReader();
        for (Path p : pdfs) {
            reader.read(p); // warm-up: class loading, JIT, font caches
        }
        int rounds = 3;
        long pages = 0;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Path p : pdfs) {
                pages += reader.read(p).pageCount();
            }
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d pages in %.2f s: %.1f pages/s%n", pages, secs, pages / secs);
    }
}
