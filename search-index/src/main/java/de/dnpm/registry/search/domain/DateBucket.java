package de.dnpm.registry.search.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The date ranges of the {@link Facet#STARTED} and {@link Facet#UPDATED} facets, relative to today, so they mean the
 * same tomorrow as today whatever day the study was indexed. The "since"/"last" ranges are cumulative (a study that
 * started last month is in SINCE_LAST_YEAR and in LAST_5_YEARS), the "ago" ranges are what lies before them, so a
 * person can widen a recent range or ask for old studies alone. A start date in the future (a planned study) counts as
 * recent. Bounds: {@code from} inclusive, {@code to} exclusive, null when open.
 */
public enum DateBucket {
    STARTED_SINCE_LAST_YEAR(Facet.STARTED, "SINCE_LAST_YEAR", 0, 12),
    STARTED_LAST_5_YEARS(Facet.STARTED, "LAST_5_YEARS", 0, 60),
    STARTED_5_TO_10_YEARS_AGO(Facet.STARTED, "5_TO_10_YEARS_AGO", 60, 120),
    STARTED_OVER_10_YEARS_AGO(Facet.STARTED, "OVER_10_YEARS_AGO", 120, -1),
    UPDATED_LAST_30_DAYS(Facet.UPDATED, "LAST_30_DAYS", 0, 0),
    UPDATED_LAST_YEAR(Facet.UPDATED, "LAST_YEAR", 0, 12),
    UPDATED_LAST_2_YEARS(Facet.UPDATED, "LAST_2_YEARS", 0, 24),
    UPDATED_OVER_2_YEARS_AGO(Facet.UPDATED, "OVER_2_YEARS_AGO", 24, -1);

    /** The buckets of each facet, in display order. */
    public static final List<DateBucket> STARTED = of(Facet.STARTED);
    public static final List<DateBucket> UPDATED = of(Facet.UPDATED);

    private static final int DAYS_OF_RECENT_UPDATE = 30;

    private final Facet facet;
    private final String key;
    /* months before today: the newest and oldest edge (0 = today, or open towards the future; -1 = no oldest edge) */
    private final int newestMonthsAgo;
    private final int oldestMonthsAgo;

    DateBucket(Facet facet, String key, int newestMonthsAgo, int oldestMonthsAgo) {
        this.facet = facet;
        this.key = key;
        this.newestMonthsAgo = newestMonthsAgo;
        this.oldestMonthsAgo = oldestMonthsAgo;
    }

    public Facet facet() {
        return facet;
    }

    /** The value a filter sends and a count carries ("LAST_5_YEARS"). */
    public String key() {
        return key;
    }

    /** The earliest day in the range (inclusive), or null when it has no lower bound. */
    public LocalDate from(LocalDate today) {
        if (this == UPDATED_LAST_30_DAYS) {
            return today.minusDays(DAYS_OF_RECENT_UPDATE);
        }
        return oldestMonthsAgo < 0 ? null : today.minusMonths(oldestMonthsAgo);
    }

    /** The first day after the range (exclusive), or null when it is open towards the future. */
    public LocalDate to(LocalDate today) {
        return newestMonthsAgo == 0 ? null : today.minusMonths(newestMonthsAgo);
    }

    /** Whether a date lies in this range. */
    public boolean contains(LocalDate date, LocalDate today) {
        LocalDate from = from(today);
        LocalDate to = to(today);
        return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
    }

    /** The bucket of a facet with this key (any case), if there is one. */
    public static Optional<DateBucket> of(Facet facet, String key) {
        return Arrays.stream(values()).filter(b -> b.facet == facet && b.key.equalsIgnoreCase(key)).findFirst();
    }

    private static List<DateBucket> of(Facet facet) {
        return Arrays.stream(values()).filter(b -> b.facet == facet).toList();
    }
}
