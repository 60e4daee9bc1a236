package de.dnpm.registry.rest.export;

/**
 * What an export of a result set holds: how many studies matched ({@code total}), the most one export gives
 * ({@code limit}), and so how many it contains and whether it was cut.
 */
public record ExportSummary(long total, int limit) {

    public int exported() {
        return (int) Math.min(total, limit);
    }

    public boolean truncated() {
        return total > limit;
    }
}
