package io.juesuan.ingest.pdf;

/**
 * An axis-parallel line segment in display space: a horizontal ruling lies at {@code pos} = y and
 * spans x from {@code start} to {@code end}; a vertical one lies at x and spans y.
 */
public record Ruling(boolean horizontal, float pos, float start, float end) {
    public Ruling {
        if (start > end) {
            float t = start;
            start = end;
            end = t;
        }
    }

    /** Whether this ruling runs through the point (along, across) within tolerance. */
    boolean covers(float at, float along, float tol) {
        return Math.abs(pos - at) <= tol && along >= start - tol && along <= end + tol;
    }

    boolean touches(Ruling o, float tol) {
        if (horizontal == o.horizontal) {
            return Math.abs(pos - o.pos) <= tol && start <= o.end + tol && o.start <= end + tol;
        }
        return o.pos >= start - tol && o.pos <= end + tol && pos >= o.start - tol && pos <= o.end + tol;
    }
}
