package io.juesuan.ingest.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Producers fake bold type by drawing the same string two or three times with a sub-point offset;
 * a text layer then shows every character doubled. A glyph is dropped when the same character was
 * already drawn at almost the same place (less than a third of its width/height away).
 */
public final class FakeBoldFilter {
    private FakeBoldFilter() {}

    public static List<Glyph> filter(List<Glyph> glyphs) {
        Map<String, List<Glyph>> seen = new HashMap<>();
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            List<Glyph> same = seen.computeIfAbsent(g.text(), k -> new ArrayList<>());
            boolean duplicate = false;
            for (Glyph s : same) {
                float tolX = Math.max(1f, Math.max(s.width(), g.width()) / 3);
                float tolY = Math.max(1f, Math.max(s.height(), g.height()) / 3);
                if (Math.abs(s.x() - g.x()) < tolX && Math.abs(s.top() - g.top()) < tolY) {
                    duplicate = true;
                    break;
                }
            }
            if (!duplicate) {
                same.add(g);
                kept.add(g);
            }
        }
        return kept;
    }
}
