package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.criteria.EligibilityText;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.domain.StudyText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DRKS gives German and English side by side: the reader's language first, the other below (texts of DRKS00038775). */
class ReaderTextsTest {

    private static final StudyText GERMAN = new StudyText("de",
            "Retrospektive Charakterisierung von Patient*innen mit seltenen osteologischen Erkrankungen", null, null,
            "Ziel ist die Charakterisierung.\n\nDie Daten stammen aus der Routine.", null,
            List.of("Osteogenesis imperfecta"),
            "Alle volljährigen Patient*innen", "Keine Einwilligung", null, null, List.of());
    private static final StudyText ENGLISH = new StudyText("en",
            "Retrospective characterization of patients with rare osteological diseases", null, null,
            "The aim is the characterization.", null, List.of(), "All adult patients", "No consent", null, null,
            List.of());

    @Test
    void aGermanReaderReadsTheGermanTextsFirstAndTheEnglishBelow() {
        ReaderTexts texts = new ReaderTexts(study(), "de");

        assertTrue(texts.title().startsWith("Retrospektive Charakterisierung"));
        assertEquals("de", texts.shownLanguage());
        assertEquals(List.of("Ziel ist die Charakterisierung.", "Die Daten stammen aus der Routine."), texts.summary());
        assertEquals(List.of("Osteogenesis imperfecta"), texts.conditions());
        assertEquals(List.of("en"), texts.otherLanguages().stream().map(t -> t.text().language()).toList());
        EligibilityText criteria = texts.eligibility();
        assertEquals(List.of(EligibilityText.Kind.INCLUSION, EligibilityText.Kind.EXCLUSION),
                criteria.sections().stream().map(EligibilityText.Section::kind).toList());
        assertTrue(criteria.sections().getFirst().blocks().toString().contains("Alle volljährigen Patient*innen"));
    }

    @Test
    void aReaderOfAnotherLanguageReadsTheMainTextsAndTheOtherLanguageBelow() {
        ReaderTexts texts = new ReaderTexts(study(), "fr");

        assertEquals(ENGLISH.briefTitle(), texts.title());
        assertEquals(List.of("de"), texts.otherLanguages().stream().map(t -> t.text().language()).toList(),
                "the English texts are the main ones, shown once");
        assertEquals("Englisch", new ReaderTexts.LanguageText(ENGLISH).languageName(java.util.Locale.GERMAN));
    }

    private static StudyReadModel study() {
        return new StudyReadModel(1, 1, "DRKS00038775", List.of(), ENGLISH.briefTitle(), null, null, "COMPLETED",
                null, "OBSERVATIONAL", List.of(), List.of(GERMAN, ENGLISH), List.of("DE"), ENGLISH.briefSummary(),
                null, List.of("Osteogenesis imperfecta"), List.of(), List.of(), List.of(),
                new StudyReadModel.Dates(null, null, null, null, null), null, null, null, List.of(),
                new StudyReadModel.Eligibility(null, null, null, null, null, null, null), List.of(), List.of(),
                List.of(), false, null, List.of(), List.of(), null);
    }
}
