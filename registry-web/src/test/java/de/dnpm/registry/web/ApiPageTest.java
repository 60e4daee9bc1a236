package de.dnpm.registry.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API page (api.xhtml) as built: the Swagger UI files it names are in the webjar the WAR carries (a version bump
 * in the pom alone would leave the page loading nothing), its initializer exists, it has no inline script (the
 * Content-Security-Policy allows none), and its texts are in both languages.
 */
class ApiPageTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern WEBJAR_PATH = Pattern.compile("/webjars/([^\"']+)");
    private static final Pattern TEXT_KEY = Pattern.compile("msg\\['([^']+)'\\]");

    private final String page = read(WEBAPP.resolve("api.xhtml"));

    @Test
    void swaggerUiFilesItNamesAreInTheWebJarOfTheWar() {
        Matcher paths = WEBJAR_PATH.matcher(page);
        List<String> named = new ArrayList<>();
        while (paths.find()) {
            named.add(paths.group(1));
            assertTrue(getClass().getClassLoader().getResource("META-INF/resources/webjars/" + paths.group(1)) != null,
                    "not in the swagger-ui jar on the classpath: " + paths.group(1));
        }
        assertTrue(named.stream().anyMatch(p -> p.endsWith("/swagger-ui-bundle.js")), named.toString());
        assertTrue(named.stream().anyMatch(p -> p.endsWith("/swagger-ui.css")), named.toString());
    }

    @Test
    void startsSwaggerUiFromAFileOverTheServedDescription() {
        assertTrue(page.contains("#{resource['js/api-docs.js']}"));
        assertTrue(Files.isRegularFile(WEBAPP.resolve("resources/js/api-docs.js")));
        assertTrue(page.contains("data-spec-url=\"#{request.contextPath}/api/openapi.json\""));
        Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(page);
        assertFalse(scripts.find(), "an inline script, which the Content-Security-Policy refuses");
    }

    @Test
    void everyTextIsInGermanAndEnglish() {
        ResourceBundle english = ResourceBundle.getBundle(Labels.BUNDLE, Locale.ENGLISH);
        ResourceBundle german = ResourceBundle.getBundle(Labels.BUNDLE, Locale.GERMAN);
        Matcher keys = TEXT_KEY.matcher(page);
        List<String> used = new ArrayList<>();
        while (keys.find()) {
            String key = keys.group(1);
            assertTrue(english.containsKey(key) && !english.getString(key).isBlank(), "no English text " + key);
            assertTrue(german.containsKey(key) && !german.getString(key).isBlank(), "no German text " + key);
            used.add(key);
        }
        assertTrue(used.containsAll(List.of("api.pageTitle", "api.heading", "api.intro", "api.specLink")), used.toString());
        assertNotEquals(english.getString("api.intro"), german.getString("api.intro"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
