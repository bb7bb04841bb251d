package io.juesuan.ingest.ocr;

import io.juesuan.ingest.Glyph;
import io.juesuan.ingest.PageLayout;
import io.juesuan.model.Page;
import io.juesuan.model.Warning;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import technology.tabula.Ruling;

/**
 * One page image into the model: deskewed, its ruling lines found and turned into cells by the
 * PDF front-end's own lattice step, each cell recognised on its own (cells are stacked into one
 * strip image per page so the engine starts once, and words come back to their cell by position),
 * amounts recognised again with a digit whitelist, and the text outside the tables by blocks.
 * Everything is emitted as glyphs and lines into {@link PageLayout#page}, as the PDF path does.
 */
final class OcrPage {
    /** Below this word confidence an amount is listed as a doubt. */
    static final float DOUBT_CONFIDENCE = 80f;
    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    /** One-character headers that columns of numbers do print (类 款 项 above split codes). */
    private static final String HEADER_CHARS = "类款项合计";
    private static final String DIGITS = "0123456789.,-";

    /** What OCR made of one cell. */
    record CellText(int table, int row, int col, String text, float conf, boolean numeric) {}

    final Page page;
    final List<CellText> cells;
    final List<Warning> warnings;
    final double skewDegrees;
    final int lines;

    private OcrPage(Page page, List<CellText> cells, List<Warning> warnings, double skewDegrees, int lines) {
        this.page = page;
        this.cells = cells;
        this.warnings = warnings;
        this.skewDegrees = skewDegrees;
        this.lines = lines;
    }

    private record Crop(PageLayout.Cell cell, int row, int col, int x0, int y0, int x1, int y1) {}

    private record Placed(Crop crop, int stripTop, int stripLeft) {}

    static OcrPage read(BufferedImage source, int number) throws IOException {
        GrayImage raw = GrayImage.of(source);
        double skew = GrayImage.skew(raw.ink(raw.otsu()), raw.width, raw.height);
        GrayImage img = raw.deskew(skew);
        Lines found = lines(img);
        boolean[] ink = found.ink();
        int w = img.width;
        int h = img.height;
        double dpi = found.dpi();
        float pt = (float) (72 / dpi);
        int gap = found.gap();
        int thick = found.thick();
        List<LineDetector.Line> hl = found.horizontal();
        List<LineDetector.Line> vl = found.vertical();
        int extend = gap + 1;
        List<Ruling> horizontal = new ArrayList<>();
        for (LineDetector.Line l : hl) {
            horizontal.add(new Ruling(new java.awt.geom.Point2D.Float((l.from() - extend) * pt, (float) l.pos() * pt),
                    new java.awt.geom.Point2D.Float((l.to() + extend) * pt, (float) l.pos() * pt)));
        }
        List<Ruling> vertical = new ArrayList<>();
        for (LineDetector.Line l : vl) {
            vertical.add(new Ruling(new java.awt.geom.Point2D.Float((float) l.pos() * pt, (l.from() - extend) * pt),
                    new java.awt.geom.Point2D.Float((float) l.pos() * pt, (l.to() + extend) * pt)));
        }
        List<PageLayout.Cell> cells = PageLayout.cells(horizontal, vertical);
        List<float[]> areas = PageLayout.tableAreas(horizontal, vertical);

        if (Boolean.getBoolean("ocr.debugLines")) {
            hl.forEach(l -> System.err.println("H " + l));
            vl.forEach(l -> System.err.println("V " + l));
            areas.forEach(a -> System.err.println("AREA " + java.util.Arrays.toString(a)));
            cells.forEach(c -> System.err.println("CELL " + c));
        }
        // the lines themselves are not text: erase them before anything is recognised
        boolean[] text = ink.clone();
        for (LineDetector.Line l : hl) {
            erase(text, w, h, l.from() - 1, l.lo() - 1, l.to() + 1, l.hi() + 1);
        }
        for (LineDetector.Line l : vl) {
            erase(text, w, h, l.lo() - 1, l.from() - 1, l.hi() + 1, l.to() + 1);
        }

        List<Crop> crops = crops(cells, text, w, h, pt, thick);
        List<Glyph> glyphs = new ArrayList<>();
        List<CellText> results = new ArrayList<>();
        Map<Crop, List<Tesseract.Word>> byCell = recogniseStrip(crops, text, w, "chi_sim", null, scale(dpi), false);
        // amounts again with digits only: cells read as numbers, and short cells in columns of numbers
        // (a 栏次 row's 1 … 7 read as 工 … 了)
        Map<String, int[]> columns = new java.util.HashMap<>();
        for (Crop c : crops) {
            boolean num = looksNumeric(join(byCell.get(c)));
            for (String key : List.of(c.cell().table() + "/c" + c.col(), c.cell().table() + "/r" + c.row())) {
                int[] n = columns.computeIfAbsent(key, k -> new int[2]);
                n[0]++;
                n[1] += num ? 1 : 0;
            }
        }
        // a 栏次 row holds column numbers only
        Set<String> numberRows = new java.util.HashSet<>();
        for (Crop c : crops) {
            String t = join(byCell.get(c)).replace(" ", "");
            if (t.equals("栏次") || t.equals("栏 次")) {
                numberRows.add(c.cell().table() + "/" + c.row());
            }
        }
        List<Crop> numeric = new ArrayList<>();
        for (Crop c : crops) {
            if (numberRows.contains(c.cell().table() + "/" + c.row()) && !join(byCell.get(c)).replace(" ", "").equals("栏次")) {
                numeric.add(c);
                continue;
            }
            String s = join(byCell.get(c)).replace(" ", "");
            int[] n = columns.get(c.cell().table() + "/c" + c.col());
            int[] r = columns.get(c.cell().table() + "/r" + c.row());
            if (looksNumeric(s) || (s.length() <= 2 && (n[1] * 2 >= n[0] || r[1] * 2 >= r[0]))) {
                numeric.add(c);
            }
        }
        Map<Crop, List<Tesseract.Word>> digits = recogniseStrip(numeric, text, w, "eng", DIGITS, scale(dpi), false);
        List<Warning> warnings = new ArrayList<>();
        for (Crop c : crops) {
            String chi = join(byCell.get(c)).replace(" ", "");
            boolean isNumber = digits.containsKey(c) && !digits.get(c).isEmpty()
                    && (looksNumeric(chi) || numberRows.contains(c.cell().table() + "/" + c.row()) || minConf(digits.get(c)) > minConf(byCell.get(c))
                        || (chi.length() == 1 && !HEADER_CHARS.contains(chi) && minConf(digits.get(c)) >= 50));
            List<Tesseract.Word> words = isNumber ? digits.get(c) : byCell.get(c);
            if (words == null || words.isEmpty()) {
                continue;
            }
            float conf = 100;
            for (Tesseract.Word word : words) {
                conf = Math.min(conf, word.conf());
            }
            if (!isNumber) {
                String read = words.stream().map(Tesseract.Word::text).reduce("", String::concat);
                String known = LabelProofreader.proofread(fullWidthPunctuation(read, "", ""));
                if (known != null) {
                    int l = Integer.MAX_VALUE;
                    int t = Integer.MAX_VALUE;
                    int r = Integer.MIN_VALUE;
                    int b = Integer.MIN_VALUE;
                    for (Tesseract.Word word : words) {
                        l = Math.min(l, word.left());
                        t = Math.min(t, word.top());
                        r = Math.max(r, word.left() + word.width());
                        b = Math.max(b, word.top() + word.height());
                    }
                    words = List.of(new Tesseract.Word(known, l, t, r - l, b - t, conf, 0, 0, 0));
                    warnings.add(Warning.info("ocr_label", "OCR read \"" + read + "\", taken as \"" + known
                            + "\", the name the mappings know (table " + (c.cell().table() + 1) + ", row " + (c.row() + 1) + ")", number));
                }
            }
            glyphs.addAll(glyphs(words, pt));
            String s = join(words);
            results.add(new CellText(c.cell().table(), c.row(), c.col(), s, conf, isNumber));
            if (isNumber && (conf < DOUBT_CONFIDENCE || !AMOUNT.matcher(s.replace(" ", "")).matches())) {
                warnings.add(Warning.doubt("ocr_doubt", "OCR read \"" + s + "\" (confidence " + Math.round(conf)
                        + ") in table " + (c.cell().table() + 1) + ", row " + (c.row() + 1) + ", column " + (c.col() + 1)
                        + ": check it against the page", number));
            }
        }

        // text outside the tables, by blocks
        boolean[] outside = text.clone();
        int pad = (int) Math.round(dpi / 50);
        for (float[] a : areas) {
            erase(outside, w, h, (int) (a[0] / pt) - pad, (int) (a[1] / pt) - pad, (int) (a[2] / pt) + pad, (int) (a[3] / pt) + pad);
        }
        int[] box = bounds(outside, w, 0, 0, w - 1, h - 1);
        if (box != null) {
            int m = 10;
            int x0 = Math.max(0, box[0] - m);
            int y0 = Math.max(0, box[1] - m);
            int x1 = Math.min(w - 1, box[2] + m);
            int y1 = Math.min(h - 1, box[3] + m);
            BufferedImage part = binary(outside, w, x0, y0, x1, y1, 0);
            List<Tesseract.Word> moved = new ArrayList<>();
            for (Tesseract.Word word : Tesseract.recognise(part, "chi_sim", 4, null)) {
                moved.add(new Tesseract.Word(word.text(), word.left() + x0, word.top() + y0, word.width(),
                        word.height(), word.conf(), word.block(), word.par(), word.line()));
            }
            glyphs.addAll(glyphs(titlesProofread(moved, warnings, number), pt));
        }
        Page page = PageLayout.page(glyphs, horizontal, vertical, number);
        return new OcrPage(page, results, warnings, Math.toDegrees(skew), hl.size() + vl.size());
    }

    /** Light rules on (default); {@code -Docr.lightRules=false} finds lines on the text threshold only. */
    static final boolean LIGHT_RULES = !"false".equals(System.getProperty("ocr.lightRules"));

    /** The ruling lines of a deskewed page, and the text ink mask and scale they were found with. */
    record Lines(List<LineDetector.Line> horizontal, List<LineDetector.Line> vertical, boolean[] ink, double dpi, int gap, int thick) {}

    /** Finds the ruling lines of a deskewed page image. */
    static Lines lines(GrayImage img) {
        int threshold = img.otsu();
        boolean[] ink = img.ink(threshold);
        int w = img.width;
        int h = img.height;
        double dpi = Math.max(w, h) / 11.69;
        int gap = Math.max(2, (int) Math.round(dpi / 100));
        int thick = Math.max(3, (int) Math.round(dpi / 40));
        int minH = (int) (0.6 * dpi);
        int minV = (int) (0.2 * dpi);
        List<LineDetector.Line> hl = LineDetector.find(ink, w, h, true, minH, gap, thick);
        List<LineDetector.Line> vl0 = LineDetector.find(ink, w, h, false, minV, gap, thick);
        if (LIGHT_RULES) {
            // thin light rules the text threshold breaks up: found on a lighter mask with wider breaks
            // bridged, and taken only where they are thin straight rules (not a row of text)
            boolean[] light = img.ink(img.lightThreshold(threshold, 0.5));
            int lightGap = Math.max(3, (int) Math.round(dpi / 40));
            int reach = Math.max(3, (int) Math.round(dpi / 50));
            hl = LineDetector.absorbFragments(LineDetector.addLight(hl,
                    LineDetector.find(light, w, h, true, minH, lightGap, thick), light, w, h, reach, thick), gap);
            vl0 = LineDetector.absorbFragments(LineDetector.addLight(vl0,
                    LineDetector.find(light, w, h, false, minV, lightGap, thick), light, w, h, reach, thick), gap);
        }
        List<LineDetector.Line> hlFinal = hl;
        // a vertical line of a table meets one of its horizontal lines; strokes of large characters do not
        int reach = 3 * gap + thick;
        List<LineDetector.Line> vl = vl0.stream().filter(v -> hlFinal.stream().anyMatch(l -> l.from() - reach <= v.pos() && v.pos() <= l.to() + reach
                && v.from() - reach <= l.pos() && l.pos() <= v.to() + reach)).toList();
        return new Lines(hlFinal, vl, ink, dpi, gap, thick);
    }

    /**
     * Lines of text outside the tables that nearly read as a standard table's title are taken as that
     * title (a table is found by its title: a misread one loses the table or gives it another's name);
     * an {@code ocr_label} info warning says what was read.
     */
    static List<Tesseract.Word> titlesProofread(List<Tesseract.Word> words, List<Warning> warnings, int page) {
        List<Tesseract.Word> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int j = i;
            StringBuilder read = new StringBuilder();
            while (j < words.size() && sameLine(words.get(i), words.get(j))) {
                read.append(words.get(j).text());
                j++;
            }
            String title = LabelProofreader.title(read.toString());
            java.util.regex.Matcher meta = META_LABEL.matcher(read);
            if (title == null && meta.find()) {
                // the separator after 单位/部门 … read as a semicolon or ASCII colon: the printed ：
                int at = meta.end() - 1;
                for (int k = i; k < j; k++) {
                    Tesseract.Word w = words.get(k);
                    if (at < w.text().length()) {
                        String fixed = w.text().substring(0, at) + "：" + w.text().substring(at + 1);
                        out.add(new Tesseract.Word(fixed, w.left(), w.top(), w.width(), w.height(), w.conf(), w.block(), w.par(), w.line()));
                        at = Integer.MAX_VALUE / 2;
                    } else {
                        out.add(w);
                        at -= w.text().length();
                    }
                }
            } else if (title == null) {
                out.addAll(words.subList(i, j));
            } else {
                int l = Integer.MAX_VALUE;
                int t = Integer.MAX_VALUE;
                int r = Integer.MIN_VALUE;
                int b = Integer.MIN_VALUE;
                float conf = 100;
                for (Tesseract.Word w : words.subList(i, j)) {
                    l = Math.min(l, w.left());
                    t = Math.min(t, w.top());
                    r = Math.max(r, w.left() + w.width());
                    b = Math.max(b, w.top() + w.height());
                    conf = Math.min(conf, w.conf());
                }
                Tesseract.Word first = words.get(i);
                out.add(new Tesseract.Word(title, l, t, r - l, b - t, conf, first.block(), first.par(), first.line()));
                warnings.add(Warning.info("ocr_label", "OCR read the title \"" + read + "\", taken as \"" + title
                        + "\", the standard table title it nearly is", page));
            }
            i = j;
        }
        return out;
    }

    /** Cells are enlarged to about 300 dpi for the engine (its text height sweet spot). */
    static int scale(double dpi) {
        return dpi < 250 ? 2 : 1;
    }

    static boolean looksNumeric(String s) {
        String t = s.replace(" ", "");
        if (t.isEmpty()) {
            return false;
        }
        int digits = 0;
        int cjk = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digits++;
            } else if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) {
                cjk++;
            }
        }
        return digits > 0 && cjk == 0 && digits * 2 >= t.length();
    }

    private static float minConf(List<Tesseract.Word> words) {
        float m = words == null || words.isEmpty() ? -1 : 100;
        if (words != null) {
            for (Tesseract.Word w : words) {
                m = Math.min(m, w.conf());
            }
        }
        return m;
    }

    private static String join(List<Tesseract.Word> words) {
        if (words == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (Tesseract.Word w : words) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.text());
        }
        return b.toString();
    }

    /**
     * Words as glyphs, in points. The words of one engine line share that line's height (so they
     * stay one line) and follow each other left to right in the engine's order, each word's
     * characters spread evenly over its box.
     */
    static List<Glyph> glyphs(List<Tesseract.Word> words, float pt) {
        List<Glyph> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int j = i;
            Tesseract.Word first = words.get(i);
            int top = Integer.MAX_VALUE;
            int bottom = Integer.MIN_VALUE;
            while (j < words.size() && sameLine(first, words.get(j))) {
                top = Math.min(top, words.get(j).top());
                bottom = Math.max(bottom, words.get(j).top() + words.get(j).height());
                j++;
            }
            float size = (bottom - top) * pt;
            float end = -Float.MAX_VALUE;
            boolean open = true;
            for (int k = i; k < j; k++) {
                Tesseract.Word w = words.get(k);
                String text = fullWidthPunctuation(digitLookalikes(w.text()), k > i ? words.get(k - 1).text() : "", k + 1 < j ? words.get(k + 1).text() : "");
                if (k == i) {
                    text = enumerationComma(text);
                }
                if (text.indexOf('"') >= 0 || text.indexOf('\'') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0
                        || (!open && text.indexOf('?') >= 0)) {
                    StringBuilder q = new StringBuilder(text);
                    for (int c = 0; c < q.length(); c++) {
                        char ch = q.charAt(c);
                        // an open quote's closing mark is sometimes read as ?
                        if (ch == '"' || ch == '\'' || ch == '“' || ch == '”' || (ch == '?' && !open)) {
                            q.setCharAt(c, open ? '“' : '”');
                            open = !open;
                        }
                    }
                    text = q.toString();
                }
                int[] cps = text.codePoints().toArray();
                float left = Math.max(w.left() * pt, end + 0.01f);
                float right = Math.max((w.left() + w.width()) * pt, left + cps.length * 0.5f);
                float each = (right - left) / cps.length;
                for (int c = 0; c < cps.length; c++) {
                    out.add(new Glyph(new String(Character.toChars(cps[c])), left + c * each, top * pt, each * 0.9f, size, size));
                }
                end = right;
            }
            i = j;
        }
        return out;
    }

    private static final Pattern ENUMERATION = Pattern.compile("^([一二三四五六七八九十]{1,3})[，,.。·:：]");

    /** A line opening 一. / 二， / 十五: (an enumeration whose 、 the engine took for other punctuation) gets its 、 back. */
    static String enumerationComma(String text) {
        return ENUMERATION.matcher(text).replaceFirst("$1、");
    }

    /**
     * A line opening with a report's meta label (单位, 部门, 金额单位 …) and a semicolon or an ASCII
     * colon: the engine's reading of the printed full-width colon (单位；烟台市… is no meta line to
     * the table reader, and the table after it was lost).
     */
    static final Pattern META_LABEL = Pattern.compile("^(单位|部门|金额单位|编制单位|填报单位|预算单位|单位名称|部门名称)[;；:]");

    private static final Pattern LETTER_IN_NUMBER = Pattern.compile("(?<=\\d)[oO]|[oO](?=\\d)");

    /** The letter o beside a digit (公开o4表) is the digit 0. */
    static String digitLookalikes(String text) {
        return LETTER_IN_NUMBER.matcher(text).replaceAll("0");
    }

    private static boolean sameLine(Tesseract.Word a, Tesseract.Word b) {
        return a.block() == b.block() && a.par() == b.par() && a.line() == b.line();
    }

    private static final String ASCII_PUNCT = ":;,()";
    private static final String FULL_PUNCT = "：；，（）";

    /** ASCII punctuation next to a CJK character is the full-width form the PDFs print (单位：, （境）). */
    static String fullWidthPunctuation(String word, String before, String after) {
        StringBuilder b = new StringBuilder(word.replace('〈', '（').replace('〉', '）').replace('《', '（').replace('》', '）'));
        for (int i = 0; i < b.length(); i++) {
            int k = ASCII_PUNCT.indexOf(b.charAt(i));
            if (k < 0) {
                continue;
            }
            char prev = i > 0 ? b.charAt(i - 1) : before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
            char next = i + 1 < b.length() ? b.charAt(i + 1) : after.isEmpty() ? ' ' : after.charAt(0);
            if (isHan(prev) || isHan(next)) {
                b.setCharAt(i, FULL_PUNCT.charAt(k));
            }
        }
        return b.toString();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Each cell's inside (lines excluded), trimmed to its ink; empty cells are left out. */
    private static List<Crop> crops(List<PageLayout.Cell> cells, boolean[] text, int w, int h, float pt, int thick) {
        Map<Integer, List<Float>> tops = new LinkedHashMap<>();
        Map<Integer, List<Float>> lefts = new LinkedHashMap<>();
        for (PageLayout.Cell c : cells) {
            tops.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c.top());
            lefts.computeIfAbsent(c.table(), k -> new ArrayList<>()).add(c.left());
        }
        List<Crop> out = new ArrayList<>();
        List<PageLayout.Cell> taken = new ArrayList<>();
        int inset = thick / 2 + 1;
        int minInk = Math.max(6, thick * 2);
        for (PageLayout.Cell c : cells) {
            int x0 = Math.max(0, Math.round(c.left() / pt) + inset);
            int y0 = Math.max(0, Math.round(c.top() / pt) + inset);
            int x1 = Math.min(w - 1, Math.round(c.right() / pt) - inset);
            int y1 = Math.min(h - 1, Math.round(c.bottom() / pt) - inset);
            if (x1 <= x0 || y1 <= y0) {
                continue;
            }
            int[] b = bounds(text, w, x0, y0, x1, y1);
            if (b == null || inkCount(text, w, b) < minInk) {
                continue;
            }
            float cx = (c.left() + c.right()) / 2;
            float cy = (c.top() + c.bottom()) / 2;
            if (taken.stream().anyMatch(t -> t.table() != c.table() && cx > t.left() && cx < t.right() && cy > t.top() && cy < t.bottom())) {
                continue; // the same drawn cell seen again by an overlapping table area
            }
            taken.add(c);
            out.add(new Crop(c, rank(tops.get(c.table()), c.top()), rank(lefts.get(c.table()), c.left()), b[0], b[1], b[2], b[3]));
        }
        out.sort(Comparator.comparingInt((Crop c) -> c.y0()).thenComparingInt(Crop::x0));
        return out;
    }

    /** Index of a coordinate among the distinct values (2 pt apart) of its table. */
    private static int rank(List<Float> values, float v) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        int r = -1;
        float last = -1e9f;
        for (float s : sorted) {
            if (s - last > 2f) {
                r++;
                last = s;
            }
            if (Math.abs(s - v) <= 2f) {
                return r;
            }
        }
        return r;
    }

    /**
     * Recognises crops stacked into one image, one under the other with blank space between; each
     * word goes back to the crop whose band holds its centre.
     */
    private static Map<Crop, List<Tesseract.Word>> recogniseStrip(List<Crop> crops, boolean[] text, int w, String lang, String whitelist,
            int scale, boolean rowwise) throws IOException {
        Map<Crop, List<Tesseract.Word>> out = new LinkedHashMap<>();
        if (crops.isEmpty()) {
            return out;
        }
        int margin = 12;
        int gap = 28;
        int width = 0;
        int height = gap;
        List<Placed> placed = new ArrayList<>();
        if (rowwise) {
            // the cells of one table row side by side on one line, far apart (not used for digits:
            // with a whitelist without space the engine glues the row into one word)
            Map<String, List<Crop>> rows = new LinkedHashMap<>();
            for (Crop c : crops) {
                rows.computeIfAbsent(c.cell().table() + "/" + c.row(), k -> new ArrayList<>()).add(c);
                out.put(c, new ArrayList<>());
            }
            int spacing = 48;
            for (List<Crop> row : rows.values()) {
                row.sort(Comparator.comparingInt(Crop::x0));
                int x = margin;
                int lineHeight = 0;
                for (Crop c : row) {
                    lineHeight = Math.max(lineHeight, c.y1() - c.y0() + 1);
                }
                for (Crop c : row) {
                    int ch = c.y1() - c.y0() + 1;
                    placed.add(new Placed(c, height + (lineHeight - ch), x));
                    x += c.x1() - c.x0() + 1 + spacing;
                }
                width = Math.max(width, x + margin);
                height += lineHeight + gap;
            }
        } else {
            for (Crop c : crops) {
                placed.add(new Placed(c, height, margin));
                height += c.y1() - c.y0() + 1 + gap;
                width = Math.max(width, c.x1() - c.x0() + 1 + 2 * margin);
                out.put(c, new ArrayList<>());
            }
        }
        BufferedImage strip = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((java.awt.image.DataBufferByte) strip.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(data, (byte) 255);
        int sw = width * scale;
        for (Placed p : placed) {
            Crop c = p.crop();
            int cw = c.x1() - c.x0() + 1;
            int ch = c.y1() - c.y0() + 1;
            for (int y = 0; y < ch * scale; y++) {
                for (int x = 0; x < cw * scale; x++) {
                    // bilinear over the ink mask: smooth edges when enlarged
                    double fx = (x + 0.5) / scale - 0.5;
                    double fy = (y + 0.5) / scale - 0.5;
                    int x0 = (int) Math.floor(fx);
                    int y0 = (int) Math.floor(fy);
                    double ax = fx - x0;
                    double ay = fy - y0;
                    double v = 0;
                    for (int dy = 0; dy <= 1; dy++) {
                        for (int dx = 0; dx <= 1; dx++) {
                            int xx = x0 + dx;
                            int yy = y0 + dy;
                            if (xx >= 0 && yy >= 0 && xx < cw && yy < ch && text[(c.y0() + yy) * w + c.x0() + xx]) {
                                v += (dx == 0 ? 1 - ax : ax) * (dy == 0 ? 1 - ay : ay);
                            }
                        }
                    }
                    if (v > 0) {
                        data[(p.stripTop() * scale + y) * sw + p.stripLeft() * scale + x] = (byte) Math.round(255 * (1 - v));
                    }
                }
            }
        }
        for (Tesseract.Word big : Tesseract.recognise(strip, lang, 6, whitelist)) {
            Tesseract.Word word = new Tesseract.Word(big.text(), big.left() / scale, big.top() / scale, Math.max(1, big.width() / scale),
                    Math.max(1, big.height() / scale), big.conf(), big.block(), big.par(), big.line());
            int cy = word.centerY();
            int cx = word.centerX();
            for (Placed p : placed) {
                Crop c = p.crop();
                int top = p.stripTop();
                int bottom = top + c.y1() - c.y0();
                int pl = p.stripLeft();
                int pr = pl + c.x1() - c.x0();
                if (cy >= top - gap / 2 && cy <= bottom + gap / 2 && cx >= pl - 20 && cx <= pr + 20) {
                    int left = Math.max(word.left() - p.stripLeft(), 0);
                    int right = Math.min(word.left() + word.width() - p.stripLeft(), c.x1() - c.x0() + 1);
                    int wt = Math.max(word.top() - top, 0);
                    int wb = Math.min(word.top() + word.height() - top, c.y1() - c.y0() + 1);
                    out.get(c).add(new Tesseract.Word(word.text(), c.x0() + left, c.y0() + wt, Math.max(right - left, 1),
                            Math.max(wb - wt, 1), word.conf(), word.block(), word.par(), word.line()));
                    break;
                }
            }
        }
        return out;
    }

    private static BufferedImage binary(boolean[] ink, int w, int x0, int y0, int x1, int y1, int margin) {
        int bw = x1 - x0 + 1 + 2 * margin;
        int bh = y1 - y0 + 1 + 2 * margin;
        BufferedImage img = new BufferedImage(bw, bh, BufferedImage.TYPE_BYTE_GRAY);
        byte[] data = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(data, (byte) 255);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (ink[y * w + x]) {
                    data[(y - y0 + margin) * bw + x - x0 + margin] = 0;
                }
            }
        }
        return img;
    }

    private static void erase(boolean[] ink, int w, int h, int x0, int y0, int x1, int y1) {
        for (int y = Math.max(0, y0); y <= Math.min(h - 1, y1); y++) {
            for (int x = Math.max(0, x0); x <= Math.min(w - 1, x1); x++) {
                ink[y * w + x] = false;
            }
        }
    }

    private static int[] bounds(boolean[] ink, int w, int x0, int y0, int x1, int y1) {
        int bx0 = Integer.MAX_VALUE;
        int by0 = Integer.MAX_VALUE;
        int bx1 = -1;
        int by1 = -1;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (ink[y * w + x]) {
                    bx0 = Math.min(bx0, x);
                    bx1 = Math.max(bx1, x);
                    by0 = Math.min(by0, y);
                    by1 = Math.max(by1, y);
                }
            }
        }
        return bx1 < 0 ? null : new int[] {bx0, by0, bx1, by1};
    }

    private static int inkCount(boolean[] ink, int w, int[] b) {
        int n = 0;
        for (int y = b[1]; y <= b[3]; y++) {
            for (int x = b[0]; x <= b[2]; x++) {
                if (ink[y * w + x]) {
                    n++;
                }
            }
        }
        return n;
    }
}
