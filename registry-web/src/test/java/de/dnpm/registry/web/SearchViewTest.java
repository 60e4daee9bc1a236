package de.dnpm.registry.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The view's state as the URL carries it: what a GET or the history's restore reads is what it writes back. */
class SearchViewTest {

    @Test
    void theStateOfAUrlIsWrittenBackUnchanged() {
        String url = "q=EGFR&status=RECRUITING&country=Germany&age=45&sex=MALE&recruiting=true&near=69120"
                + "&radiusKm=100&sort=relevance&page=3";
        SearchView view = new SearchView();
        var parameters = SearchCriteria.parseQueryString(url);
        view.apply(SearchCriteria.fromParameters(parameters), SearchCriteria.pageOf(parameters));

        assertEquals("/index.xhtml?" + url, view.getBookmarkUrl());
        assertEquals("index.xhtml?" + url, view.getBackTarget(), "study links lead back to this very page");
        assertEquals(6, view.getFilterCount());
        assertEquals(List.of("RECRUITING"), view.getStatuses());
        assertEquals("relevance", view.getSort());
    }

    @Test
    void theNewFacetsAndOrdersOfAUrlAreWrittenBackUnchanged() {
        String url = "q=lung+cancer&started=SINCE_LAST_YEAR&updated=LAST_YEAR&sponsorType=GOVERNMENT&results=NO"
                + "&source=ICTRP&source=DRKS&sort=start&page=2";
        SearchView view = new SearchView();
        var parameters = SearchCriteria.parseQueryString(url);
        view.apply(SearchCriteria.fromParameters(parameters), SearchCriteria.pageOf(parameters));

        assertEquals("/index.xhtml?" + url, view.getBookmarkUrl());
        assertEquals(List.of("SINCE_LAST_YEAR"), view.getStarted());
        assertEquals(List.of("LAST_YEAR"), view.getUpdated());
        assertEquals(List.of("GOVERNMENT"), view.getSponsorTypes());
        assertEquals(List.of("NO"), view.getResultsPosted());
        assertEquals(List.of("ICTRP", "DRKS"), view.getSources());
        assertEquals(6, view.getFilterCount());
        assertEquals("start", view.getSort());

        view.setSources(List.of("CTGOV"));
        view.setSort("updated");
        assertEquals("/index.xhtml?q=lung+cancer&started=SINCE_LAST_YEAR&updated=LAST_YEAR&sponsorType=GOVERNMENT"
                + "&results=NO&source=CTGOV&sort=updated&page=2", view.getBookmarkUrl(),
                "the checkboxes' values are the URL's");
    }

    @Test
    void theStartPageNeedsNoWayBack() {
        SearchView view = new SearchView();

        assertEquals("/index.xhtml", view.getBookmarkUrl());
        assertNull(view.getBackTarget());
        assertEquals(0, view.getFilterCount());
    }

    @Test
    void theFormsValuesAreReadAsTheUrlWouldBe() {
        SearchView view = new SearchView();
        view.setQ(" lung cancer ");
        view.setSort("RELEVANCE");
        view.setSex("FEMALE");
        view.setNear(" Heidelberg ");
        view.setRadiusKm(75);
        view.setPatientNote("62-year-old, EGFR L858R");

        assertEquals("/index.xhtml?q=lung+cancer&sex=FEMALE&near=Heidelberg&radiusKm=75&sort=relevance",
                view.getBookmarkUrl(), "the patient description never");
        assertTrue(view.getRadii().contains(75), "a radius from a link stays selectable");
        view.setSort("newest-first");
        assertNull(view.getSort(), "an order the page does not know is the default");
    }
}
