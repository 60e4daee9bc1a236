package de.dnpm.registry.application;

import java.util.Set;

/**
 * What the caller narrows a match to: recruitment statuses (empty = open studies: RECRUITING, NOT_YET_RECRUITING),
 * phases (empty = any), and how many ranked studies to return (at most {@link #MAX_LIMIT}).
 */
public record MatchOptions(Set<String> statuses, Set<String> phases, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public MatchOptions {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        phases = phases == null ? Set.of() : Set.copyOf(phases);
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }

    public static MatchOptions defaults() {
        return new MatchOptions(Set.of(), Set.of(), DEFAULT_LIMIT);
    }
}
