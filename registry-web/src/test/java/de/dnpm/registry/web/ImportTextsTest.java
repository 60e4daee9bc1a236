package de.dnpm.registry.web;

import de.dnpm.registry.application.ImportSourceException;
import de.dnpm.registry.domain.ImportJobState;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The texts of the import page, login and header in both languages, on the real bundles. */
class ImportTextsTest {

    private static final LabelTexts EN = new LabelTexts(ResourceBundle.getBundle(Labels.BUNDLE, Locale.ENGLISH),
            Locale.ENGLISH);
    private static final LabelTexts DE = new LabelTexts(ResourceBundle.getBundle(Labels.BUNDLE, Locale.GERMAN),
            Locale.GERMAN);

    @Test
    void everyJobStateIsLabelledInBothLanguages() {
        for (ImportJobState state : ImportJobState.values()) {
            assertTrue(ResourceBundle.getBundle(Labels.BUNDLE, Locale.GERMAN).containsKey("jobState." + state), state.name());
            assertNotEquals(EN.code("jobState", state.name()), DE.code("jobState", state.name()), state.name());
        }
        assertEquals("Läuft", DE.code("jobState", "RUNNING"));
        assertEquals("Completed", EN.code("jobState", "COMPLETED"));
    }

    @Test
    void everyRefusalOfTheImportServiceHasAMessage() {
        for (ImportSourceException.Reason reason : ImportSourceException.Reason.values()) {
            assertFalse(DE.format("imports.refused." + reason).isBlank(), reason.name());
            assertFalse(EN.format("imports.refused." + reason).isBlank(), reason.name());
        }
        assertEquals("Die Datei ist zu groß für einen Import.", DE.format("imports.refused.TOO_LARGE"));
    }

    @Test
    void messagesWithNumbersShowThemWithoutGrouping() {
        assertEquals("Import 12345 has been queued: ctg.zip", EN.format("imports.started", 12345L, "ctg.zip"));
        assertEquals("Import 12345 wurde eingereiht: ctg.zip", DE.format("imports.started", 12345L, "ctg.zip"));
        assertEquals("Import 1234 abbrechen", DE.format("imports.cancel.label", 1234L));
        assertEquals("1.234 gelesen · 2 neu · 0 aktualisiert · 0 unverändert · 0 ältere Versionen · 1 fehlerhaft",
                DE.format("imports.live.counts", 1234L, 2L, 0L, 0L, 0L, 1L));
        assertEquals("15,9 Datensätze pro Sekunde", DE.format("imports.live.speed", 15.94));
        assertEquals("3 changes wait to be indexed.", EN.format("index.pending", 3L));
        assertEquals("1 Änderung wartet auf die Indexierung.", DE.format("index.pending", 1L));
    }

    @Test
    void aFailedLoginNamesBothFieldsSoItNeverSaysWhichWasWrong() {
        assertEquals("The user name or the password is not correct. Please try again.", EN.format("login.failed"));
        assertEquals("Der Benutzername oder das Passwort ist nicht korrekt. Bitte versuchen Sie es erneut.",
                DE.format("login.failed"));
    }

    @Test
    void theSearchPageNoticeExistsInBothLanguages() {
        assertEquals("The search index is being rebuilt; results may be incomplete.", EN.format("search.indexRebuilding"));
        assertEquals("Der Suchindex wird neu aufgebaut; die Ergebnisse können unvollständig sein.",
                DE.format("search.indexRebuilding"));
    }

    @Test
    void theUploadLimitReadsAsGibibytes() {
        assertEquals("2 GiB", ImportsView.sizeText(2L * 1024 * 1024 * 1024));
        assertEquals("50 MiB", ImportsView.sizeText(50L * 1024 * 1024));
    }

    @Test
    void theCsvDownloadTakesOnlyAJobNumber() {
        assertEquals(OptionalLong.of(12), ImportProblemsDownload.jobId(" 12 "));
        assertEquals(OptionalLong.empty(), ImportProblemsDownload.jobId("12;DROP"));
        assertEquals(OptionalLong.empty(), ImportProblemsDownload.jobId("-1"));
        assertEquals(OptionalLong.empty(), ImportProblemsDownload.jobId("١٢"));
        assertEquals(OptionalLong.empty(), ImportProblemsDownload.jobId("9999999999999999999"));
        assertEquals(OptionalLong.empty(), ImportProblemsDownload.jobId(null));
    }

    @Test
    void everyPatternOfTheBundlesParses() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            ResourceBundle bundle = ResourceBundle.getBundle(Labels.BUNDLE, locale);
            for (String key : bundle.keySet()) {
                if (key.startsWith("imports.") || key.startsWith("index.") || key.startsWith("nav.")) {
                    new MessageFormat(bundle.getString(key), locale);
                }
            }
        }
    }
}
