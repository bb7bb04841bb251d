package io.juesuan.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Narrows each row's possible column assignments with the table's other identity: a parent row
 * (合计, a 类, a 款) equals the sum of its children in every column. Repeated until nothing changes;
 * a group with no consistent combination at all is left alone (the check stage reports it).
 */
final class HierarchyResolver {
    /** Combinations of one group tried at most; larger groups are skipped rather than slow. */
    private static final long MAX_COMBINATIONS = 50_000;

    record Group(int parent, List<Integer> children) {}

    private HierarchyResolver() {}

    static void resolve(List<List<Map<String, BigDecimal>>> candidates, List<Group> groups, List<String> columns) {
        boolean changed = true;
        for (int round = 0; changed && round < 20; round++) {
            changed = false;
            for (Group g : groups) {
                changed |= narrow(candidates, g, columns);
            }
        }
    }

    /**
     * When the sums leave the root row (合计) open, its amounts are taken to sit in the leftmost
     * columns they can — templates put the rarely used columns last — and the choice is propagated
     * down. Returns whether that assumption was needed, so the caller can say so.
     */
    static boolean resolveAssumingRoot(List<List<Map<String, BigDecimal>>> candidates, List<Group> groups,
            List<String> columns, int root) {
        resolve(candidates, groups, columns);
        if (root < 0 || candidates.get(root).size() < 2) {
            return false;
        }
        candidates.set(root, new java.util.ArrayList<>(List.of(candidates.get(root).get(0))));
        resolve(candidates, groups, columns);
        return true;
    }

    private static boolean narrow(List<List<Map<String, BigDecimal>>> candidates, Group g, List<String> columns) {
        List<Integer> members = new ArrayList<>();
        members.add(g.parent());
        members.addAll(g.children());
        long combos = 1;
        for (int m : members) {
            int n = candidates.get(m).size();
            if (n == 0) {
                return false;
            }
            combos *= n;
            if (combos > MAX_COMBINATIONS) {
                return false;
            }
        }
        if (combos == 1) {
            return false;
        }
        List<boolean[]> supported = new ArrayList<>();
        for (int m : members) {
            supported.add(new boolean[candidates.get(m).size()]);
        }
        int[] idx = new int[members.size()];
        boolean any = false;
        while (true) {
            if (consistent(candidates, members, idx, columns)) {
                any = true;
                for (int i = 0; i < idx.length; i++) {
                    supported.get(i)[idx[i]] = true;
                }
            }
            int k = idx.length - 1;
            while (k >= 0 && ++idx[k] == candidates.get(members.get(k)).size()) {
                idx[k] = 0;
                k--;
            }
            if (k < 0) {
                break;
            }
        }
        if (!any) {
            return false;
        }
        boolean changed = false;
        for (int i = 0; i < members.size(); i++) {
            List<Map<String, BigDecimal>> list = candidates.get(members.get(i));
            List<Map<String, BigDecimal>> keep = new ArrayList<>();
            for (int j = 0; j < list.size(); j++) {
                if (supported.get(i)[j]) {
                    keep.add(list.get(j));
                }
            }
            if (keep.size() < list.size()) {
                candidates.set(members.get(i), keep);
                changed = true;
            }
        }
        return changed;
    }

    private static boolean consistent(List<List<Map<String, BigDecimal>>> candidates, List<Integer> members, int[] idx,
            List<String> columns) {
        Map<String, BigDecimal> parent = candidates.get(members.get(0)).get(idx[0]);
        for (String c : columns) {
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            for (int i = 1; i < members.size(); i++) {
                BigDecimal v = candidates.get(members.get(i)).get(idx[i]).get(c);
                if (v != null) {
                    sum = sum.add(v);
                    n++;
                }
            }
            BigDecimal p = parent.get(c);
            if (!ColumnArithmetic.close(p == null ? BigDecimal.ZERO : p, sum, n)) {
                return false;
            }
        }
        return true;
    }
}
