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

    @Test
    void takesTheNewFiltersByTheirKeysInAnyCase() {
        SearchParameters p = SearchParameters.of(null, null, null, null, null, null, null, null)
                .withFilters(List.of("last_5_years", "OVER_10_YEARS_AGO"), List.of("LAST_30_DAYS"),
                        List.of("industry"), List.of("true"), List.of("drks", "CTGOV"));

        assertEquals(Set.of("LAST_5_YEARS", "OVER_10_YEARS_AGO"), p.values(Facet.STARTED));
        assertEquals(Set.of("LAST_30_DAYS"), p.values(Facet.UPDATED));
        assertEquals(Set.of("INDUSTRY"), p.values(Facet.SPONSOR_TYPE));
        assertEquals(Set.of("YES"), p.values(Facet.RESULTS), "results=true means YES");
        assertEquals(Set.of("DRKS", "CTGOV"), p.values(Facet.SOURCE));
        assertEquals(p.values(Facet.SOURCE), p.toQuery().filters().get(Facet.SOURCE));
    }

    @Test
    void rejectsUnknownValuesOfTheNewFilters() {
        SearchParameters p = SearchParameters.of(null, null, null, null, null, null, null, null);

        assertEquals("started must be one of SINCE_LAST_YEAR, LAST_5_YEARS, 5_TO_10_YEARS_AGO, OVER_10_YEARS_AGO",
                assertThrows(InvalidParameterException.class, () -> p.withFilters(List.of("LAST_WEEK"), null, null,
                        null, null)).getMessage());
        assertThrows(InvalidParameterException.class, () -> p.withFilters(null, List.of("SINCE_LAST_YEAR"), null,
                null, null), "a range of the other date facet");
        assertEquals("sponsorType must be one of INDUSTRY, GOVERNMENT, ACADEMIC_OTHER",
                assertThrows(InvalidParameterException.class, () -> p.withFilters(null, null, List.of("pharma"),
                        null, null)).getMessage());
        assertThrows(InvalidParameterException.class, () -> p.withFilters(null, null, null, List.of("maybe"), null));
        assertEquals("source must be one of CTGOV, DRKS, ICTRP", assertThrows(InvalidParameterException.class,
                () -> p.withFilters(null, null, null, null, List.of("EUCTR"))).getMessage());
    }

    @Test
    void sortsByUpdateOrStartOrRelevance() {
        assertEquals(StudyQuery.Order.UPDATED, SearchParameters.order("updated"));
        assertEquals(StudyQuery.Order.START, SearchParameters.order(" Start "));
        assertEquals(StudyQuery.Order.RELEVANCE, SearchParameters.order(null));
        assertEquals(StudyQuery.Order.RELEVANCE, SearchParameters.order("distance"));
        assertTrue(SearchParameters.openFirst(null), "absent: open studies lifted");
        assertTrue(!SearchParameters.openFirst("relevance"), "relevance alone");
        assertEquals("sort must be one of relevance, updated, start, distance",
                assertThrows(InvalidParameterException.class, () -> SearchParameters.order("newest")).getMessage());
        assertThrows(InvalidParameterException.class, () -> SearchParameters.openFirst("newest"));
    }
}
