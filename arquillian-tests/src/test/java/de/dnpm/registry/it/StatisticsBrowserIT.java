package de.dnpm.registry.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics page ("the registry at a glance") in a real browser, on the bundled sample (real ClinicalTrials.gov
 * records; 55 of their sites recruit in Germany): PrimeFaces draws the charts on canvases, the map of Germany has a
 * dot per place where studies recruit, the states table is there, in German and in English; and
 * {@code GET /api/statistics} gives the same numbers. Screenshots in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsBrowserIT {

    private static final By CHART_CANVAS = By.cssSelector(".ui-chart canvas");
    private static final By MAP_DOTS = By.cssSelector("svg.germany-map circle.map-place");
    private static final By STATE_ROWS = By.cssSelector("#states tbody tr");
    private static final int CHARTS = 6;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("statistics-it.war");
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void sampleImportedAndIndexed() {
        new ServerProbe(base).awaitSettled();
    }

    @Test
    void chartsMapAndStatesInGerman() throws IOException {
        try (BrowserSession session = new BrowserSession(base, "de-DE")) {
            session.open("statistics.xhtml");
            assertEquals("Das Register auf einen Blick", session.text(By.tagName("h1")));
            assertPageDrawn(session);
            String table = session.text(By.id("states"));
            assertTrue(table.contains("Baden-Württemberg") && table.contains("Bayern")
                    && table.contains("Rekrutierende Zentren"), table);
            assertTrue(session.text(By.id("status-h")).contains("Rekrutierungsstatus"));
            session.fullPageScreenshot("statistics-de");
            session.phoneWidth();
            assertTrue(session.overflow() <= 0, "the statistics page fits a phone, but is " + session.overflow()
                    + " px wider: " + session.overflowing());
            session.fullPageScreenshot("statistics-de-phone");
        }
    }

    @Test
    void chartsMapAndStatesInEnglishReachedFromTheHeader() throws IOException {
        try (BrowserSession session = new BrowserSession(base, "en-US")) {
            session.open("index.xhtml");
            session.wait.until(ExpectedConditions.elementToBeClickable(By.id("statistics-link"))).click();
            assertEquals("The registry at a glance", session.text(By.tagName("h1")));
            assertPageDrawn(session);
            String table = session.text(By.id("states"));
            assertTrue(table.contains("Bavaria") && table.contains("Recruiting sites"), table);
            session.fullPageScreenshot("statistics-en");
        }
    }

    @Test
    void theApiGivesTheNumbersTheSearchCountsToo() throws Exception {
        HttpResponse<String> response = get("api/statistics");

        assertEquals(200, response.statusCode());
        JsonObject body = json(response.body());
        JsonObject everything = json(get("api/studies?size=1").body());
        long studies = body.getJsonNumber("studies").longValue();
        assertTrue(studies >= 700, "the bundled sample: " + studies);
        assertEquals(everything.getJsonNumber("total").longValue(), studies, "a search for everything finds them all");
        for (String facet : List.of("status", "phase", "type")) {
            assertEquals(counts(everything.getJsonObject("facets").getJsonArray(facet)),
                    counts(body.getJsonArray(facet)), facet + ": the same counts as the search's facets");
        }
        assertEquals(16, body.getJsonArray("recruitingByState").size());
        assertTrue(body.getJsonArray("recruitingPlaces").size() >= 20, "the sample recruits in over 40 German towns");
        assertTrue(body.getJsonArray("conditions").size() <= 15);
        assertTrue(body.getJsonArray("registry").getValuesAs(JsonObject.class).stream()
                .anyMatch(value -> value.getString("value").equals("NCT")));
    }

    /** Every chart drawn (a canvas with a size), the map with dots, a row per state. */
    private static void assertPageDrawn(BrowserSession session) {
        session.wait.until(d -> d.findElements(CHART_CANVAS).size() >= CHARTS);
        session.wait.until(d -> d.findElements(CHART_CANVAS).stream().allMatch(StatisticsBrowserIT::drawn));
        // Chart.js keeps its chart on the canvas: proof PrimeFaces' widget ran, not only that the markup is there
        Object charts = session.js("return Array.from(document.querySelectorAll('.ui-chart canvas'))"
                + ".filter(c => window.Chart && Chart.getChart(c)).length");
        assertTrue(((Number) charts).intValue() >= CHARTS, "Chart.js charts: " + charts);
        List<WebElement> dots = session.browser.findElements(MAP_DOTS);
        assertTrue(dots.size() >= 20, "a dot per German place with recruiting sites: " + dots.size());
        assertEquals(16, session.browser.findElements(STATE_ROWS).size());
    }

    private static boolean drawn(WebElement canvas) {
        return canvas.getSize().getWidth() > 50 && canvas.getSize().getHeight() > 50;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString() + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Long> counts(JsonArray values) {
        return values.getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(value -> value.getString("value"),
                value -> value.getJsonNumber("count").longValue()));
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.asJsonObject();
        }
    }
}
