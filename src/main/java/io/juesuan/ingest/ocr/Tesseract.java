package io.juesuan.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * The {@code tesseract} command (Debian's tesseract-ocr 5 with chi_sim and eng). One process per
 * composed image, TSV output with word boxes; {@code OMP_THREAD_LIMIT=1} so that the batch's
 * {@code --jobs} is the only parallelism.
 */
final class Tesseract {
    static final String MISSING = "OCR needs tesseract-ocr and tesseract-ocr-chi-sim "
            + "(apt-get install -y tesseract-ocr tesseract-ocr-chi-sim)";
    private static volatile Boolean available;

    /** One recognised word: its box in the image's pixels, the engine's confidence (0-100) and line id. */
    record Word(String text, int left, int top, int width, int height, float conf, int block, int par, int line) {
        int centerY() {
            return top + height / 2;
        }

        int centerX() {
            return left + width / 2;
        }
    }

    private Tesseract() {}

    /** True when the command runs and knows chi_sim and eng. Asked once per JVM. */
    static boolean available() {
        Boolean a = available;
        if (a == null) {
            a = probe();
            available = a;
        }
        return a;
    }

    private static boolean probe() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0 && out.lines().anyMatch("chi_sim"::equals) && out.lines().anyMatch("eng"::equals);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Recognises one image. {@code whitelist} limits the characters (null: any); {@code psm} is the
     * page segmentation mode (6: one uniform block, 4: one column, 3: automatic).
     */
    static List<Word> recognise(BufferedImage image, String lang, int psm, String whitelist) throws IOException {
        Path dir = Files.createTempDirectory("juesuan-ocr");
        try {
            Path png = dir.resolve("in.png");
            ImageIO.write(image, "png", png.toFile());
            List<String> cmd = new ArrayList<>(List.of("tesseract", png.toString(), dir.resolve("out").toString(),
                    "-l", lang, "--psm", String.valueOf(psm), "--dpi", "300", "-c", "preserve_interword_spaces=1"));
            if (whitelist != null) {
                cmd.addAll(List.of("-c", "tessedit_char_whitelist=" + whitelist));
            }
            cmd.add("tsv");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            Process p = pb.start();
            byte[] log = p.getInputStream().readAllBytes();
            try {
                if (!p.waitFor(600, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("tesseract did not finish in 600 s");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted during OCR");
            }
            if (p.exitValue() != 0) {
                throw new IOException("tesseract failed: " + new String(log, StandardCharsets.UTF_8).strip());
            }
            return parse(Files.readAllLines(dir.resolve("out.tsv"), StandardCharsets.UTF_8));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    static List<Word> parse(List<String> tsv) {
        List<Word> words = new ArrayList<>();
        for (String row : tsv) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !"5".equals(f[0])) {
                continue;
            }
            String text = f[11].strip();
            if (text.isEmpty()) {
                continue;
            }
            words.add(new Word(text, Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]),
                    Integer.parseInt(f[9]), Float.parseFloat(f[10]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4])));
        }
        return words;
    }
}
