package io.juesuan.budget;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts back together a row that a rendering wrapped over lines: the code on one line, the name in
 * fragments on the next ones, the amounts on the last (or, in the economic tables, the second
 * code and name on the line with the amounts).
 */
final class RowJoiner {
    /** Name fragments a wrapped row may have before it is taken for something else. */
    private static final int MAX_FRAGMENTS = 4;

    private RowJoiner() {}

    static List<PackedRow> join(List<PackedRow> rows, boolean twoCodeGroups) {
        List<PackedRow> out = new ArrayList<>();
        PackedRow pending = null;
        int fragments = 0;
        for (PackedRow r : rows) {
            if (r.tokens().isEmpty()) {
                continue;
            }
            if (pending != null) {
                boolean labelOnly = !r.hasMoney() && !r.startsWithCode();
                if (labelOnly && fragments < MAX_FRAGMENTS) {
                    for (Token t : r.labels()) {
                        pending = pending.withFragment(t);
                    }
                    fragments++;
                    continue;
                }
                boolean secondGroup = twoCodeGroups && r.startsWithCode() && !pending.labels().isEmpty()
                        && needsSecondCode(pending);
                if (r.hasMoney() && (!r.startsWithCode() || secondGroup)) {
                    out.add(pending.append(r));
                    pending = null;
                    continue;
                }
                out.add(pending);
                pending = null;
            }
            if (r.startsWithCode() && !r.hasMoney()) {
                pending = r;
                fragments = 0;
            } else {
                out.add(r);
            }
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    /** An economic row holds two code groups; a pending row with one group and a name awaits the second. */
    private static boolean needsSecondCode(PackedRow pending) {
        int groups = 0;
        Token.Type prev = null;
        for (Token t : pending.tokens()) {
            if (t.is(Token.Type.CODE) && prev != Token.Type.CODE) {
                groups++;
            }
            prev = t.type();
        }
        return groups == 1;
    }
}
