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

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the search API tells beyond the hits (issue 11), over HTTP on the bundled sample: snippets with the words
 * marked, suggestions while typing, the new facets, the order by last update and recruiting studies whose records
 * went stale.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchResultsRestIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("search-results-it.war");
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void sampleImportedAndIndexed() {
        new ServerProbe(base).awaitSettled();
    }

    @Test
    void hitsCarryASnippetWithTheWordMarkedAndNoOtherMarkup() throws Exception {
        JsonArray hits = json(get("api/studies?q=osimertinib&size=20").body()).getJsonArray("hits");

        assertFalse(hits.isEmpty());
        List<JsonObject> withSnippet = hits.getValuesAs(JsonObject.class).stream()
                .filter(hit -> hit.containsKey("snippet")).toList();
        assertFalse(withSnippet.isEmpty(), "osimertinib is in titles or summaries of the sample: " + hits);
        for (JsonObject hit : withSnippet) {
            String snippet = hit.getString("snippet");
            assertTrue(snippet.toLowerCase().contains("<mark>osimertinib</mark>"), snippet);
            assertEquals(snippet.replaceAll("</?mark>", ""), snippet.replaceAll("<[^>]*>", ""),
                    "only <mark> is markup: " + snippet);
            assertTrue(List.of("title", "conditions", "summary", "eligibility", "exclusion")
                    .contains(hit.getString("snippetField")), hit.toString());
        }
    }

    @Test
    void suggestsLungCancerForLun() throws Exception {
        HttpResponse<String> response = null;
        long deadline = System.nanoTime() + 60_000_000_000L; // built in the background once the index settled
        while (System.nanoTime() < deadline) {
            response = get("api/suggestions?q=lun&limit=10");
            if (response.statusCode() != 200 || !response.body().equals("[]")) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        List<JsonObject> suggestions = array(response.body()).getValuesAs(JsonObject.class);
        assertTrue(suggestions.size() <= 10);
        assertTrue(suggestions.stream().anyMatch(s -> s.getString("text").equalsIgnoreCase("lung cancer")
                && s.getString("kind").equals("CONDITION")), suggestions.toString());
        assertTrue(suggestions.getFirst().getString("text").toLowerCase().startsWith("lun"), suggestions.toString());
        assertEquals(400, get("api/suggestions?q=lun&limit=21").statusCode());
        assertEquals(400, get("api/suggestions?q=" + "a".repeat(101)).statusCode());
    }

    @Test
    void countsStudiesBySourceRegistryAndFiltersByIt() throws Exception {
        JsonObject facets = json(get("api/studies?size=1").body()).getJsonObject("facets");
        long ctgov = facets.getJsonArray("source").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("value").equals("CTGOV")).mapToLong(f -> f.getJsonNumber("count").longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no CTGOV count: " + facets));
        assertTrue(ctgov > 100, "the sample is mostly ClinicalTrials.gov records");
        assertTrue(facets.containsKey("started") && facets.containsKey("updated") && facets.containsKey("sponsorType")
                && facets.containsKey("results"), facets.toString());

        assertEquals(ctgov, json(get("api/studies?source=ctgov&size=1").body()).getJsonNumber("total").longValue());
        assertEquals(400, get("api/studies?source=NOWHERE").statusCode());
        assertEquals(400, get("api/studies?started=LAST_WEEK").statusCode());
    }

    @Test
    void sortUpdatedListsTheNewestUpdateFirst() throws Exception {
        List<JsonObject> hits = json(get("api/studies?q=cancer&sort=updated&size=50").body()).getJsonArray("hits")
                .getValuesAs(JsonObject.class);

        List<String> dates = hits.stream().filter(h -> h.containsKey("lastUpdated"))
                .map(h -> h.getString("lastUpdated")).toList();
        assertTrue(dates.size() > 10, hits.toString());
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
        assertEquals(400, get("api/studies?q=cancer&sort=newest").statusCode());
    }

    @Test
    void everyHitSaysWhetherItsRecruitingClaimIsStale() throws Exception {
        List<JsonObject> hits = json(get("api/studies?status=RECRUITING&size=100").body()).getJsonArray("hits")
                .getValuesAs(JsonObject.class);

        assertFalse(hits.isEmpty());
        hits.forEach(hit -> assertTrue(hit.containsKey("staleRecruiting"), hit.toString()));
        for (JsonObject hit : hits) {
            if (hit.getBoolean("staleRecruiting") && hit.containsKey("lastUpdated")) {
                return; // the sample holds recruiting studies not updated for years
            }
        }
        fail("no recruiting study of the sample is flagged stale: " + hits.size() + " checked");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString() + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.asJsonObject();
        }
    }

    private static JsonArray array(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }
}
