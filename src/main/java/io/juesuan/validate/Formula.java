package io.juesuan.validate;

import io.juesuan.normalize.Tolerance;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A check written as data: {@code "p = f / b * 100"}. The left side is a stated figure, the right
 * an expression over other figures (+ − × ÷, parentheses, numbers). Every figure was printed rounded,
 * so the tolerance is ({@link Tolerance}) half a unit of the left side's last printed digit plus how far the right side
 * can move when each operand moves by half a unit of its own last printed digit.
 */
final class Formula {
    private static final MathContext MC = MathContext.DECIMAL64;
    private final String target;
    private final String expression;

    Formula(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("a formula needs '=': " + text);
        }
        target = text.substring(0, eq).trim();
        expression = text.substring(eq + 1).trim();
    }

    String target() {
        return target;
    }

    /** Outcome of one evaluation: what the right side gives, and how far it may be from the stated left side. */
    record Result(BigDecimal expected, BigDecimal tolerance) {}

    /** Null when an operand is missing or a division by zero occurs. */
    Result evaluate(Map<String, BigDecimal> figures) {
        BigDecimal stated = figures.get(target);
        BigDecimal value = eval(figures);
        if (value == null || stated == null) {
            return null;
        }
        BigDecimal tol = Tolerance.halfUnit(stated);
        for (String name : figures.keySet()) {
            if (name.equals(target) || !mentions(name)) {
                continue;
            }
            BigDecimal h = Tolerance.halfUnit(figures.get(name));
            Map<String, BigDecimal> up = new java.util.HashMap<>(figures);
            up.put(name, figures.get(name).add(h));
            Map<String, BigDecimal> down = new java.util.HashMap<>(figures);
            down.put(name, figures.get(name).subtract(h));
            BigDecimal a = eval(up);
            BigDecimal b = eval(down);
            if (a != null && b != null) {
                tol = tol.add(a.subtract(value).abs().max(b.subtract(value).abs()));
            }
        }
        return new Result(value, tol.round(new MathContext(3)));
    }

    private boolean mentions(String name) {
        return tokens(expression).contains(name);
    }

    private BigDecimal eval(Map<String, BigDecimal> figures) {
        List<String> t = tokens(expression);
        int[] pos = {0};
        try {
            BigDecimal v = sum(t, pos, figures);
            return pos[0] == t.size() ? v : null;
        } catch (ArithmeticException | NullPointerException e) {
            return null;
        }
    }

    private static BigDecimal sum(List<String> t, int[] pos, Map<String, BigDecimal> f) {
        BigDecimal v = product(t, pos, f);
        while (pos[0] < t.size() && (t.get(pos[0]).equals("+") || t.get(pos[0]).equals("-"))) {
            String op = t.get(pos[0]++);
            BigDecimal r = product(t, pos, f);
            v = op.equals("+") ? v.add(r) : v.subtract(r);
        }
        return v;
    }

    private static BigDecimal product(List<String> t, int[] pos, Map<String, BigDecimal> f) {
        BigDecimal v = atom(t, pos, f);
        while (pos[0] < t.size() && (t.get(pos[0]).equals("*") || t.get(pos[0]).equals("/"))) {
            String op = t.get(pos[0]++);
            BigDecimal r = atom(t, pos, f);
            v = op.equals("*") ? v.multiply(r, MC) : v.divide(r, MC);
        }
        return v;
    }

    private static BigDecimal atom(List<String> t, int[] pos, Map<String, BigDecimal> f) {
        String s = t.get(pos[0]++);
        if (s.equals("(")) {
            BigDecimal v = sum(t, pos, f);
            pos[0]++;
            return v;
        }
        if (s.equals("-")) {
            return atom(t, pos, f).negate();
        }
        if (Character.isDigit(s.charAt(0))) {
            return new BigDecimal(s);
        }
        BigDecimal v = f.get(s);
        if (v == null) {
            throw new NullPointerException(s);
        }
        return v;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ("+-*/()".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '.')) {
                    j++;
                }
                if (j == i) {
                    throw new IllegalArgumentException("unexpected '" + c + "' in " + s);
                }
                out.add(s.substring(i, j));
                i = j;
            }
        }
        return out;
    }
}
