package de.dnpm.registry.web;

import de.dnpm.registry.application.SiteSelection;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.PlaceSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A study with 1,400 sites is listed 25 at a time, whatever page number a URL asks for. */
class SiteListingTest {

    /* 1,400 sites along a line of latitude from Heidelberg eastwards; every seventh recruits */
    private static final List<StudyReadModel.Site> SITES = IntStream.range(0, 1400)
            .mapToObj(i -> new StudyReadModel.Site("Site " + i, i % 2 == 0 ? "Heidelberg" : "Mannheim", null,
                    null, "DE", i % 7 == 0 ? "RECRUITING" : "COMPLETED", null, null, List.of(),
                    new GeoPoint(49.4, 8.7 + i * 0.001), PlaceSource.REGISTRY))
            .toList();

    @Test
    void pagesTwentyFiveSitesAtATime() {
        SiteListing third = SiteListing.of(SITES, null, null, null, 3);

        assertEquals(1400, third.getTotal());
        assertEquals(56, third.getPageCount());
        assertEquals(25, third.getRows().size());
        assertEquals(51, third.getFirstShown());
        assertEquals(75, third.getLastShown());
        assertTrue(third.isPrevious() && third.isNext() && third.isPaged());
        assertEquals(List.of("DE"), third.getCountries());
    }

    @Test
    void aPageBeyondTheLastShowsTheLast() {
        SiteListing listing = SiteListing.of(SITES, null, "mannheim", null, 99);

        assertEquals(700, listing.getMatching());
        assertEquals(28, listing.getPage());
        assertFalse(listing.isNext());
        assertEquals(25, listing.getRows().size());
        assertEquals(1, SiteListing.of(SITES, null, null, null, -4).getPage());
    }

    @Test
    void theFirstPageFromAPlaceStartsWithTheNearestRecruitingSite() {
        GeoPoint heidelberg = new GeoPoint(49.4, 8.7);

        List<SiteSelection.ListedSite> rows = SiteListing.of(SITES, "Germany", null, heidelberg, 1).getRows();

        assertEquals("Site 0", rows.getFirst().site().facility());
        assertEquals("Site 7", rows.get(1).site().facility());
        assertTrue(rows.stream().allMatch(row -> row.site().isRecruiting()), "200 sites recruit: page 1 is theirs");
    }

    @Test
    void noMatchingSiteIsAnEmptyFirstPage() {
        SiteListing none = SiteListing.of(SITES, "FR", null, null, 2);

        assertEquals(0, none.getMatching());
        assertEquals(1, none.getPage());
        assertEquals(0, none.getFirstShown());
        assertTrue(none.getRows().isEmpty());
        assertFalse(none.isPaged());
    }
}
