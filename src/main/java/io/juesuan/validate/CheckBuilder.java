package io.juesuan.validate;

import io.juesuan.model.Check;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes checks of the form "printed value = sum of printed operands". A blank counts as 0 once any
 * operand or the target is printed; a check where nothing at all is printed is not emitted; a check
 * whose table or row is missing is a skip. Ids are made unique within the report.
 */
final class CheckBuilder {
    private final BigDecimal tolerance;
    private final List<Check> checks = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    /** The basis given to the checks made from now on (null: not classified). */
    private Check.Basis basis;

    CheckBuilder(BigDecimal tolerance) {
        this.tolerance = tolerance;
    }

    /** Checks made after this call carry {@code b} as their basis; returns the previous one. */
    Check.Basis basis(Check.Basis b) {
        Check.Basis old = basis;
        basis = b;
        return old;
    }

    List<Check> checks() {
        return checks;
    }

    /** {@code actual} should equal Σ {@code operands} (negated operands via {@link #negate}). */
    void sum(String id, Optional<Tables.Cell> actual, List<Optional<Tables.Cell>> operands, String message) {
        if (actual.isEmpty() || operands.stream().anyMatch(Optional::isEmpty)) {
            add(new Check(id, Check.Status.SKIP, null, null, null, tolerance, message + " (a table or row is missing)"));
            return;
        }
        boolean anyPrinted = actual.get().value() != null || operands.stream().anyMatch(o -> o.get().value() != null);
        if (!anyPrinted) {
            return;
        }
        BigDecimal expected = operands.stream().map(o -> orZero(o.get().value())).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Tables.Cell> cells = new ArrayList<>();
        cells.add(actual.get());
        operands.forEach(o -> cells.add(o.get()));
        compare(id, expected, orZero(actual.get().value()), message, basis(cells));
    }

    /**
     * Independent when every value compared was read off the page by position; placement when any
     * of them was decided by an identity (the table's sums, another table, the 说明) — its pass
     * then proves nothing about that value. A blank cell carries the basis of its row's reading.
     */
    static Check.Basis basis(List<Tables.Cell> cells) {
        boolean decided = cells.stream().anyMatch(c -> c.placement() != null && !io.juesuan.model.Placement.fromPage(c.placement()));
        boolean unknown = cells.stream().anyMatch(c -> c.placement() == null && c.page() != null);
        return decided ? Check.Basis.PLACEMENT : unknown ? null : Check.Basis.INDEPENDENT;
    }

    void compare(String id, BigDecimal expected, BigDecimal actual, String message) {
        compare(id, expected, actual, message, null);
    }

    void compare(String id, BigDecimal expected, BigDecimal actual, String message, Check.Basis basis) {
        BigDecimal diff = actual.subtract(expected);
        Check.Status status = diff.abs().compareTo(tolerance) <= 0 ? Check.Status.PASS : Check.Status.FAIL;
        String text = status == Check.Status.PASS ? message : message + "; differs by " + diff.toPlainString();
        add(new Check(id, status, expected, actual, diff, tolerance, text, basis));
    }

    void skip(String id, String message) {
        add(new Check(id, Check.Status.SKIP, null, null, null, tolerance, message));
    }

    void add(Check c) {
        if (basis != null && c.basis() == null) {
            c = c.withBasis(basis);
        }
        int n = seen.merge(c.id(), 1, Integer::sum);
        checks.add(n == 1 ? c : new Check(c.id() + "#" + n, c.status(), c.expected(), c.actual(), c.difference(),
                c.tolerance(), c.message(), c.basis()));
    }

    static Optional<Tables.Cell> negate(Optional<Tables.Cell> c) {
        return c.map(x -> new Tables.Cell(x.value() == null ? null : x.value().negate(), x.page(), x.placement()));
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
