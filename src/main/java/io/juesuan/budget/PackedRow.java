package io.juesuan.budget;

import io.juesuan.model.Grid;
import io.juesuan.tables.PackedLine;
import io.juesuan.tables.TableRegion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table row whose empty cells were not kept — pdftotext-style text lines, or PDF grids whose
 * producer drew no border around empty cells: codes, labels and amounts in reading order, with
 * the page they came from. Which column an amount belongs to is decided later: by the column it
 * was printed in where the grid vouches for it, else by arithmetic.
 *
 * @param grid the index of the region grid the row came from (its header says what each column
 *     is, see {@link ColumnPositions}), or -1 for a text line
 * @param row the row's index in that grid, or -1
 */
record PackedRow(List<Token> tokens, int page, int grid, int row) {
    PackedRow(List<Token> tokens, int page) {
        this(tokens, page, -1, -1);
    }

    /** The region's printed rows, tokenized: a text line as printed, a grid row cell by cell (each token knowing its column). */
    static List<PackedRow> of(TableRegion region) {
        List<PackedRow> out = new ArrayList<>(region.packed().size());
        for (PackedLine line : region.packed()) {
            if (line.isText()) {
                out.add(new PackedRow(RowTokenizer.tokens(line.text(), true), line.page()));
                continue;
            }
            Grid grid = region.grids().get(line.grid());
            List<String> cells = grid.rows().get(line.row());
            List<Token> tokens = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                for (Token t : RowTokenizer.tokens(cells.get(c), false)) {
                    tokens.add(t.inColumn(c));
                }
            }
            out.add(new PackedRow(tokens, line.page(), line.grid(), line.row()));
        }
        return out;
    }

    List<String> codes() {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.is(Token.Type.CODE)) {
                out.add(t.text());
            }
        }
        return out;
    }

    List<Token> labels() {
        return tokens.stream().filter(t -> t.is(Token.Type.LABEL)).toList();
    }

    List<BigDecimal> amounts() {
        return tokens.stream().filter(t -> t.is(Token.Type.MONEY)).map(Token::value).toList();
    }

    boolean hasMoney() {
        return tokens.stream().anyMatch(t -> t.is(Token.Type.MONEY));
    }

    boolean startsWithCode() {
        return !tokens.isEmpty() && tokens.get(0).is(Token.Type.CODE);
    }

    String labelText() {
        StringBuilder b = new StringBuilder();
        labels().forEach(l -> b.append(l.text()));
        return b.toString();
    }

    PackedRow append(PackedRow next) {
        List<Token> all = new ArrayList<>(tokens);
        all.addAll(next.tokens);
        return next.hasMoney() ? new PackedRow(all, next.page, next.grid, next.row) : new PackedRow(all, page, grid, row);
    }

    /** Wrapped name fragments join the last label (or become the label when there is none yet). */
    PackedRow withFragment(Token fragment) {
        List<Token> all = new ArrayList<>(tokens);
        Token last = all.isEmpty() ? null : all.get(all.size() - 1);
        if (last != null && last.is(Token.Type.LABEL)) {
            all.set(all.size() - 1, new Token(Token.Type.LABEL, last.text() + fragment.text(), last.indent(), null));
        } else {
            all.add(fragment);
        }
        return new PackedRow(all, page, grid, row);
    }
}
