package de.dnpm.registry.search.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The facets a search can be filtered and counted by. The registry's own codes (status, phase, study type, country)
 * take the registry-neutral codes (RECRUITING, PHASE2, ...); the others take the fixed keys of {@link #knownValues()}:
 * date ranges relative to today ({@link DateBucket}), {@link SponsorType}, results posted ({@code YES}/{@code NO})
 * and {@link SourceRegistry}.
 */
public enum Facet {
    STATUS, PHASE, STUDY_TYPE, COUNTRY,
    /** When the study started (or is to start), in ranges relative to today: {@link DateBucket#STARTED}. */
    STARTED,
    /** When its registry record was last updated, in ranges relative to today: {@link DateBucket#UPDATED}. */
    UPDATED,
    SPONSOR_TYPE,
    /** Whether results are posted in the registry: YES or NO. */
    RESULTS,
    SOURCE;

    /** The values of {@link #RESULTS}. */
    public static final String YES = "YES";
    public static final String NO = "NO";

    /** The only values a filter on this facet can take, in display order; empty when any registry code may come. */
    public List<String> knownValues() {
        return switch (this) {
            case STARTED -> DateBucket.STARTED.stream().map(DateBucket::key).toList();
            case UPDATED -> DateBucket.UPDATED.stream().map(DateBucket::key).toList();
            case SPONSOR_TYPE -> Arrays.stream(SponsorType.values()).map(Enum::name).toList();
            case RESULTS -> List.of(YES, NO);
            case SOURCE -> Arrays.stream(SourceRegistry.values()).map(Enum::name).toList();
            default -> List.of();
        };
    }

    /** Whether this facet counts date ranges computed at search time rather than values stored per study. */
    public boolean isDateRange() {
        return this == STARTED || this == UPDATED;
    }
}
