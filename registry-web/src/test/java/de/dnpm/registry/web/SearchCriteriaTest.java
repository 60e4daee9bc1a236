package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.PatientFilter;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.domain.PlaceSource;
import de.dnpm.registry.search.domain.StudyQuery;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchCriteriaTest {

    private static final SearchCriteria EVERYTHING = new SearchCriteria("EGFR exon 20", Map.of(
            Facet.STATUS, List.of("RECRUITING", "NOT_YET_RECRUITING"),
            Facet.PHASE, List.of("PHASE2"),
            Facet.STUDY_TYPE, List.of("INTERVENTIONAL"),
            Facet.COUNTRY, List.of("Korea, Republic of", "Germany")), 45, true,
            new PatientFilter("FEMALE", true, true), "Bad Homburg v.d. Höhe", 100, "relevance");

    @Test
    void writesTheSearchAsABookmarkableQueryStringWithRepeatedFacets() {
        SearchCriteria criteria = new SearchCriteria("EGFR exon 20", Map.of(
                Facet.STATUS, List.of("RECRUITING", "NOT_YET_RECRUITING"),
                Facet.COUNTRY, List.of("Korea, Republic of")), 45);

        assertEquals("q=EGFR+exon+20&status=RECRUITING&status=NOT_YET_RECRUITING&country=Korea%2C+Republic+of"
                + "&age=45&page=3", criteria.queryString(2));
        assertEquals("index.xhtml?q=EGFR+exon+20&status=RECRUITING&status=NOT_YET_RECRUITING"
                + "&country=Korea%2C+Republic+of&age=45", criteria.relativeUrl(0));
    }

    @Test
    void writesThePatientsFiltersThePlaceAndTheOrder() {
        assertEquals("q=EGFR+exon+20&status=RECRUITING&status=NOT_YET_RECRUITING&phase=PHASE2&type=INTERVENTIONAL"
                + "&country=Korea%2C+Republic+of&country=Germany&age=45&match=exact&sex=FEMALE&recruiting=true"
                + "&healthyVolunteers=true&near=Bad+Homburg+v.d.+H%C3%B6he&radiusKm=100&sort=relevance&page=7",
                EVERYTHING.queryString(6));
    }

    @Test
    void readsBackWhatItWroteAtEveryPage() {
        for (int page : new int[]{0, 1, 6, SearchCriteria.MAX_PAGE}) {
            Map<String, List<String>> parameters = SearchCriteria.parseQueryString(EVERYTHING.queryString(page));
            assertEquals(EVERYTHING, SearchCriteria.fromParameters(parameters));
            assertEquals(page, SearchCriteria.pageOf(parameters));
        }
        SearchCriteria plain = new SearchCriteria(null, null, null);
        assertEquals(plain, SearchCriteria.fromParameters(SearchCriteria.parseQueryString(plain.queryString(0))));
        assertEquals("index.xhtml", plain.relativeUrl(0));
    }

    @Test
    void readsWhatAHandEditedOrOldLinkSaysAndDropsTheRest() {
        Map<String, List<String>> parameters = SearchCriteria.parseQueryString(
                "?q=%20lung%20cancer%20&status=recruiting&status=RECRUITING&status=&age=200&sex=female"
                        + "&recruiting=TRUE&healthyVolunteers=yes&radiusKm=5000&sort=distance&page=0&match=Exact"
                        + "&near=%zz&unknown=1&country=Germany");
        SearchCriteria criteria = SearchCriteria.fromParameters(parameters);

        assertEquals("lung cancer", criteria.text());
        assertEquals(List.of("RECRUITING"), criteria.values(Facet.STATUS), "codes in any case, once");
        assertEquals(List.of("Germany"), criteria.values(Facet.COUNTRY));
        assertEquals(150, criteria.age(), "bounded");
        assertTrue(criteria.exact());
        assertEquals(new PatientFilter("FEMALE", true, false), criteria.patient());
        assertNull(criteria.near(), "a value that does not decode is skipped");
        assertNull(criteria.sort(), "distance is the default order with a place, and meaningless without one");
        assertEquals(0, SearchCriteria.pageOf(parameters));
        assertEquals(0, SearchCriteria.pageOf(Map.of("page", List.of("abc"))));
        assertEquals(SearchCriteria.MAX_PAGE, SearchCriteria.pageOf(Map.of("page", List.of("99999"))));
        assertNull(SearchCriteria.fromParameters(Map.of("age", List.of("-3"))).age());
        assertNull(SearchCriteria.fromParameters(Map.of("sex", List.of("OTHER"))).patient().sex());
    }

    @Test
    void keepsLinksBounded() {
        String longText = "a".repeat(SearchCriteria.MAX_TEXT_LENGTH + 50);
        SearchCriteria criteria = SearchCriteria.fromParameters(Map.of(
                "q", List.of(longText),
                "near", List.of("x".repeat(SearchCriteria.MAX_NEAR_LENGTH + 1)),
                "phase", java.util.stream.IntStream.range(0, 80).mapToObj(i -> "P" + i).toList(),
                "type", List.of("T".repeat(SearchCriteria.MAX_VALUE_LENGTH + 1), "OBSERVATIONAL")));

        assertEquals(SearchCriteria.MAX_TEXT_LENGTH, criteria.text().length());
        assertNull(criteria.near());
        assertEquals(SearchCriteria.MAX_VALUES_PER_FACET, criteria.values(Facet.PHASE).size());
        assertEquals(List.of("OBSERVATIONAL"), criteria.values(Facet.STUDY_TYPE));
    }

    @Test
    void aRadiusWithoutAPlaceIsNotPartOfTheSearch() {
        SearchCriteria criteria = SearchCriteria.fromParameters(Map.of("radiusKm", List.of("250")));

        assertEquals(new SearchCriteria(null, null, null), criteria);
        assertEquals("", criteria.queryString(0));
        assertEquals("near=69120&radiusKm=50", SearchCriteria.fromParameters(Map.of("near", List.of("69120")))
                .queryString(0));
    }

    @Test
    void dropsBlankValuesAndEmptyFacets() {
        SearchCriteria criteria = new SearchCriteria("  ", Map.of(Facet.PHASE, List.of(" ", ""),
                Facet.STUDY_TYPE, List.of(" INTERVENTIONAL ")), null);

        assertEquals("type=INTERVENTIONAL", criteria.queryString(0));
        assertEquals(Map.of(Facet.STUDY_TYPE, Set.of("INTERVENTIONAL")), criteria.toQuery(0, 20, null).filters());
        assertTrue(criteria.isFiltered());
        assertFalse(new SearchCriteria(null, Map.of(), null).isFiltered());
        assertEquals("", new SearchCriteria(null, null, null).queryString(0));
    }

    @Test
    void countsEachFilterForTheFilterButton() {
        assertEquals(0, new SearchCriteria("EGFR", Map.of(), null).filterCount());
        assertEquals(11, EVERYTHING.filterCount(), "6 facet values, the age, the sex, recruiting, healthy, the place");
    }

    @Test
    void clearingTheFiltersKeepsTextMatchingAndOrder() {
        SearchCriteria cleared = EVERYTHING.withoutFilters();

        assertEquals("q=EGFR+exon+20&match=exact&sort=relevance", cleared.queryString(0));
        assertFalse(cleared.isFiltered());
    }

    @Test
    void theOrderAndThePlaceReachTheQuery() {
        Place heidelberg = new Place("Heidelberg", "DE", "08", "69120", new GeoPoint(49.41, 8.69),
                PlaceSource.POSTAL_CODE);
        SearchCriteria near = new SearchCriteria("EGFR", Map.of(), null, false, PatientFilter.NONE, "69120", 100, null);

        StudyQuery byDistance = near.toQuery(1, 20, heidelberg);
        assertEquals(100, byDistance.nearby().radiusKm());
        assertTrue(byDistance.nearby().byDistance(), "with a place, the nearest site first");
        assertTrue(byDistance.openFirst());
        assertEquals(1, byDistance.page());

        SearchCriteria byRelevance = new SearchCriteria("EGFR", Map.of(), null, false, PatientFilter.NONE, "69120",
                100, "RELEVANCE");
        assertEquals("relevance", byRelevance.sort());
        StudyQuery relevance = byRelevance.toQuery(0, 20, heidelberg);
        assertFalse(relevance.nearby().byDistance());
        assertFalse(relevance.openFirst());

        assertNull(near.toQuery(0, 20, null).nearby(), "a place the gazetteer does not know: anywhere");
    }

    private static final SearchCriteria NEW_FACETS = new SearchCriteria("lung cancer", Map.of(
            Facet.STATUS, List.of("RECRUITING"),
            Facet.STARTED, List.of("LAST_5_YEARS", "5_TO_10_YEARS_AGO"),
            Facet.UPDATED, List.of("OVER_2_YEARS_AGO"),
            Facet.SPONSOR_TYPE, List.of("INDUSTRY", "ACADEMIC_OTHER"),
            Facet.RESULTS, List.of("YES"),
            Facet.SOURCE, List.of("DRKS", "CTGOV")), null, false, PatientFilter.NONE, null, 50, "updated");

    @Test
    void writesTheNewFacetsAndOrdersUnderTheRestApisNames() {
        assertEquals("q=lung+cancer&status=RECRUITING&started=LAST_5_YEARS&started=5_TO_10_YEARS_AGO"
                + "&updated=OVER_2_YEARS_AGO&sponsorType=INDUSTRY&sponsorType=ACADEMIC_OTHER&results=YES"
                + "&source=DRKS&source=CTGOV&sort=updated&page=2", NEW_FACETS.queryString(1));
    }

    @Test
    void readsBackTheNewFacetsAndOrders() {
        for (String sort : new String[]{"relevance", "updated", "start", null}) {
            SearchCriteria criteria = new SearchCriteria(NEW_FACETS.text(), NEW_FACETS.filters(), null, false,
                    PatientFilter.NONE, null, 50, sort);
            Map<String, List<String>> parameters = SearchCriteria.parseQueryString(criteria.queryString(3));
            assertEquals(criteria, SearchCriteria.fromParameters(parameters));
            assertEquals(3, SearchCriteria.pageOf(parameters));
        }
        assertEquals(9, NEW_FACETS.filterCount(), "each value of the new facets counts in Filters (n)");
    }

    @Test
    void readsTheNewFacetsInAnyCaseAndDropsValuesTheyDoNotHave() {
        SearchCriteria criteria = SearchCriteria.fromParameters(SearchCriteria.parseQueryString(
                "started=last_5_years&started=LAST_CENTURY&updated=last_30_days&sponsorType=industry"
                        + "&sponsorType=PHARMA&results=yes&results=maybe&source=drks&source=EUCTR&sort=START"));

        assertEquals(List.of("LAST_5_YEARS"), criteria.values(Facet.STARTED));
        assertEquals(List.of("LAST_30_DAYS"), criteria.values(Facet.UPDATED));
        assertEquals(List.of("INDUSTRY"), criteria.values(Facet.SPONSOR_TYPE));
        assertEquals(List.of("YES"), criteria.values(Facet.RESULTS));
        assertEquals(List.of("DRKS"), criteria.values(Facet.SOURCE));
        assertEquals("start", criteria.sort());
        assertEquals("started=LAST_5_YEARS&updated=LAST_30_DAYS&sponsorType=INDUSTRY&results=YES&source=DRKS"
                + "&sort=start", criteria.queryString(0));
        assertEquals(Map.of(), SearchCriteria.fromParameters(Map.of("source", List.of("EUCTR"))).filters(),
                "a facet left without a known value is no filter");
    }

    @Test
    void theDateOrdersReachTheQueryAndReplaceTheNearestSiteOrder() {
        Place heidelberg = new Place("Heidelberg", "DE", "08", "69120", new GeoPoint(49.41, 8.69),
                PlaceSource.POSTAL_CODE);
        SearchCriteria byUpdate = new SearchCriteria("EGFR", Map.of(Facet.SOURCE, List.of("DRKS")), null, false,
                PatientFilter.NONE, "69120", 100, "updated");
        StudyQuery updated = byUpdate.toQuery(0, 20, heidelberg);
        assertEquals(StudyQuery.Order.UPDATED, updated.order());
        assertFalse(updated.nearby().byDistance(), "newest first, within the radius");
        assertEquals(100, updated.nearby().radiusKm());
        assertEquals(Map.of(Facet.SOURCE, Set.of("DRKS")), updated.filters());

        assertEquals(StudyQuery.Order.START, new SearchCriteria("EGFR", Map.of(), null, false, PatientFilter.NONE,
                null, 50, "start").toQuery(0, 20, null).order());
        assertEquals(StudyQuery.Order.RELEVANCE, new SearchCriteria("EGFR", Map.of(), null, false, PatientFilter.NONE,
                null, 50, "relevance").toQuery(0, 20, null).order());
        assertEquals(StudyQuery.Order.RELEVANCE, new SearchCriteria("EGFR", Map.of(), null).toQuery(0, 20, null)
                .order());
    }

    @Test
    void equalCriteriaAreEqualSoTheViewSearchesOnce() {
        assertEquals(new SearchCriteria("EGFR", Map.of(Facet.STATUS, List.of("RECRUITING")), null),
                new SearchCriteria(" EGFR ", Map.of(Facet.STATUS, List.of("RECRUITING"), Facet.PHASE, List.of()), null));
    }
}
