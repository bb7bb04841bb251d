package io.juesuan.ingest.ocr;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Development aid (not a test): {@code java … LineOverlay FILE PAGE OUT.png} draws the ruling lines
 * {@link OcrPage} finds on a page over its deskewed image (red horizontal, blue vertical); with
 * {@code make} as FILE it makes the qinglong scans the gold test uses into target/scans.
 */
final class LineOverlay {
    private LineOverlay() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("probe")) { // the OcrProbe test outside JUnit (-Docr.probe, -Docr.text)
            new OcrProbe().probe();
            return;
        }
        if (args[0].equals("report")) { // tables found and warnings of a whole file
            io.juesuan.model.Report r = new io.juesuan.Pipeline().extract(Path.of(args[1]), "x.pdf");
            r.tables().forEach((k, t) -> System.out.println("TABLE " + k + " pages " + t.pages() + " rows " + t.rows().size()));
            r.warnings().stream().filter(w -> !w.code().equals("ocr_label") || w.message().contains("title")).forEach(System.out::println);
            r.checks().stream().filter(c -> c.status() == io.juesuan.model.Check.Status.FAIL).forEach(System.out::println);
            return;
        }
        if (args[0].equals("gray")) { // gray FILE PAGE X Y0 Y1: otsu, paper, and a column of values
            try (PDDocument pdf = PDDocument.load(Path.of(args[1]).toFile())) {
                GrayImage raw = GrayImage.of(OcrReader.image(pdf, Integer.parseInt(args[2]) - 1));
                GrayImage img = raw.deskew(GrayImage.skew(raw.ink(raw.otsu()), raw.width, raw.height));
                int t = img.otsu();
                System.out.println("otsu " + t + " paper " + img.paper(t));
                int x = Integer.parseInt(args[3]);
                for (int y = Integer.parseInt(args[4]); y <= Integer.parseInt(args[5]); y++) {
                    StringBuilder b = new StringBuilder(y + ":");
                    for (int dx = 0; dx < 24; dx++) {
                        b.append(String.format(" %3d", img.get(x + dx, y)));
                    }
                    System.out.println(b);
                }
            }
            return;
        }
        if (args[0].equals("counts")) { // counts FILE: lines per page
            try (PDDocument pdf = PDDocument.load(Path.of(args[1]).toFile())) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    GrayImage raw = GrayImage.of(OcrReader.image(pdf, i));
                    GrayImage img = raw.deskew(GrayImage.skew(raw.ink(raw.otsu()), raw.width, raw.height));
                    OcrPage.Lines l = OcrPage.lines(img);
                    b.append(" p").append(i + 1).append(':').append(l.horizontal().size()).append('/').append(l.vertical().size());
                }
                System.out.println(b);
            }
            return;
        }
        if (args[0].equals("make")) {
            String stem = "2023-qinglong-ybj-final";
            ScanMaker.make(Path.of("corpus", stem + ".pdf"), Path.of("target", "scans", stem + "-p17-200dpi.scan.pdf"), 200, 0.6, 12, 0.6f, 0, 17, 19);
            ScanMaker.make(Path.of("corpus", stem + ".pdf"), Path.of("target", "scans", stem + "-p17-150dpi-stamp.scan.pdf"), 150, -0.9, 8, 0.5f, 7, 17, 19);
            return;
        }
        try (PDDocument pdf = PDDocument.load(Path.of(args[0]).toFile())) {
            BufferedImage src = OcrReader.image(pdf, Integer.parseInt(args[1]) - 1);
            GrayImage raw = GrayImage.of(src);
            double skew = GrayImage.skew(raw.ink(raw.otsu()), raw.width, raw.height);
            GrayImage img = raw.deskew(skew);
            OcrPage.Lines lines = OcrPage.lines(img);
            BufferedImage out = new BufferedImage(img.width, img.height, BufferedImage.TYPE_INT_RGB);
            out.getGraphics().drawImage(img.toImage(), 0, 0, null);
            var g = out.createGraphics();
            g.setColor(new Color(255, 0, 0, 160));
            for (LineDetector.Line l : lines.horizontal()) {
                g.fillRect(l.from(), l.lo() - 1, l.to() - l.from() + 1, l.hi() - l.lo() + 3);
            }
            g.setColor(new Color(0, 0, 255, 160));
            for (LineDetector.Line l : lines.vertical()) {
                g.fillRect(l.lo() - 1, l.from(), l.hi() - l.lo() + 3, l.to() - l.from() + 1);
            }
            if (args.length > 3) { // crop x,y,w,h
                String[] c = args[3].split(",");
                out = out.getSubimage(Integer.parseInt(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]));
            }
            ImageIO.write(out, "png", Path.of(args[2]).toFile());
            if (Boolean.getBoolean("list")) {
                lines.horizontal().forEach(System.out::println);
                lines.vertical().forEach(System.out::println);
            }
            System.out.println("skew " + Math.toDegrees(skew) + ", " + lines.horizontal().size() + " H, " + lines.vertical().size() + " V");
        }
    }
}
