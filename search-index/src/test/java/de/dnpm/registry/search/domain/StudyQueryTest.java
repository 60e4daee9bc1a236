package de.dnpm.registry.search.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StudyQueryTest {

    @Test
    void anotherPageOfASearchKeepsItsOrder() {
        // exports read a search page by page, the feed reads it ordered by last update: a page must not fall back to
        // relevance
        StudyQuery byUpdate = new StudyQuery("melanoma", Map.of(), null, 0, 20, false, null, null)
                .withOrder(StudyQuery.Order.UPDATED);
        StudyQuery third = byUpdate.withPage(2, 100);
        assertEquals(StudyQuery.Order.UPDATED, third.order());
        assertEquals(2, third.page());
        assertEquals(100, third.size());
        assertEquals("melanoma", third.text());
    }
}
