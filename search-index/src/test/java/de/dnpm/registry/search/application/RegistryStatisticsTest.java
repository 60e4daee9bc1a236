package de.dnpm.registry.search.application;

import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.Gazetteer;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.domain.RegistryStatistics;
import de.dnpm.registry.search.domain.RegistryStatistics.RecruitingPlace;
import de.dnpm.registry.search.domain.RegistryStatistics.StateCount;
import de.dnpm.registry.search.domain.SiteLocation;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.infrastructure.GazetteerLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry at a glance, counted from a small in-memory index of synthetic studies placed by the gazetteer. */
class RegistryStatisticsTest {

    private static final Gazetteer PLACES = GazetteerLoader.shared();
    private static final Place HEIDELBERG = PLACES.postalCode("DE", "69120").orElseThrow();
    private static final Place BERLIN = PLACES.postalCode("DE", "10117").orElseThrow();
    private static final Place VIENNA = PLACES.city("Vienna", "AT").orElseThrow();

    private StudyIndex index;

    @BeforeEach
    void fill() throws IOException {
        index = StudyIndex.inMemory();
        index.upsert(List.of(
                study(1, "RECRUITING", List.of("PHASE2"), "INTERVENTIONAL", List.of("NCT", "DRKS"),
                        List.of("Breast Cancer", "NSCLC"), "2021-03",
                        List.of(site(HEIDELBERG, true, "Heidelberg"), site(BERLIN, true, "Berlin"),
                                // a second department at the same place is the same place
                                site(BERLIN, true, "Berlin"), site(VIENNA, true, "Wien"))),
                study(2, "COMPLETED", List.of("PHASE1", "PHASE2"), "INTERVENTIONAL", List.of("NCT"),
                        List.of("breast cancer"), "2019", List.of(site(HEIDELBERG, false, "Heidelberg"))),
                study(3, "RECRUITING", List.of(), "OBSERVATIONAL", List.of("DRKS"),
                        List.of("Breast  Cancer"), "2021-06-01", List.of(site(HEIDELBERG, true, "Heidelberg"))),
                study(4, "WITHDRAWN", List.of("PHASE3"), "INTERVENTIONAL", List.of("EUCTR"),
                        List.of("Melanoma"), "1066", List.of(site(BERLIN, true, "Berlin")))), "import-1");
        index.delete(List.of(4L), "delete-4");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void countsStudiesByStatusPhaseTypeRegistryAndStartYearLeavingDeletedOnesOut() throws IOException {
        RegistryStatistics statistics = index.statistics();

        assertEquals(3, statistics.studies());
        assertEquals(List.of(new FacetCount("RECRUITING", 2), new FacetCount("COMPLETED", 1)), statistics.byStatus());
        assertEquals(List.of(new FacetCount("PHASE2", 2), new FacetCount("PHASE1", 1)), statistics.byPhase());
        assertEquals(List.of(new FacetCount("INTERVENTIONAL", 2), new FacetCount("OBSERVATIONAL", 1)),
                statistics.byStudyType());
        assertEquals(List.of(new FacetCount("DRKS", 2), new FacetCount("NCT", 2)), statistics.byRegistry());
        assertEquals(List.of(new FacetCount("2019", 1), new FacetCount("2021", 2)), statistics.byStartYear(),
                "years in order, months ignored");
    }

    @Test
    void countsAConditionWrittenInSeveralCasesOnceAsMostWriteIt() throws IOException {
        assertEquals(List.of(new FacetCount("Breast Cancer", 3), new FacetCount("NSCLC", 1)),
                index.statistics().topConditions());
    }

    @Test
    void countsRecruitingGermanSitesByStateOncePerStudyAndPlace() throws IOException {
        Map<String, StateCount> states = index.statistics().recruitingByState().stream()
                .collect(Collectors.toMap(StateCount::state, Function.identity()));

        assertEquals(16, states.size(), "every state, with zeros");
        assertEquals(new StateCount("DE-BW", 2, 2), states.get("DE-BW"), "not the completed study's site");
        assertEquals(new StateCount("DE-BE", 1, 1), states.get("DE-BE"), "two departments, one place");
        assertEquals(new StateCount("DE-BY", 0, 0), states.get("DE-BY"));
        assertEquals("DE-BW", index.statistics().recruitingByState().getFirst().state(), "most sites first");
    }

    @Test
    void placesRecruitingSitesInGermanyOnlyWithTheNumberOfStudiesThere() throws IOException {
        List<RecruitingPlace> places = index.statistics().recruitingPlaces();

        assertEquals(List.of("Heidelberg", "Berlin"), places.stream().map(RecruitingPlace::city).toList(),
                "Vienna is not in Germany; most studies first");
        assertEquals(2, places.getFirst().studies());
        assertEquals("DE-BW", places.getFirst().state());
        assertEquals(HEIDELBERG.point().lat(), places.getFirst().point().lat(), 0.001);
    }

    @Test
    void isCountedOncePerIndexChange() throws IOException {
        RegistryStatistics first = index.statistics();
        assertSame(first, index.statistics(), "an unchanged index is not counted again");

        index.upsert(List.of(study(5, "RECRUITING", List.of(), "INTERVENTIONAL", List.of("NCT"), List.of(),
                null, List.of())), "import-2");

        RegistryStatistics second = index.statistics();
        assertNotSame(first, second);
        assertEquals(4, second.studies());
        assertEquals(new FacetCount("RECRUITING", 3), second.byStatus().getFirst());
    }

    @Test
    void anEmptyIndexHasNoCountsButEveryState() throws IOException {
        try (StudyIndex empty = StudyIndex.inMemory()) {
            RegistryStatistics statistics = empty.statistics();
            assertEquals(0, statistics.studies());
            assertTrue(statistics.byStatus().isEmpty() && statistics.topConditions().isEmpty()
                    && statistics.recruitingPlaces().isEmpty());
            assertEquals(16, statistics.recruitingByState().size());
        }
    }

    private static StudyDocument study(long id, String status, List<String> phases, String type,
                                       List<String> registries, List<String> conditions, String start,
                                       List<SiteLocation> sites) {
        return StudyDocument.builder(id).primaryRegistryId("SYNTHETIC-" + id).briefTitle("Synthetic study " + id)
                .overallStatus(status).phases(phases).studyType(type).registries(registries).conditions(conditions)
                .startDate(start).siteCount(sites.size()).siteLocations(sites).build();
    }

    private static SiteLocation site(Place place, boolean recruiting, String city) {
        return new SiteLocation(place.point(), place.source(), recruiting, "Clinic", city, place.country(),
                place.admin1());
    }
}
