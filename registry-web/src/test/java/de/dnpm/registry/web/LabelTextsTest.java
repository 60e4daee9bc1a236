package de.dnpm.registry.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs on the real message bundles, so a missing or untranslated label fails here, not on a page. (That both languages
 * have the same keys is checked for every bundle by BundleCompletenessTest.)
 */
class LabelTextsTest {

    private static final LabelTexts EN = texts(Locale.ENGLISH);
    private static final LabelTexts DE = texts(Locale.GERMAN);

    /** The ClinicalTrials.gov API v2 codes the importer produces. */
    private static final List<String> STATUSES = List.of("RECRUITING", "NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING",
            "ENROLLING_BY_INVITATION", "COMPLETED", "TERMINATED", "WITHDRAWN", "SUSPENDED", "UNKNOWN", "AVAILABLE",
            "NO_LONGER_AVAILABLE", "TEMPORARILY_NOT_AVAILABLE", "APPROVED_FOR_MARKETING", "WITHHELD");
    private static final List<String> INTERVENTION_TYPES = List.of("BEHAVIORAL", "BIOLOGICAL", "COMBINATION_PRODUCT",
            "DEVICE", "DIAGNOSTIC_TEST", "DIETARY_SUPPLEMENT", "DRUG", "GENETIC", "PROCEDURE", "RADIATION", "OTHER");

    @Test
    void everyStatusHasAGermanAndAnEnglishLabel() {
        for (String status : STATUSES) {
            assertTrue(bundle(Locale.ENGLISH).containsKey("status." + status), status);
            assertNotEquals(EN.code("status", status), DE.code("status", status), status);
        }
        assertEquals("Recruiting", EN.code("status", "RECRUITING"));
        assertEquals("Rekrutierend", DE.code("status", "RECRUITING"));
        assertEquals("Aktiv, nicht rekrutierend", DE.code("status", "ACTIVE_NOT_RECRUITING"));
    }

    @Test
    void everyVocabularyCodeIsLabelled() {
        for (String type : INTERVENTION_TYPES) {
            assertTrue(bundle(Locale.GERMAN).containsKey("interventionType." + type), type);
        }
        for (String code : List.of("phase.EARLY_PHASE1", "phase.PHASE1", "phase.PHASE2", "phase.PHASE3", "phase.PHASE4",
                "phase.NA", "studyType.INTERVENTIONAL", "studyType.OBSERVATIONAL", "studyType.EXPANDED_ACCESS",
                "sex.ALL", "sex.FEMALE", "sex.MALE", "enrollmentType.ACTUAL", "enrollmentType.ESTIMATED")) {
            assertTrue(bundle(Locale.GERMAN).containsKey(code), code);
        }
        assertEquals("Arzneimittel", DE.code("interventionType", "DRUG"));
        assertEquals("Männlich", DE.code("sex", "MALE"));
    }

    @Test
    void unknownCodesReadAsWordsInsteadOfMissingKeys() {
        assertEquals("Some new status", EN.code("status", "SOME_NEW_STATUS"));
        assertEquals("", EN.code("status", null));
    }

    @Test
    void joinsPhasesWithTheirLabels() {
        assertEquals("Phase 1 / Phase 2", EN.phases(List.of("PHASE1", "PHASE2")));
        assertEquals("Frühe Phase 1", DE.phases(List.of("EARLY_PHASE1")));
        assertEquals("", DE.phases(List.of()));
    }

    @Test
    void formatsFullAndPartialIsoDatesPerLanguage() {
        assertEquals("16.12.2024", DE.date("2024-12-16"));
        assertEquals("Dec 16, 2024", EN.date("2024-12-16"));
        assertEquals("September 2026", EN.date("2026-09"));
        assertEquals("März 2026", DE.date("2026-03"));
        assertEquals("2026", DE.date("2026"));
        assertEquals("unreadable", DE.date("unreadable"));
    }

    @Test
    void describesAgeLimitsInWords() {
        assertEquals("18 years and older", EN.ageRange("18 Years", null));
        assertEquals("Ab 18 Jahre", DE.ageRange("18 Years", null));
        assertEquals("16 Jahre bis 70 Jahre", DE.ageRange("16 Years", "70 Years"));
        assertEquals("Up to 1 year", EN.ageRange(null, "1 Year"));
        assertEquals("6 Monate bis 17 Jahre", DE.ageRange("6 Months", "17 Years"));
        assertEquals("No age limits", EN.ageRange("N/A", "N/A"));
        assertEquals("Keine Altersgrenzen", DE.ageRange(null, null));
    }

    @Test
    void showsCountriesInTheReadersLanguageWhetherStoredAsCodeOrAsName() {
        assertEquals("Deutschland", DE.country("Germany"));
        assertEquals("Vereinigte Staaten", DE.country("United States"));
        assertEquals("Südkorea", DE.country("Korea, Republic of"));
        assertEquals("Atlantis", DE.country("Atlantis"));
        assertEquals("Tschechien", DE.country("CZ"), "stored as ISO codes since issue 9");
        assertEquals("Czechia", EN.country("CZ"));
        assertEquals("Deutschland", DE.country("DE"));
    }

    @Test
    void yesNoKnowsAboutMissingAnswers() {
        assertEquals("Ja", DE.yesNo(true));
        assertEquals("No", EN.yesNo(false));
        assertEquals("Keine Angabe", DE.yesNo(null));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Labels.BUNDLE, locale);
    }

    private static LabelTexts texts(Locale locale) {
        return new LabelTexts(bundle(locale), locale);
    }
}
