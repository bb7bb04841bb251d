package io.juesuan.budget;

import java.math.BigDecimal;

/**
 * One piece of a packed table row.
 *
 * @param indent for a label: the indentation printed before it (full-width spaces after a code or at
 *     the line start), or -1 where the front-end could not keep it (a PDF cell)
 * @param value the amount, for MONEY tokens
 * @param column the grid column the token was printed in, or -1 for a text line
 */
record Token(Type type, String text, int indent, BigDecimal value, int column) {
    Token(Type type, String text, int indent, BigDecimal value) {
        this(type, text, indent, value, -1);
    }

    Token inColumn(int c) {
        return new Token(type, text, indent, value, c);
    }

    enum Type { CODE, LABEL, MONEY }

    boolean is(Type t) {
        return type == t;
    }
}
