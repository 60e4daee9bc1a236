package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.GeoPoint;

import java.util.Set;

/**
 * How a match is narrowed: recruitment statuses (empty = RECRUITING and NOT_YET_RECRUITING), phases (empty = any),
 * the patient's place ({@code from}, null = unknown) and travel radius (null = no limit: distance only ranks), and how
 * many ranked trials to return.
 */
public record MatchQuery(Set<String> statuses, Set<String> phases, GeoPoint from, Integer maxDistanceKm, int limit) {

    public MatchQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        phases = phases == null ? Set.of() : Set.copyOf(phases);
    }
}
