package de.dnpm.registry.rest;

import de.dnpm.registry.application.ImportSourceException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The problem-details texts of the REST API, in both languages, and the 401 body written outside JAX-RS. (That both
 * languages have the same keys is checked for every bundle by web.BundleCompletenessTest.)
 */
class ProblemTextsTest {

    @Test
    void everyRefusalOfAnImportSourceHasATitleAndADetail() {
        for (String key : List.of("upload-too-large", "upload-empty", "import-source-not-found",
                "outside-import-folder", "import-job-not-found", "import-job-ended", "source-version-not-found")) {
            assertTrue(keys(Locale.GERMAN).contains("title." + key), key);
            assertTrue(keys(Locale.GERMAN).contains("detail." + key), key);
        }
        assertEquals(4, ImportSourceException.Reason.values().length, "a new reason needs its problem type");
    }

    @Test
    void everyPatternParsesInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            ResourceBundle bundle = bundle(locale);
            for (String key : bundle.keySet()) {
                assertFalse(new MessageFormat(bundle.getString(key), locale).toPattern().isBlank(), key);
            }
        }
        assertEquals("Es gibt keinen Importauftrag 4711.", new MessageFormat(
                bundle(Locale.GERMAN).getString("detail.import-job-not-found"), Locale.GERMAN).format(new Object[] {4711L}));
    }

    @Test
    void theUnauthorizedBodyIsAProblemInTheCallersLanguage() {
        String german = new ProblemResponses(ProblemResponses.language(List.of(Locale.forLanguageTag("fr"),
                Locale.forLanguageTag("de-AT"))), "/api/admin/imports").unauthorizedJson();

        assertTrue(german.startsWith("{\"type\":\"about:blank\",\"title\":\"Nicht angemeldet\",\"status\":401,"), german);
        assertTrue(german.endsWith("\"instance\":\"/api/admin/imports\"}"), german);
        assertEquals(Locale.ENGLISH, ProblemResponses.language(List.of(Locale.JAPANESE)));
    }

    @Test
    void aRefusedRoleIsFoundWhereverTheContainerWrappedIt() {
        assertTrue(EJBExceptionMapper.deniedAccess(new EJBException(new EJBAccessException("denied"))));
        assertTrue(EJBExceptionMapper.deniedAccess(new EJBAccessException("denied")));
        assertFalse(EJBExceptionMapper.deniedAccess(new EJBException(new IllegalStateException())));
    }

    @Test
    void theGeneratedWadlIsSwitchedOff() {
        assertEquals(Boolean.TRUE, new RegistryApplication().getProperties().get("jersey.config.server.wadl.disableWadl"));
    }

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(Collections.list(bundle(locale).getKeys()));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(ProblemResponses.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
