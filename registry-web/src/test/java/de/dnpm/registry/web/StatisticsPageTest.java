package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.GermanState;
import de.dnpm.registry.search.domain.RegistryStatistics;
import de.dnpm.registry.search.domain.RegistryStatistics.RecruitingPlace;
import de.dnpm.registry.search.domain.RegistryStatistics.StateCount;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistics page in German and English, on the real message bundles. */
class StatisticsPageTest {

    private static final RegistryStatistics STATISTICS = new RegistryStatistics(3,
            List.of(new FacetCount("RECRUITING", 2), new FacetCount("COMPLETED", 1)),
            List.of(new FacetCount("PHASE2", 2), new FacetCount("NA", 1), new FacetCount("PHASE1", 1)),
            List.of(new FacetCount("INTERVENTIONAL", 3)),
            List.of(new FacetCount("NCT", 2), new FacetCount("DRKS", 1)),
            List.of(new FacetCount("2021", 3)),
            List.of(new FacetCount("Breast Cancer", 2)),
            Arrays.stream(GermanState.values()).map(state -> new StateCount(state.isoCode(),
                    state == GermanState.BW ? 2 : state == GermanState.BY ? 1 : 0,
                    state == GermanState.BW ? 2 : state == GermanState.BY ? 1 : 0)).toList(),
            List.of(new RecruitingPlace(new GeoPoint(49.41, 8.69), "Heidelberg", "DE-BW", 2),
                    new RecruitingPlace(new GeoPoint(48.14, 11.58), "München", "DE-BY", 1)));

    @Test
    void labelsCodesWithTheSearchFacetsLabelsInTheReadersLanguage() {
        assertTrue(page(Locale.GERMAN).getStatusChart().contains("\"Rekrutierend\""));
        assertTrue(page(Locale.ENGLISH).getStatusChart().contains("\"Recruiting\""));
        assertTrue(page(Locale.GERMAN).getRegistryChart().contains("\"ClinicalTrials.gov\""));
        assertTrue(page(Locale.GERMAN).getPhaseChart().contains("\"Studien\""), "the series' name");
        assertTrue(page(Locale.ENGLISH).getConditionChart().contains("\"Breast Cancer\""), "conditions as written");
    }

    @Test
    void showsPhasesInTheirOwnOrderNotByCount() {
        String chart = page(Locale.ENGLISH).getPhaseChart();
        assertTrue(chart.contains("\"labels\":[\"Phase 1\",\"Phase 2\",\"No phase (not applicable)\"]"), chart);
    }

    @Test
    void namesEveryStateInBothLanguagesMostSitesFirst() {
        List<StatisticsPage.StateRow> german = page(Locale.GERMAN).getStates();
        List<StatisticsPage.StateRow> english = page(Locale.ENGLISH).getStates();

        assertEquals(16, german.size());
        assertEquals(new StatisticsPage.StateRow("Baden-Württemberg", 2, 2), german.get(0));
        assertEquals(new StatisticsPage.StateRow("Bayern", 1, 1), german.get(1));
        assertEquals("Bavaria", english.get(1).name());
        assertEquals("Berlin", german.get(2).name(), "then by name: Berlin before Brandenburg");
        for (GermanState state : GermanState.values()) {
            String key = "state." + state.isoCode();
            assertTrue(bundle(Locale.ENGLISH).containsKey(key) && bundle(Locale.GERMAN).containsKey(key), key);
        }
        assertNotEquals(bundle(Locale.ENGLISH).getString("state.DE-NW"), bundle(Locale.GERMAN).getString("state.DE-NW"));
        assertEquals(3, page(Locale.GERMAN).getRecruitingSites());
    }

    @Test
    void theMapSaysInTheReadersLanguageHowManyStudiesRecruitWhere() {
        String german = page(Locale.GERMAN).getMapSvg();
        assertTrue(german.contains("<title>Heidelberg: 2 Studien rekrutieren</title>"), german);
        assertTrue(german.contains("<title>München: 1 Studie rekrutiert</title>"));
        assertTrue(german.contains("2 Orte mit rekrutierenden Zentren"));
        assertTrue(page(Locale.ENGLISH).getMapSvg().contains("<title>Heidelberg: 2 studies recruiting</title>"));
    }

    private static StatisticsPage page(Locale locale) {
        return new StatisticsPage(STATISTICS, new LabelTexts(bundle(locale), locale), locale, "M1 1h0");
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Labels.BUNDLE, locale);
    }
}
