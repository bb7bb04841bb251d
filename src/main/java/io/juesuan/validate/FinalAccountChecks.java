package io.juesuan.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.juesuan.model.Row;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The identities of the nine 决算 tables: totals across tables, the carry-over lines of the two
 * summary tables, parents = Σ children in the coded tables and in 06, row sums, and 三公.
 */
final class FinalAccountChecks {
    private static final String T01 = "income_expenditure_summary";
    private static final String T04 = "fiscal_appropriation_summary";
    private static final String T02 = "income";
    private static final String T03 = "expenditure";
    private static final String T05 = "general_budget_expenditure";
    private static final String T06 = "general_budget_basic_expenditure";
    private static final String T07 = "government_fund";
    private static final String T09 = "three_public";

    private final JsonNode cfg;

    FinalAccountChecks(JsonNode cfg) {
        this.cfg = cfg;
    }

    void run(Tables t, CheckBuilder b) {
        crossTable(t, b);
        String old = b.basis(io.juesuan.model.Check.INDEPENDENT);
        try {
            fundBalances(t, b);
        } finally {
            b.basis(old);
        }
        carryOver(t, b);
        TableIdentities.hierarchy(t, b, cfg.get("codedTables"));
        rowSums(t, b);
        economic(t, b);
        threePublic(t, b);
    }

    /**
     * 收入决算表's 财政拨款收入 = 财政拨款收支总表's 本年收入; per fund, 年末结转和结余 = 年初 + 本年收入 −
     * 本年支出 (a fund whose four cells are all blank is not checked).
     */
    private void fundBalances(Tables t, CheckBuilder b) {
        if (!t.has(T04)) {
            return;
        }
        if (t.has(T02)) {
            b.sum("02.fiscal_appropriation=04.income_total", t.cell(T02, "total", "fiscal_appropriation"),
                    List.of(t.cell(T04, "income:income_total", "amount")), "收入决算表 财政拨款收入 = 财政拨款收支总表 本年收入合计");
        }
        for (String fund : List.of("general_budget", "government_fund", "state_capital")) {
            if (t.row(T04, "income:opening_balance." + fund).isEmpty() || t.row(T04, "expenditure:closing_balance").isEmpty()) {
                continue;
            }
            b.sum("04." + fund + ".closing=opening+income-expenditure", t.cell(T04, "expenditure:closing_balance", fund),
                    List.of(t.cell(T04, "income:opening_balance." + fund, "amount"), t.cell(T04, "income:" + fund, "amount"),
                            CheckBuilder.negate(t.cell(T04, "expenditure:expenditure_total", fund))),
                    "财政拨款收支总表 " + fund + ": 年末结转和结余 = 年初 + 本年收入 − 本年支出");
        }
    }

    private void crossTable(Tables t, CheckBuilder b) {
        if (!t.has(T01)) {
            return;
        }
        b.sum("01.income_total=02.total", t.cell(T01, "income:income_total", "amount"),
                List.of(t.cell(T02, "total", "total")), "收入支出决算总表 本年收入合计 = 收入决算表 合计");
        b.sum("01.expenditure_total=03.total", t.cell(T01, "expenditure:expenditure_total", "amount"),
                List.of(t.cell(T03, "total", "total")), "收入支出决算总表 本年支出合计 = 支出决算表 合计");
        b.sum("01.grand_total.balance", t.cell(T01, "expenditure:grand_total", "amount"),
                List.of(t.cell(T01, "income:grand_total", "amount")), "收入支出决算总表 收入总计 = 支出总计");
        b.sum("04.grand_total.balance", t.cell(T04, "expenditure:grand_total", "total"),
                List.of(t.cell(T04, "income:grand_total", "amount")), "财政拨款收入支出决算总表 收入总计 = 支出总计");
        b.sum("04.general_budget_expenditure=05.total", t.cell(T05, "total", "total"),
                List.of(t.cell(T04, "expenditure:expenditure_total", "general_budget")),
                "财政拨款收支总表 一般公共预算财政拨款 本年支出合计 = 一般公共预算财政拨款支出决算表 合计");
        b.sum("05.basic=06.personnel+public", t.cell(T05, "total", "basic"),
                List.of(t.cell(T06, "personnel_total", "amount"), t.cell(T06, "public_total", "amount")),
                "一般公共预算财政拨款 基本支出 = 人员经费合计 + 公用经费合计");
        if (t.has(T07) && !t.rows(T07).stream().allMatch(r -> r.values().values().stream().allMatch(v -> v == null))) {
            b.sum("04.government_fund_income=07.income", t.cell(T07, "total", "income"),
                    List.of(t.cell(T04, "income:government_fund", "amount")), "政府性基金 本年收入 = 财政拨款总表 政府性基金预算财政拨款");
        }
        Set<String> classes = new LinkedHashSet<>();
        for (Row r : t.rows(T01)) {
            String item = r.key().substring(r.key().indexOf(':') + 1);
            if (r.key().startsWith("expenditure:") && item.matches("\\d{3}")) {
                classes.add(item);
            }
        }
        for (String c : classes) {
            Optional<Tables.Cell> in01 = t.cell(T01, "expenditure:" + c, "amount");
            Optional<Tables.Cell> in03 = t.row(T03, c).isPresent() ? t.cell(T03, c, "total") : blank();
            b.sum("01.expenditure:" + c + "=03." + c, in01, List.of(in03), "收入支出决算总表 类 " + c + " = 支出决算表 " + c);
            Optional<Tables.Cell> in04 = t.cell(T04, "expenditure:" + c, "general_budget");
            Optional<Tables.Cell> in05 = t.row(T05, c).isPresent() ? t.cell(T05, c, "total") : blank();
            if (in04.isPresent()) {
                b.sum("04.expenditure:" + c + "=05." + c, in04, List.of(in05), "财政拨款总表 类 " + c + " 一般公共预算 = 05表 " + c);
            }
        }
    }

    private static Optional<Tables.Cell> blank() {
        return Optional.of(new Tables.Cell(null, null));
    }

    private void carryOver(Tables t, CheckBuilder b) {
        if (t.has(T01)) {
            b.sum("01.income_grand_total=parts", t.cell(T01, "income:grand_total", "amount"),
                    List.of(t.cell(T01, "income:income_total", "amount"), orBlank(t.cell(T01, "income:non_fiscal_surplus_used", "amount")),
                            orBlank(t.cell(T01, "income:opening_balance", "amount"))),
                    "总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余");
            b.sum("01.expenditure_grand_total=parts", t.cell(T01, "expenditure:grand_total", "amount"),
                    List.of(t.cell(T01, "expenditure:expenditure_total", "amount"),
                            orBlank(t.cell(T01, "expenditure:surplus_distribution", "amount")),
                            orBlank(t.cell(T01, "expenditure:closing_balance", "amount"))),
                    "总计 = 本年支出合计 + 结余分配 + 年末结转和结余");
        }
        if (t.has(T04)) {
            b.sum("04.income_grand_total=parts", t.cell(T04, "income:grand_total", "amount"),
                    List.of(t.cell(T04, "income:income_total", "amount"), orBlank(t.cell(T04, "income:opening_balance", "amount"))),
                    "总计 = 本年收入合计 + 年初财政拨款结转和结余");
            if (t.row(T04, "income:opening_balance.general_budget").isPresent()) {
                b.sum("04.opening_balance=parts", t.cell(T04, "income:opening_balance", "amount"),
                        List.of(orBlank(t.cell(T04, "income:opening_balance.general_budget", "amount")),
                                orBlank(t.cell(T04, "income:opening_balance.government_fund", "amount")),
                                orBlank(t.cell(T04, "income:opening_balance.state_capital", "amount"))),
                        "年初财政拨款结转和结余 = 一般公共预算 + 政府性基金 + 国有资本经营");
            }
            for (String col : t.columns(T04)) {
                if (col.equals("amount")) {
                    continue;
                }
                b.sum("04.expenditure_grand_total=parts." + col, t.cell(T04, "expenditure:grand_total", col),
                        List.of(t.cell(T04, "expenditure:expenditure_total", col), orBlank(t.cell(T04, "expenditure:closing_balance", col))),
                        "总计 = 本年支出合计 + 年末财政拨款结转和结余 (" + col + ")");
            }
            for (Row r : t.rows(T04)) {
                if (r.side() == io.juesuan.model.Side.EXPENDITURE && r.values().containsKey("total")) {
                    b.sum("04." + r.key() + ".total=funds", t.cell(T04, r.key(), "total"),
                            List.of(t.cell(T04, r.key(), "general_budget"), orBlank(t.cell(T04, r.key(), "government_fund")),
                                    orBlank(t.cell(T04, r.key(), "state_capital"))),
                            r.name() + ": 合计 = 一般公共预算 + 政府性基金 + 国有资本经营");
                }
            }
        }
    }

    private static Optional<Tables.Cell> orBlank(Optional<Tables.Cell> c) {
        return c.isPresent() ? c : blank();
    }

    private void rowSums(Tables t, CheckBuilder b) {
        TableIdentities.rowSums(t, b, cfg.get("rowSums"));
        for (Row r : t.rows(T07)) {
            if (r.values().containsKey("closing_balance")) {
                b.sum("government_fund." + r.key() + ".closing=opening+income-expenditure", t.cell(T07, r.key(), "closing_balance"),
                        List.of(t.cell(T07, r.key(), "opening_balance"), t.cell(T07, r.key(), "income"),
                                CheckBuilder.negate(t.cell(T07, r.key(), "total"))),
                        "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出");
            }
        }
    }

    /** 06: class = Σ its sections; 人员经费合计 and 公用经费合计 = Σ their classes. */
    private void economic(Tables t, CheckBuilder b) {
        List<Row> rows = t.rows(T06).stream().filter(r -> r.code() != null).toList();
        for (Row cls : rows) {
            if (cls.code().length() != 3) {
                continue;
            }
            List<Optional<Tables.Cell>> sections = rows.stream()
                    .filter(r -> r.code().length() == 5 && r.code().startsWith(cls.code()))
                    .map(r -> t.cell(T06, r.key(), "amount")).toList();
            if (!sections.isEmpty()) {
                b.sum(T06 + "." + cls.code() + "=Σsections", t.cell(T06, cls.key(), "amount"), sections, "06 " + cls.code() + " = Σ 款");
            }
        }
        cfg.get("economicGroups").fields().forEachRemaining(g -> {
            if (t.row(T06, g.getKey()).isEmpty()) {
                return;
            }
            List<Optional<Tables.Cell>> parts = new ArrayList<>();
            g.getValue().forEach(c -> {
                if (t.row(T06, c.asText()).isPresent()) {
                    parts.add(t.cell(T06, c.asText(), "amount"));
                }
            });
            b.sum(T06 + "." + g.getKey() + "=Σclasses", t.cell(T06, g.getKey(), "amount"), parts, "06 " + g.getKey() + " = Σ 类");
        });
    }

    private void threePublic(Tables t, CheckBuilder b) {
        if (!t.has(T09)) {
            return;
        }
        for (String block : List.of("budget", "actual")) {
            b.sum(T09 + "." + block + "_vehicle_total=purchase+operation", t.cell(T09, "all", block + "_vehicle_total"),
                    List.of(t.cell(T09, "all", block + "_vehicle_purchase"), t.cell(T09, "all", block + "_vehicle_operation")),
                    "三公 " + block + ": 公务用车 小计 = 购置费 + 运行维护费");
            b.sum(T09 + "." + block + "_total=overseas+vehicle+reception", t.cell(T09, "all", block + "_total"),
                    List.of(t.cell(T09, "all", block + "_overseas"), t.cell(T09, "all", block + "_vehicle_total"),
                            t.cell(T09, "all", block + "_reception")),
                    "三公 " + block + ": 合计 = 因公出国(境)费 + 公务用车 + 公务接待费");
        }
    }
}
