package de.dnpm.registry.search.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class StudyQueryTest {

    /** An export or feed of a search ordered by last update reads it page by page in that order. */
    @Test
    void anotherPageKeepsTheOrderAndEverythingElse() {
        StudyQuery byUpdate = new StudyQuery("lung", Map.of(Facet.SOURCE, Set.of("DRKS")), 45, 0, 20)
                .withOrder(StudyQuery.Order.UPDATED).withOpenFirst(false).withPatientNote("EGFR L858R");

        StudyQuery third = byUpdate.withPage(2, 100);

        assertEquals(StudyQuery.Order.UPDATED, third.order());
        assertFalse(third.openFirst());
        assertEquals(2, third.page());
        assertEquals(100, third.size());
        assertEquals(byUpdate.filters(), third.filters());
        assertEquals(byUpdate.patientNote(), third.patientNote());
    }
}
