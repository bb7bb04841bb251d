package io.juesuan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.juesuan.model.Level;
import io.juesuan.model.Side;
import io.juesuan.output.ManifestEntry;
import io.juesuan.tables.Shape;
import io.juesuan.tables.TableSpec;
import io.juesuan.tables.TablesMapping;
import io.juesuan.validate.ChecksMapping;
import io.juesuan.validate.CodeLists;
import io.juesuan.validate.IdentityRule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping files bound to records, and the enums that keep the contract's strings (#17). */
class MappingsBindTest {
    private static TableSpec spec(TablesMapping m, String key) {
        return m.tables().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void boundOncePerMappings() {
        Mappings m = Mappings.load();
        assertSame(m.bind("tables", TablesMapping.class), m.bind("tables", TablesMapping.class));
    }

    @Test
    void commentKeysInsideAMapAreNoEntries() {
        TablesMapping t = Mappings.load().bind("tables", TablesMapping.class);
        TableSpec expenditure = spec(t, "budget_expenditure");
        assertEquals(java.util.List.of("basic", "project"), java.util.List.copyOf(expenditure.rootFrom().keySet()));
        assertFalse(spec(t, "budget_three_public").narrativeHints().containsKey("_comment"));
    }

    @Test
    void settingsATableDoesNotHaveAreEmpty() {
        TableSpec coded = spec(Mappings.load().bind("tables", TablesMapping.class), "expenditure");
        assertEquals(Shape.CODED, coded.shape());
        assertTrue(coded.sums().isEmpty());
        assertTrue(coded.rootFrom().isEmpty());
        assertTrue(coded.projectCategories().isEmpty());
    }

    @Test
    void anOverrideFileIsBoundInsteadOfThePackagedOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tables.json"), "{\"_comment\": \"x\", \"tables\": [{\"key\": \"k\", \"kind\": \"budget\","
                + " \"shape\": \"budget_three_public\", \"titles\": [\"表\"], \"columns\": {\"total\": [\"合计\"]}}]}");
        TablesMapping t = Mappings.withOverrides(dir).bind("tables", TablesMapping.class);
        assertEquals(Shape.BUDGET_THREE_PUBLIC, t.tables().get(0).shape());
        assertTrue(t.tables().get(0).shape().packed());
        assertTrue(t.emptyPhrases().isEmpty());
    }

    @Test
    void enumsKeepTheirJsonStrings() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals("\"item\"", json.writeValueAsString(Level.ITEM));
        assertEquals("\"expenditure\"", json.writeValueAsString(Side.EXPENDITURE));
        assertEquals("\"budget_summary\"", json.writeValueAsString(Shape.BUDGET_SUMMARY));
        assertEquals("\"ok-with-failed-checks\"", json.writeValueAsString(ManifestEntry.Status.OK_WITH_FAILED_CHECKS));
        assertEquals(ManifestEntry.Status.OK_WITH_WARNINGS, json.readValue("\"ok-with-warnings\"", ManifestEntry.Status.class));
        assertEquals(Level.SECTION, json.readValue("\"section\"", Level.class));
        assertEquals("\"skip\"", json.writeValueAsString(io.juesuan.model.Check.Status.SKIP));
        assertEquals(io.juesuan.model.Check.Status.FAIL, json.readValue("\"fail\"", io.juesuan.model.Check.Status.class));
    }

    private static java.util.stream.Stream<IdentityRule> withNested(IdentityRule r) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(r), r.checks().stream().flatMap(MappingsBindTest::withNested));
    }

    @Test
    void checksCodesAndFunctionClassesBind() {
        Mappings m = Mappings.load();
        ChecksMapping checks = m.bind("checks", ChecksMapping.class);
        assertFalse(checks.finalAccount().identities().isEmpty());
        assertTrue(checks.finalAccount().identities().stream().anyMatch(r -> !r.hierarchy().isEmpty()), "a hierarchy step");
        IdentityRule.EachRow sided = checks.finalAccount().identities().stream().flatMap(MappingsBindTest::withNested).map(IdentityRule::eachRow)
                .filter(e -> e != null && e.side() != null).findFirst().orElseThrow();
        assertEquals(Side.EXPENDITURE, sided.side());
        assertFalse(checks.budget().rowSumTables().isEmpty());
        assertEquals(java.util.List.of("减少", "下降"), checks.items().of("budget").negative());
        assertTrue(checks.items().of("final_account").directionWithout() == null);
        assertTrue(checks.titleYear().contains("(?<year>"));
        CodeLists codes = m.bind("codes", CodeLists.class);
        assertTrue(codes.partial());
        assertEquals("一般公共服务支出", codes.functionalFor(2023).get("201"));
        assertEquals(codes.functional().get("2024"), codes.functionalFor(2030), "the nearest year listed");
        assertEquals("201", m.bind("function-classes", io.juesuan.tables.ItemsMapping.FunctionClasses.class).classes()
                .keySet().iterator().next());
    }
}
