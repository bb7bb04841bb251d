package io.juesuan.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.juesuan.Mappings;
import io.juesuan.model.Check;
import io.juesuan.model.JsonEnum;
import io.juesuan.model.Row;
import io.juesuan.model.Side;
import io.juesuan.model.Table;
import io.juesuan.normalize.Tolerance;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Identities as data: one behaviour each, on hand-made tables. */
class IdentityRulesTest {
    private static Row row(String key, String side, Object... columnValue) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (int i = 0; i < columnValue.length; i += 2) {
            v.put((String) columnValue[i], columnValue[i + 1] == null ? null : new BigDecimal((String) columnValue[i + 1]));
        }
        return Row.builder(key).code(key.matches("\\d+") ? key : null).name("name of " + key)
                .side(side == null ? null : JsonEnum.of(Side.class, side)).values(v).page(1).build();
    }

    private static Table table(List<String> columns, Row... rows) {
        return new Table(null, "t", "万元", List.of(1), false, columns, List.of(rows), List.of());
    }

    /** The rules bound as checks.json {@code final_account.identities} are (an override file), run over the tables. */
    private static List<Check> run(String rules, Map<String, Table> tables) throws Exception {
        Path dir = Files.createTempDirectory("identity-rules");
        try {
            Files.writeString(dir.resolve("checks.json"), "{\"final_account\": {\"identities\": " + rules.replace('\'', '"') + "}}");
            List<IdentityRule> bound = Mappings.withOverrides(dir).bind("checks", ChecksMapping.class).finalAccount().identities();
            CheckBuilder b = new CheckBuilder(Tolerance.IDENTITY);
            new IdentityRules(bound).run(new Tables(tables), b);
            return b.checks();
        } finally {
            Files.delete(dir.resolve("checks.json"));
            Files.delete(dir);
        }
    }

    private static List<String> summary(List<Check> checks) {
        List<String> out = new ArrayList<>();
        checks.forEach(c -> out.add(c.id() + " " + c.status().json() + (c.expected() == null ? "" : " " + c.expected().toPlainString())));
        return out;
    }

    @Test
    void leftIsTheSumOfTheRight() throws Exception {
        var t = Map.of("a", table(List.of("x", "y", "z"), row("total", null, "x", "3.00", "y", "1.00", "z", "2.01")));
        var checks = run("[{'id':'a.x','left':'a/total/x','right':['a/total/y','a/total/z'],'message':'x = y + z'}]", t);
        assertEquals(List.of("a.x pass 3.01"), summary(checks), "0.01 is within the tolerance");
    }

    @Test
    void aMinusSubtracts() throws Exception {
        var t = Map.of("a", table(List.of("x", "y", "z"), row("total", null, "x", "1.00", "y", "3.00", "z", "2.00")));
        var checks = run("[{'id':'a.x','left':'a/total/x','right':['a/total/y','-a/total/z'],'message':'x = y − z'}]", t);
        assertEquals(List.of("a.x pass 1.00"), summary(checks));
    }

    /** a: total = 1.00, one = 1.00 in column x. */
    private static final Map<String, Table> TOTAL_AND_ONE =
            Map.of("a", table(List.of("x"), row("total", null, "x", "1.00"), row("one", null, "x", "1.00")));

    /** An identity a/total/x = Σ right, its id and conditions in {@code head}. */
    private static String totalOf(String head, String right) {
        return "{" + head + ",'left':'a/total/x','right':[" + right + "],'message':'m'}";
    }

    @Test
    void aMissingRowIsASkipUnlessMarkedBlank() throws Exception {
        var checks = run("[" + totalOf("'id':'plain'", "'a/one/x','a/two/x'") + "," + totalOf("'id':'blank'", "'a/one/x','?a/two/x'")
                + "," + totalOf("'id':'row'", "'a/one/x','~a/two/x'") + "]", TOTAL_AND_ONE);
        assertEquals(List.of("plain skip", "blank pass 1.00", "row pass 1.00"), summary(checks));
    }

    @Test
    void aMissingColumnIsBlankOnlyWithQuestionMark() throws Exception {
        // ~ makes a row the table does not print blank; a printed row without the column stays a skip
        var t = Map.of("a", table(List.of("x"), row("total", null, "x", "1.00"), row("one", null, "x", "1.00")));
        var checks = run("[{'id':'q','left':'a/total/x','right':['?a/one/y'],'message':'m'},"
                + "{'id':'tilde','left':'a/total/x','right':['~a/one/y'],'message':'m'}]", t);
        assertEquals(List.of("q fail 0", "tilde skip"), summary(checks));
    }

    @Test
    void whenTablesAreMissingNoCheckIsMade() throws Exception {
        var t = Map.of("a", table(List.of("x"), row("total", null, "x", "1.00")));
        var checks = run("[{'when':['b'],'id':'none','left':'a/total/x','right':['b/total/x'],'message':'m'},"
                + "{'id':'skip','left':'a/total/x','right':['b/total/x'],'message':'m'}]", t);
        assertEquals(List.of("skip skip"), summary(checks));
    }

    @Test
    void eachFillsPlaceholdersInOrderAndGroupsInterleave() throws Exception {
        var t = Map.of("a", table(List.of("p_x", "p_y", "q_x", "q_y"), row("r", null, "p_x", "1", "p_y", "1", "q_x", "2", "q_y", "2")));
        var checks = run("[{'each':{'b':['p','q']},'checks':["
                + "{'id':'{b}.1','left':'a/r/{b}_x','right':['a/r/{b}_y'],'message':'{b}'},"
                + "{'id':'{b}.2','left':'a/r/{b}_y','right':['a/r/{b}_x'],'message':'{b}'}]}]", t);
        assertEquals(List.of("p.1 pass 1", "p.2 pass 1", "q.1 pass 2", "q.2 pass 2"), summary(checks));
    }

    @Test
    void eachRowBindsTheKeysNamedGroupsOncePerValueWhenDistinct() throws Exception {
        var t = Map.of("s", table(List.of("amount"), row("expenditure:201", "expenditure", "amount", "5"),
                row("expenditure:205", "expenditure", "amount", "7"), row("expenditure:total", "expenditure", "amount", "12")),
                "e", table(List.of("total"), row("201", null, "total", "5")));
        var checks = run("[{'eachRow':{'table':'s','key':'expenditure:(?<c>\\\\d{3})','distinct':true},"
                + "'id':'s.{c}=e.{c}','left':'s/expenditure:{c}/amount','right':['~e/{c}/total'],'message':'{c}'}]", t);
        assertEquals(List.of("s.201=e.201 pass 5", "s.205=e.205 fail 0"), summary(checks), "205 is not printed in e: blank");
    }

    @Test
    void sigmaSumsTheMatchingRowsAndNonEmptyDropsAnEmptySum() throws Exception {
        var t = Map.of("e", table(List.of("amount"), row("301", null, "amount", "3"), row("30101", null, "amount", "1"),
                row("30102", null, "amount", "2"), row("302", null, "amount", "4")));
        var checks = run("[{'eachRow':{'table':'e','code':'\\\\d{3}'},'nonEmpty':true,'id':'e.{code}','left':'e/{key}/amount',"
                + "'right':['Σe/{code}\\\\d{2}/amount'],'message':'{code} = Σ 款'}]", t);
        assertEquals(List.of("e.301 pass 3"), summary(checks), "302 has no 款: no check");
    }

    @Test
    void ifConditionsAndBasis() throws Exception {
        var checks = run("[" + totalOf("'ifRows':['a/two'],'id':'no.row'", "'a/one/x'") + ","
                + totalOf("'ifColumns':['a/y'],'id':'no.column'", "'a/one/x'") + ","
                + totalOf("'ifCells':['a/one/x'],'basis':'independent','id':'yes'", "'a/one/x'") + "]", TOTAL_AND_ONE);
        assertEquals(List.of("yes pass 1.00"), summary(checks));
        assertEquals(Check.Basis.INDEPENDENT, checks.get(0).basis());
    }
}
