package io.juesuan.sections;

import java.util.List;
import java.util.Map;

/**
 * {@code mappings/sections.json}, bound once (see {@code Mappings.bind}).
 *
 * @param partHeading 第N部分 heading pattern (groups n, title)
 * @param parts part number → what it is
 * @param subHeading numbered sub-section heading pattern (一、…; groups n, title)
 * @param subsections sub-section key → words its title contains
 * @param tocHeading the 目录 heading pattern
 */
public record SectionsMapping(String partHeading, Map<String, Part> parts, String subHeading,
        Map<String, List<String>> subsections, String tocHeading) {
    /**
     * @param key the part's key in the output (overview, tables, explanation …)
     * @param as the part number it counts as (null: its own)
     * @param titles patterns of its printed title
     */
    public record Part(String key, Integer as, List<String> titles) {}
}
