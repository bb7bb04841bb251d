package io.juesuan.budget;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one budget report's tables tell about the others. A fiscal source (一般公共预算, 政府性基金,
 * 国有资本经营) whose income the summary tables print as blank cannot be spent either, so its
 * columns are zero everywhere: that settles which of 一般公共预算/政府性基金/国有资本经营 an
 * amount belongs to where the row's sums alone cannot. And a table's 合计 (in 万元) can settle
 * another's: 支出总体's 基本支出 and 项目支出 are the totals of 公开表10 and 11 ({@code rootFrom}
 * in tables.json), which its own 合计 row, two amounts that fit any two columns, cannot tell. The
 * 说明's own figures (公务接待费2.25万元) settle an amount the 三公 row's sums leave between columns.
 */
final class BudgetContext {
    final Set<String> zeroColumns = new LinkedHashSet<>();
    final Map<String, BigDecimal> totals = new LinkedHashMap<>();
    /** The report's running text as {@link io.juesuan.normalize.Labels#key} gives it (no spaces, quotes or line breaks). */
    String narrative = "";
}
