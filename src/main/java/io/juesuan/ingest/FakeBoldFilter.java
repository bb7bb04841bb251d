package io.juesuan.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Producers imitate bold by drawing each glyph two or more times, a fraction of a point apart;
 * without this the text reads 合合计计. A repeat is the same character whose position differs by
 * less than a fifth of its size.
 */
final class FakeBoldFilter {
    private FakeBoldFilter() {}

    static List<Glyph> filter(List<Glyph> glyphs) {
        List<Glyph> out = new ArrayList<>(glyphs.size());
        Map<String, List<Glyph>> byText = new HashMap<>();
        for (Glyph g : glyphs) {
            List<Glyph> same = byText.computeIfAbsent(g.text(), k -> new ArrayList<>());
            float tol = Math.max(0.8f, Math.max(g.width(), g.height()) * 0.2f);
            boolean repeat = false;
            for (int i = same.size() - 1; i >= 0 && i >= same.size() - 8; i--) {
                Glyph o = same.get(i);
                if (Math.abs(o.x() - g.x()) < tol && Math.abs(o.y() - g.y()) < tol) {
                    repeat = true;
                    break;
                }
            }
            if (!repeat) {
                same.add(g);
                out.add(g);
            }
        }
        return out;
    }
}
