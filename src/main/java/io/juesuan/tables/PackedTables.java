package io.juesuan.tables;

import io.juesuan.model.Document;
import java.math.BigDecimal;

/**
 * The packed-row table shapes (the 预算 {@code budget_*} shapes, {@link TableSpec#shape()}): their
 * rows keep no empty cells, so they are split into codes, labels and amounts and placed by the
 * table's sums — the solver in package {@code budget}. That package builds on this one's regions,
 * specs and header reading; this package reaches the solver only through this interface
 * (implemented by {@code budget.BudgetTables}, handed in by the {@code Pipeline}), so the
 * dependency points one way and the two packages form no cycle. A plain interface is enough: there
 * is one implementation, chosen once where the stages are wired.
 */
public interface PackedTables {
    /** What a printed text line of a packed table carries, as the solver's tokenizer reads it. */
    enum Carries { NOTHING, CODE, AMOUNT }

    Carries carries(String line);

    /** The parsers of one report's packed tables: the tables settle each other's columns, so they share a session. */
    Session open(TableCatalog catalog, Document doc, String kind);

    interface Session {
        /** @param unitFactor printed units per 万元 (10000 for 元) */
        ShapeParser parser(TableSpec spec, BigDecimal unitFactor);

        /** A table's 合计 (in 万元) once read, for the tables whose columns it settles ({@code rootFrom}). */
        void totalRead(String table, BigDecimal total);
    }
}
