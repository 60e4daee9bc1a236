package de.dnpm.registry.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The order of the studies feed: newest record update first, the portal's own change time where a record has none. */
class StudyCatalogNewestFirstTest {

    private static final Instant IMPORTED = Instant.parse("2026-11-20T08:00:00Z");

    @Test
    void newestRecordDateFirstWithPartialDatesAndPortalTimesAsFallback() {
        List<StudyCatalog.LastUpdate> updates = List.of(
                new StudyCatalog.LastUpdate(1, "2025-11-06", IMPORTED),
                new StudyCatalog.LastUpdate(2, "2026-01", IMPORTED),
                new StudyCatalog.LastUpdate(3, null, Instant.parse("2025-12-01T10:00:00Z")),
                new StudyCatalog.LastUpdate(4, "2026-01-15", IMPORTED),
                new StudyCatalog.LastUpdate(5, "2019", IMPORTED));

        assertEquals(List.of(4L, 2L, 3L, 1L, 5L), StudyCatalog.newestFirst(updates, 10));
        assertEquals(List.of(4L, 2L), StudyCatalog.newestFirst(updates, 2));
    }

    @Test
    void sameDayIsOrderedByWhenThePortalLastChangedTheStudy() {
        List<StudyCatalog.LastUpdate> updates = List.of(
                new StudyCatalog.LastUpdate(1, "2026-11-06", Instant.parse("2026-11-07T08:00:00Z")),
                new StudyCatalog.LastUpdate(2, "2026-11-06", Instant.parse("2026-11-08T08:00:00Z")));

        assertEquals(List.of(2L, 1L), StudyCatalog.newestFirst(updates, 10));
    }
}
