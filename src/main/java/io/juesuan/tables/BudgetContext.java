package io.juesuan.tables;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What one budget report's tables tell about the others. A fiscal source (一般公共预算, 政府性基金,
 * 国有资本经营) whose income the summary tables print as blank cannot be spent either, so its
 * columns are zero everywhere: that settles which of 一般公共预算/政府性基金/国有资本经营 an
 * amount belongs to where the row's sums alone cannot.
 */
final class BudgetContext {
    final Set<String> zeroColumns = new LinkedHashSet<>();
}
