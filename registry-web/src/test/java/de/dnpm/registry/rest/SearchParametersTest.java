package de.dnpm.registry.rest;

import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.StudyQuery;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchParametersTest {

    @Test
    void defaultsToFirstPageOfTwentyForAllStudies() {
        SearchParameters p = SearchParameters.of(null, null, null, null, null, null, null, null);

        StudyQuery query = p.toQuery();
        assertNull(query.text());
        assertTrue(query.filters().isEmpty());
        assertEquals(0, query.page());
        assertEquals(20, query.size());
    }

    @Test
    void repeatedFacetValuesAreOredAndCodesAcceptedInAnyCase() {
        SearchParameters p = SearchParameters.of(" EGFR ", List.of("recruiting", "NOT_YET_RECRUITING", ""),
                List.of("phase2"), List.of("Interventional"), List.of("Germany", "Korea, Republic of"), "45", "2", "50");

        assertEquals("EGFR", p.text());
        assertEquals(Set.of("RECRUITING", "NOT_YET_RECRUITING"), p.values(Facet.STATUS));
        assertEquals(Set.of("PHASE2"), p.values(Facet.PHASE));
        assertEquals(Set.of("INTERVENTIONAL"), p.values(Facet.STUDY_TYPE));
        assertEquals(Set.of("DE", "KR"), p.values(Facet.COUNTRY), "countries by name are searched by ISO code");
        assertEquals(45, p.toQuery().ageYears());
        assertEquals(2, p.toQuery().page());
        assertEquals(50, p.toQuery().size());
    }

    @Test
    void rejectsSizeOutsideOneToHundred() {
        assertEquals("size must be between 1 and 100", reject(null, "0").getMessage());
        reject(null, "101");
        assertEquals(100, SearchParameters.of(null, null, null, null, null, null, null, "100").size());
    }

    @Test
    void rejectsNegativeAndNonNumericPages() {
        assertEquals("page must be between 0 and 10000", reject("-1", null).getMessage());
        assertEquals("page must be a whole number, not \"abc\"", reject("abc", null).getMessage());
        reject("1.5", null);
        reject("99999999999", null);
    }

    @Test
    void boundsTheOffsetOfDeepPages() {
        assertEquals(100, SearchParameters.of(null, null, null, null, null, null, "100", "100").page());
        assertTrue(reject("101", "100").getMessage().startsWith("page * size must not exceed 10000"));
        assertTrue(reject("501", null).getMessage().startsWith("page * size"));
    }

    @Test
    void rejectsImplausibleAgesAndOverlongText() {
        assertThrows(InvalidParameterException.class,
                () -> SearchParameters.of(null, null, null, null, null, "151", null, null));
        assertThrows(InvalidParameterException.class,
                () -> SearchParameters.of(null, null, null, null, null, "-3", null, null));
        assertThrows(InvalidParameterException.class,
                () -> SearchParameters.of("x".repeat(501), null, null, null, null, null, null, null));
        assertThrows(InvalidParameterException.class,
                () -> SearchParameters.of(null, List.of("R".repeat(201)), null, null, null, null, null, null));
    }

    @Test
    void unknownFacetValuesAreKeptForTheIndexToIgnore() {
        SearchParameters p = SearchParameters.of(null, List.of("NO_SUCH_STATUS"), null, null, List.of("Atlantis"),
                null, null, null);

        assertEquals(Set.of("NO_SUCH_STATUS"), p.values(Facet.STATUS));
        assertEquals(Set.of("Atlantis"), p.values(Facet.COUNTRY));
    }

    private static InvalidParameterException reject(String page, String size) {
        return assertThrows(InvalidParameterException.class,
                () -> SearchParameters.of(null, null, null, null, null, null, page, size));
    }
}
