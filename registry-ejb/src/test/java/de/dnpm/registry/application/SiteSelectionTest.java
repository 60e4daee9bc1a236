package de.dnpm.registry.application;

import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.infrastructure.GazetteerLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which sites a patient sees first, on a real study with 35 German sites (24 recruiting, 11 about to): recruiting
 * ones first, nearest first among them; filtered by country and town.
 */
class SiteSelectionTest {

    private static List<StudyReadModel.Site> sites;

    @BeforeAll
    static void loadTheStudy() {
        sites = StudyReadModelAssembler.of(RealStudies.mapped(
                "ctgov/ctgov-v2-json/dgg32-graph_bigquery/ctg-studies.json", "NCT05645172")).sites();
    }

    @Test
    void recruitingSitesComeFirstNearestFirstFromHeidelberg() {
        GeoPoint heidelberg = GazetteerLoader.shared().resolve("69120", "DE").orElseThrow().point();

        List<SiteSelection.ListedSite> listed = SiteSelection.select(sites, null, null, heidelberg);

        assertEquals(35, listed.size());
        List<String> statuses = listed.stream().map(l -> l.site().status()).toList();
        assertEquals(24, statuses.lastIndexOf("RECRUITING") + 1, () -> "the 24 recruiting sites first: " + statuses);
        assertTrue(statuses.subList(24, 35).stream().allMatch("NOT_YET_RECRUITING"::equals));
        List<Double> recruitingDistances = listed.subList(0, 24).stream().map(SiteSelection.ListedSite::distanceKm)
                .toList();
        for (int i = 1; i < recruitingDistances.size(); i++) {
            assertTrue(recruitingDistances.get(i - 1) <= recruitingDistances.get(i), () -> "nearest first: "
                    + recruitingDistances);
        }
        // Aschaffenburg, Bad Homburg and Frankfurt are the recruiting sites within 100 km of Heidelberg
        assertTrue(List.of("Aschaffenburg", "Bad Homburg", "Frankfurt am Main")
                        .contains(listed.getFirst().site().city()),
                () -> "nearest recruiting site: " + listed.getFirst());
        assertTrue(listed.getFirst().distanceKm() < 100);
    }

    @Test
    void withoutAPlaceTheRegistrysOrderIsKeptAmongSitesAlike() {
        List<SiteSelection.ListedSite> listed = SiteSelection.select(sites, "", " ", null);

        assertEquals("Aschaffenburg", listed.getFirst().site().city(), "the first recruiting site as listed");
        assertEquals("Amberg", listed.get(24).site().city(), "the first site about to recruit as listed");
        assertNull(listed.getFirst().distanceKm());
    }

    @Test
    void filtersByTownIgnoringCaseAndAccents() {
        List<SiteSelection.ListedSite> munich = SiteSelection.select(sites, null, "munchen", null);
        List<SiteSelection.ListedSite> leipzig = SiteSelection.select(sites, null, "LEIPZIG", null);

        assertEquals(List.of("München"), munich.stream().map(l -> l.site().city()).toList());
        assertEquals(2, leipzig.size());
    }

    @Test
    void filtersByCountryNameOrCode() {
        assertEquals(35, SiteSelection.select(sites, "DE", null, null).size());
        assertEquals(35, SiteSelection.select(sites, "germany", null, null).size());
        assertEquals(0, SiteSelection.select(sites, "France", null, null).size());
        assertEquals(List.of("DE"), SiteSelection.countries(sites), "stored as ISO codes");
    }

    @Test
    void ranksStatusesByWhetherAPatientCanJoin() {
        assertTrue(SiteSelection.recruitmentRank("RECRUITING") < SiteSelection.recruitmentRank("NOT_YET_RECRUITING"));
        assertTrue(SiteSelection.recruitmentRank("NOT_YET_RECRUITING") < SiteSelection.recruitmentRank(null));
        assertTrue(SiteSelection.recruitmentRank(null) < SiteSelection.recruitmentRank("COMPLETED"));
        assertTrue(SiteSelection.recruitmentRank("UNKNOWN") < SiteSelection.recruitmentRank("WITHDRAWN"));
    }
}
