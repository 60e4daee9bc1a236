package de.dnpm.registry.rest;

import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.Nearby;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.domain.PlaceSource;
import de.dnpm.registry.search.domain.StudyQuery;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The search answer's {@code near.sort} names the order the hits really have. */
class SearchNearOrderTest {

    private static final Place HEIDELBERG = new Place("Heidelberg", "DE", "01", "69120", new GeoPoint(49.41, 8.69),
            PlaceSource.POSTAL_CODE);

    @Test
    void aDateOrderIsReportedAsSuchNotAsRelevance() {
        Nearby within = new Nearby(HEIDELBERG, 50, false);
        assertEquals("updated", StudyResource.near(within, StudyQuery.Order.UPDATED).sort());
        assertEquals("start", StudyResource.near(within, StudyQuery.Order.START).sort());
        assertEquals("relevance", StudyResource.near(within, StudyQuery.Order.RELEVANCE).sort());
        assertEquals("distance", StudyResource.near(new Nearby(HEIDELBERG, 50, true), StudyQuery.Order.RELEVANCE)
                .sort());
        assertNull(StudyResource.near(null, StudyQuery.Order.UPDATED));
    }
}
