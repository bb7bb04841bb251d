package io.juesuan.layout;

/**
 * One way of printing the same report: the knobs a publisher's template or office suite turns.
 *
 * @param name short id, used in file names and test names
 * @param narrow fixed narrow columns (names and headers wrap) instead of content-sized columns
 * @param cellPt body font size
 * @param headerPt header font size
 * @param landscape A4 landscape instead of portrait
 * @param breakAt a page break before this body row of every table with more rows (0 = only natural breaks)
 * @param repeatHeader header rows in a {@code thead} (Chromium repeats them on every page) or as plain body rows
 * @param allBorders a line around every cell, or (false) header cells ruled, body rows only column and outer lines
 * @param type3 Noto Sans CJK (Chromium embeds it as Type 3 fonts) instead of WenQuanYi Zen Hei (CID TrueType)
 * @param olderTemplate the older template's wording (功能分类科目编码), 合计 in the name column, captions on one line,
 *     and the 政府性基金 table filled with rows, its narrow value columns wrapping the two-row header cells
 * @param separators amounts with thousands separators (5,867.66) or without (5867.66)
 */
public record LayoutVariant(String name, boolean narrow, int cellPt, int headerPt, boolean landscape, int breakAt,
        boolean repeatHeader, boolean allBorders, boolean type3, boolean olderTemplate, boolean separators) {

    /** The twelve layouts every 决算 sample is printed in. */
    public static final java.util.List<LayoutVariant> FINAL_ACCOUNT = java.util.List.of(
            new LayoutVariant("base", false, 10, 10, false, 0, true, true, false, false, true),
            new LayoutVariant("type3", false, 10, 10, false, 0, true, true, true, false, true),
            new LayoutVariant("narrow9", true, 9, 9, false, 0, true, true, false, false, true),
            new LayoutVariant("landscape12", false, 12, 12, true, 0, true, true, false, false, false),
            new LayoutVariant("narrow13", true, 13, 13, false, 0, true, true, false, false, true),
            new LayoutVariant("narrow13-norepeat", true, 13, 11, false, 0, false, true, false, false, true),
            new LayoutVariant("break3-type3", false, 11, 12, false, 3, true, true, true, false, true),
            new LayoutVariant("break7-norepeat-landscape", false, 10, 8, true, 7, false, true, false, false, false),
            new LayoutVariant("column-lines", false, 10, 10, false, 0, true, false, false, false, true),
            new LayoutVariant("narrow8-landscape-type3", true, 8, 8, true, 0, true, true, true, false, true),
            new LayoutVariant("older-template", true, 11, 11, false, 0, true, true, false, true, true),
            new LayoutVariant("older-template-break2", true, 9, 13, false, 2, false, true, false, true, false));

    /** The six layouts the budget sample is printed in. */
    public static final java.util.List<LayoutVariant> BUDGET = java.util.List.of(
            FINAL_ACCOUNT.get(0), FINAL_ACCOUNT.get(1), FINAL_ACCOUNT.get(2), FINAL_ACCOUNT.get(3),
            FINAL_ACCOUNT.get(6), FINAL_ACCOUNT.get(7));

    public static LayoutVariant named(String name) {
        return FINAL_ACCOUNT.stream().filter(v -> v.name.equals(name)).findFirst().orElseThrow();
    }

    @Override
    public String toString() {
        return name;
    }
}
