package de.dnpm.registry.web;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The patient view's plain words, on the real bundles; ages in days as the importer stores them ("18 Years": 6574). */
class PlainLanguageTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final PlainLanguage EN = plain(Locale.ENGLISH);
    private static final PlainLanguage DE = plain(Locale.GERMAN);

    private static final int EIGHTEEN_YEARS = 6574;
    private static final int SEVENTY_FIVE_YEARS = 27393;
    private static final int SEVENTEEN_YEARS = 6209;
    private static final int SIX_MONTHS = 182;

    @Test
    void saysTheAgeRangeInWholeYears() {
        assertEquals("18 to 75 years old", EN.ageRange(EIGHTEEN_YEARS, SEVENTY_FIVE_YEARS));
        assertEquals("18 bis 75 Jahre alt", DE.ageRange(EIGHTEEN_YEARS, SEVENTY_FIVE_YEARS));
        assertEquals("18 years and older", EN.ageRange(EIGHTEEN_YEARS, null));
        assertEquals("ab 18 Jahren", DE.ageRange(EIGHTEEN_YEARS, null));
        assertEquals("Up to 17 years old", EN.ageRange(null, SEVENTEEN_YEARS));
        assertEquals("bis 17 Jahre alt", DE.ageRange(0, SEVENTEEN_YEARS), "a minimum of 0 is no limit");
        assertEquals("Any age", EN.ageRange(null, null));
        assertEquals("Jedes Alter", DE.ageRange(null, null));
    }

    @Test
    void saysBabiesAgesInMonths() {
        assertEquals("6 months to 17 years old", EN.ageRange(SIX_MONTHS, SEVENTEEN_YEARS));
        assertEquals("6 Monate bis 17 Jahre alt", DE.ageRange(SIX_MONTHS, SEVENTEEN_YEARS));
        assertEquals("Up to 1 month old", EN.ageRange(null, 28));
    }

    @Test
    void saysWhetherChildrenOrAdultsMayTakePart() {
        assertEquals("adults only", EN.ageGroup(EIGHTEEN_YEARS, null));
        assertEquals("nur Kinder und Jugendliche", DE.ageGroup(SIX_MONTHS, SEVENTEEN_YEARS));
        assertEquals("children and adults", EN.ageGroup(null, null));
        assertEquals("children and adults", EN.ageGroup(SIX_MONTHS, SEVENTY_FIVE_YEARS));
    }

    @Test
    void saysHowLongAStudyRunsInRoundWords() {
        assertEquals(Optional.of("about 3 years"), EN.duration("2022-12-12", "2026-04-15"));
        assertEquals(Optional.of("etwa 3 Jahre"), DE.duration("2022-12-12", "2026-04-15"));
        assertEquals(Optional.of("about 8 months"), EN.duration("2025-01", "2025-09-30"));
        assertEquals(Optional.of("about 1 month"), EN.duration("2025-01-31", "2025-02-01"));
        assertEquals(Optional.of("weniger als ein Monat"), DE.duration("2025-03-01", "2025-03-20"));
        assertEquals(Optional.of("about 2 years"), EN.duration("2024", "2026"), "a year alone counts from its middle");
        assertEquals(Optional.empty(), EN.duration("2026-01", null));
        assertEquals(Optional.empty(), EN.duration("2026-01", "2025-01"), "an end before the start says nothing");
        assertEquals(Optional.empty(), EN.duration("soon", "2027"));
    }

    @Test
    void anEndAfterThisMonthIsExpected() {
        assertTrue(EN.isAhead("2026-12-01"));
        assertFalse(EN.isAhead("2026-11-30"), "this month is not ahead");
        assertFalse(EN.isAhead("2025-05-16"));
        assertFalse(EN.isAhead(null));
    }

    @Test
    void explainsEveryPhaseAndStatusInBothLanguages() {
        List<String> phases = List.of("EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA");
        assertEquals(6, EN.phases(phases).size());
        assertEquals(EN.phases(phases).size(), DE.phases(phases).size());
        assertTrue(EN.phases(List.of("PHASE2")).getFirst()
                .startsWith("Phase 2: the treatment is tested on a larger group"));
        assertTrue(DE.phases(List.of("PHASE2")).getFirst()
                .startsWith("Phase 2: Die Behandlung wird an einer größeren"));
        for (String status : List.of("RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION",
                "ACTIVE_NOT_RECRUITING", "COMPLETED", "TERMINATED", "WITHDRAWN", "SUSPENDED")) {
            assertNotEquals(EN.status("UNKNOWN"), EN.status(status), status);
            assertNotEquals(EN.status(status), DE.status(status), status);
        }
        assertEquals("The study is looking for participants now.", EN.status("RECRUITING"));
        assertEquals(EN.status(null), EN.status("WITHHELD"), "a status without its own words says it is not known");
    }

    @Test
    void namesInterventionKindsSexAndHealthyVolunteersPlainly() {
        assertEquals("A medicine", EN.interventionType("DRUG"));
        assertEquals("Ein Arzneimittel", DE.interventionType("DRUG"));
        assertEquals("Anderes", DE.interventionType("SOMETHING_NEW"));
        assertEquals("Women only", EN.sex("FEMALE"));
        assertEquals("Frauen und Männer", DE.sex(null));
        assertEquals(Optional.of("Healthy volunteers can also take part."), EN.healthyVolunteers(true));
        assertEquals(Optional.empty(), DE.healthyVolunteers(null));
    }

    private static PlainLanguage plain(Locale locale) {
        return new PlainLanguage(ResourceBundle.getBundle(Labels.BUNDLE, locale), locale, TODAY);
    }
}
