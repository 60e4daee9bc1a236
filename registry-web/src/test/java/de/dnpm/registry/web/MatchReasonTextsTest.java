package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.matching.CheckReasons;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every reason a match can give for a criterion has a text in German and English ({@code match.reason.<code>}), no
 * text names a reason the assessor never gives, and each formats with the patient's value.
 */
class MatchReasonTextsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/de/dnpm/registry/web");
    private static final String PREFIX = "match.reason.";

    @Test
    void everyReasonHasAGermanAndAnEnglishText() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_de.properties"}) {
            Properties texts = load(file);
            Set<String> missing = new TreeSet<>();
            for (String code : CheckReasons.ALL) {
                if (texts.getProperty(PREFIX + code, "").isBlank()) {
                    missing.add(code);
                }
            }
            assertEquals(Set.of(), missing, file);
            Set<String> unknown = new TreeSet<>();
            for (String key : texts.stringPropertyNames()) {
                if (key.startsWith(PREFIX) && !CheckReasons.ALL.contains(key.substring(PREFIX.length()))) {
                    unknown.add(key);
                }
            }
            assertEquals(Set.of(), unknown, file + ": texts for reasons the assessor never gives");
        }
    }

    @Test
    void reasonTextsShowThePatientsValue() throws IOException {
        Properties english = load("messages.properties");
        String text = new MessageFormat(english.getProperty(PREFIX + "priorTherapy.forbidden.received"), Locale.ENGLISH)
                .format(new Object[] {"Osimertinib (2)"});
        assertEquals("The patient received an excluded prior therapy: Osimertinib (2).", text);
        String apostrophe = new MessageFormat(english.getProperty(PREFIX + "diagnosis.alternativeMet"), Locale.ENGLISH)
                .format(new Object[] {"NSCLC"});
        assertTrue(apostrophe.contains("trial's") && apostrophe.contains("NSCLC"), apostrophe);
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
