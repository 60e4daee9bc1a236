package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.Facet;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchCriteriaTest {

    @Test
    void writesTheSearchAsABookmarkableQueryStringWithRepeatedFacets() {
        SearchCriteria criteria = new SearchCriteria("EGFR exon 20", Map.of(
                Facet.STATUS, List.of("RECRUITING", "NOT_YET_RECRUITING"),
                Facet.COUNTRY, List.of("Korea, Republic of")), 45);

        assertEquals("q=EGFR+exon+20&status=RECRUITING&status=NOT_YET_RECRUITING&country=Korea%2C+Republic+of"
                + "&age=45&page=3", criteria.queryString(2));
    }

    @Test
    void dropsBlankValuesAndEmptyFacets() {
        SearchCriteria criteria = new SearchCriteria("  ", Map.of(Facet.PHASE, List.of(" ", ""),
                Facet.STUDY_TYPE, List.of(" INTERVENTIONAL ")), null);

        assertEquals("type=INTERVENTIONAL", criteria.queryString(0));
        assertEquals(Map.of(Facet.STUDY_TYPE, Set.of("INTERVENTIONAL")), criteria.toQuery(0, 20).filters());
        assertTrue(criteria.isFiltered());
        assertFalse(new SearchCriteria(null, Map.of(), null).isFiltered());
        assertEquals("", new SearchCriteria(null, null, null).queryString(0));
    }

    @Test
    void equalCriteriaAreEqualSoTheViewSearchesOnce() {
        assertEquals(new SearchCriteria("EGFR", Map.of(Facet.STATUS, List.of("RECRUITING")), null),
                new SearchCriteria(" EGFR ", Map.of(Facet.STATUS, List.of("RECRUITING"), Facet.PHASE, List.of()), null));
    }
}
