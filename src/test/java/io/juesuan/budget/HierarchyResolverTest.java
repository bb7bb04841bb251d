package io.juesuan.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Narrowing each row's column options with parent = Σ children (#17). */
class HierarchyResolverTest {
    private static final List<String> COLS = List.of("basic", "project");

    /** One option: "basic" or "project" holding the value. */
    private static Map<String, BigDecimal> in(String col, String value) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        COLS.forEach(c -> m.put(c, null));
        m.put(col, new BigDecimal(value));
        return m;
    }

    /** A row whose single amount may be in either column. */
    private static List<Map<String, BigDecimal>> either(String value) {
        return new ArrayList<>(List.of(in("basic", value), in("project", value)));
    }

    private static List<Map<String, BigDecimal>> only(String col, String value) {
        return new ArrayList<>(List.of(in(col, value)));
    }

    private static List<String> columnsOf(List<Map<String, BigDecimal>> options) {
        return options.stream().map(m -> m.entrySet().stream().filter(e -> e.getValue() != null)
                .map(Map.Entry::getKey).findFirst().orElse("-")).toList();
    }

    @Test
    void aParentFixedInOneColumnPullsItsOnlyChildThere() {
        List<List<Map<String, BigDecimal>>> c = new ArrayList<>(List.of(only("project", "5.00"), either("5.00")));
        HierarchyResolver.resolve(c, List.of(new HierarchyResolver.Group(0, List.of(1))), COLS);
        assertEquals(List.of("project"), columnsOf(c.get(1)));
    }

    @Test
    void childrenThatMustAddUpNarrowTheParent() {
        // children 3 (basic) and 2 (either); parent 5 (either): only basic 5 = 3 + 2 works
        List<List<Map<String, BigDecimal>>> c = new ArrayList<>(List.of(either("5.00"), only("basic", "3.00"), either("2.00")));
        HierarchyResolver.resolve(c, List.of(new HierarchyResolver.Group(0, List.of(1, 2))), COLS);
        assertEquals(List.of("basic"), columnsOf(c.get(0)));
        assertEquals(List.of("basic"), columnsOf(c.get(2)));
    }

    @Test
    void narrowingPropagatesThroughLevels() {
        // 类 (0) fixed in project; 款 (1) its only child; 项 (2) the 款's only child: both follow
        List<List<Map<String, BigDecimal>>> c = new ArrayList<>(List.of(only("project", "4.00"), either("4.00"), either("4.00")));
        List<HierarchyResolver.Group> groups = List.of(new HierarchyResolver.Group(1, List.of(2)), new HierarchyResolver.Group(0, List.of(1)));
        HierarchyResolver.resolve(c, groups, COLS);
        assertEquals(List.of("project"), columnsOf(c.get(1)));
        assertEquals(List.of("project"), columnsOf(c.get(2)));
    }

    @Test
    void aGroupWithNoConsistentCombinationIsLeftAlone() {
        List<List<Map<String, BigDecimal>>> c = new ArrayList<>(List.of(either("9.00"), either("2.00")));
        HierarchyResolver.resolve(c, List.of(new HierarchyResolver.Group(0, List.of(1))), COLS);
        assertEquals(List.of("basic", "project"), columnsOf(c.get(0)));
        assertEquals(List.of("basic", "project"), columnsOf(c.get(1)));
    }

    @Test
    void symmetricOptionsStayOpenAndTheRootAssumptionPicksTheLeftmost() {
        List<List<Map<String, BigDecimal>>> c = new ArrayList<>(List.of(either("5.00"), either("5.00")));
        List<HierarchyResolver.Group> groups = List.of(new HierarchyResolver.Group(0, List.of(1)));
        HierarchyResolver.resolve(c, groups, COLS);
        assertEquals(List.of("basic", "project"), columnsOf(c.get(1)));
        assertTrue(HierarchyResolver.resolveAssumingRoot(c, groups, COLS, 0));
        assertEquals(List.of("basic"), columnsOf(c.get(0)));
        assertEquals(List.of("basic"), columnsOf(c.get(1)));
    }

    @Test
    void noAssumptionWhenTheRootIsAlreadySettledOrAbsent() {
        List<List<Map<String, BigDecimal>>> c = new ArrayList<>(List.of(only("project", "5.00"), either("5.00")));
        List<HierarchyResolver.Group> groups = List.of(new HierarchyResolver.Group(0, List.of(1)));
        assertFalse(HierarchyResolver.resolveAssumingRoot(c, groups, COLS, 0));
        assertEquals(List.of("project"), columnsOf(c.get(1)));
        assertFalse(HierarchyResolver.resolveAssumingRoot(new ArrayList<>(List.of(either("1.00"))), List.of(), COLS, -1));
    }

    @Test
    void aRowWithNoOptionsStopsItsGroupFromNarrowing() {
        List<List<Map<String, BigDecimal>>> c = new ArrayList<>(List.of(only("basic", "5.00"), either("5.00"), new ArrayList<>()));
        HierarchyResolver.resolve(c, List.of(new HierarchyResolver.Group(0, List.of(1, 2))), COLS);
        assertEquals(List.of("basic", "project"), columnsOf(c.get(1)));
    }
}
