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

/** The REST API of the real WAR, called over HTTP as any client would, on the bundled sample of real studies. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudyRestIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("rest-it.war");
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The bundled sample is imported by a job the deployment only queues: wait for it and for the index. */
    @BeforeEach
    void sampleImportedAndIndexed() {
        new ServerProbe(base).awaitSettled();
    }

    @Test
    void searchForEgfrFindsLungCancerTrialsWithFacets() throws Exception {
        HttpResponse<String> response = get("api/studies?q=EGFR&size=10");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject body = json(response.body());
        assertTrue(body.getInt("total") >= 10, "the sample has dozens of EGFR trials");
        JsonArray hits = body.getJsonArray("hits");
        assertEquals(10, hits.size());
        long lungTrials = hits.getValuesAs(JsonObject.class).stream()
                .filter(hit -> hit.getJsonArray("conditions").toString().toLowerCase().matches(".*(lung|nsclc).*"))
                .count();
        assertTrue(lungTrials >= 5, "most EGFR hits are lung cancer trials: " + hits);
        JsonObject facets = body.getJsonObject("facets");
        assertTrue(facets.getJsonArray("status").size() > 1);
        assertTrue(facets.containsKey("phase") && facets.containsKey("type") && facets.containsKey("country"));
    }

    @Test
    void statusFilterKeepsExactlyTheCountItsFacetPromised() throws Exception {
        JsonObject all = json(get("api/studies?q=cancer&size=1").body());
        long recruiting = all.getJsonObject("facets").getJsonArray("status").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("value").equals("RECRUITING")).mapToLong(f -> f.getJsonNumber("count").longValue())
                .findFirst().orElseThrow();

        JsonObject filtered = json(get("api/studies?q=cancer&status=RECRUITING&size=100").body());

        assertEquals(recruiting, filtered.getJsonNumber("total").longValue());
        filtered.getJsonArray("hits").getValuesAs(JsonObject.class)
                .forEach(hit -> assertEquals("RECRUITING", hit.getString("status")));
    }

    @Test
    void studyDetailByNctIdHasEligibilityAndSites() throws Exception {
        HttpResponse<String> response = get("api/studies/nct06576635");

        assertEquals(200, response.statusCode());
        String body = response.body();
        JsonObject study = json(body);
        assertTrue(body.contains("LUNG-05: Investigating Chemotherapy Effectiveness"), body);
        assertTrue(body.contains("University of Illinois Cancer Center"));
        assertTrue(body.contains("Chicago"));
        assertTrue(body.contains("Inclusion Criteria"));
        assertTrue(study.toString().contains("18 Years"));
    }

    @Test
    void studyIsFoundByItsEudraCtNumber() throws Exception {
        HttpResponse<String> response = get("api/studies/2014-005098-35");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Afatinib in NSCLC With HER2 Mutation"));
    }

    @Test
    void sourcesHoldTheRawRecord() throws Exception {
        HttpResponse<String> response = get("api/studies/NCT06576635/sources");

        assertEquals(200, response.statusCode());
        JsonArray sources = json(response.body()).getJsonArray("sources");
        JsonObject newest = sources.getJsonObject(0);
        assertEquals("CTGOV_JSON", newest.getString("format"));
        assertEquals(64, newest.getString("contentHash").length());
        assertTrue(newest.getBoolean("current"));
        HttpResponse<String> content = http.send(HttpRequest.newBuilder(URI.create(newest.getString("contentUrl")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, content.statusCode());
        JsonObject raw = json(content.body());
        assertEquals("NCT06576635", raw.getJsonObject("protocolSection").getJsonObject("identificationModule")
                .getString("nctId"));
    }

    @Test
    void eachEntryHasItsOwnViewInTheShapeOfAStudy() throws Exception {
        JsonObject study = json(get("api/studies/NCT06576635").body());
        JsonObject entry = study.getJsonArray("entries").getJsonObject(0);
        assertEquals("NCT06576635", entry.getString("registryId"));

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(entry.getString("viewUrl")))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject alone = json(response.body());
        assertEquals("NCT06576635", alone.getString("id"));
        assertEquals(study.getString("title"), alone.getString("title"));
        assertEquals(1, alone.getJsonArray("entries").size());
        assertEquals(404, get("api/studies/NCT06576635/entries/DRKS00000000").statusCode(),
                "an id that is not one of the study's entries");
    }

    @Test
    void aPatientsFiltersKeepOnlyStudiesTheyCouldJoin() throws Exception {
        JsonObject any = json(get("api/studies?q=breast+cancer&size=100").body());
        JsonObject recruiting = json(get("api/studies?q=breast+cancer&recruiting=true&size=100").body());
        JsonObject men = json(get("api/studies?q=breast+cancer&sex=male").body());
        JsonObject women = json(get("api/studies?q=breast+cancer&sex=FEMALE").body());
        JsonObject healthy = json(get("api/studies?healthyVolunteers=true").body());

        long recruitingFacet = any.getJsonObject("facets").getJsonArray("status").getValuesAs(JsonObject.class)
                .stream().filter(f -> f.getString("value").equals("RECRUITING"))
                .mapToLong(f -> f.getJsonNumber("count").longValue()).sum();
        assertEquals(recruitingFacet, recruiting.getJsonNumber("total").longValue(),
                "recruiting now = the RECRUITING studies, not 'not yet' or 'by invitation'");
        assertTrue(recruiting.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .allMatch(hit -> hit.getString("status").equals("RECRUITING")), recruiting::toString);
        long all = any.getJsonNumber("total").longValue();
        assertTrue(men.getJsonNumber("total").longValue() < all, "breast cancer trials for women only are left out");
        assertTrue(women.getJsonNumber("total").longValue() > men.getJsonNumber("total").longValue());
        assertTrue(healthy.getJsonNumber("total").longValue() > 0);
        assertEquals(400, get("api/studies?q=x&sex=other").statusCode());
        assertEquals(400, get("api/studies?q=x&recruiting=maybe").statusCode());
    }

    @Test
    void aPatientDescriptionFindsTheTrialsOfTheDiseaseItAffirmsAndIsNeverCached() throws Exception {
        String note = "A 62-year-old man with metastatic non-small cell lung cancer, EGFR L858R mutation, progressed "
                + "on osimertinib. No brain metastases. He denies any history of breast cancer or leukemia.";
        HttpResponse<String> response = getOverHttp11("api/studies?size=10&patient="
                + java.net.URLEncoder.encode(note, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                "a description of a patient is kept by no cache");
        JsonObject found = json(response.body());
        List<JsonObject> hits = found.getJsonArray("hits").getValuesAs(JsonObject.class);
        assertEquals(10, hits.size(), found::toString);
        for (JsonObject hit : hits) {
            String conditions = hit.getJsonArray("conditions").toString().toLowerCase(java.util.Locale.ROOT);
            assertTrue(conditions.contains("lung") || conditions.contains("nsclc"), "lung cancer first: " + hit);
            assertTrue(!conditions.contains("breast") && !conditions.contains("leuk"), "denied: " + hit);
        }
        assertTrue(found.getJsonArray("alsoSearchedFor").toString().toLowerCase(java.util.Locale.ROOT)
                .contains("lung"), found::toString);
        assertEquals(400, getOverHttp11("api/studies?patient=" + "x".repeat(5001)).statusCode(),
                "at most 5,000 characters");
        assertEquals(200, getOverHttp11("api/studies?size=1&patient=" + "lung+cancer+".repeat(400)).statusCode(),
                "a description of 4,800 characters fits the request line");
    }

    @Test
    void studiesOpenToPatientsComeFirstUnlessSortedByRelevance() throws Exception {
        List<JsonObject> lifted = json(get("api/studies?q=lung+cancer&size=10").body()).getJsonArray("hits")
                .getValuesAs(JsonObject.class);
        List<JsonObject> byRelevance = json(get("api/studies?q=lung+cancer&size=10&sort=relevance").body())
                .getJsonArray("hits").getValuesAs(JsonObject.class);
        long openLifted = lifted.stream().filter(StudyRestIT::open).count();
        long openByRelevance = byRelevance.stream().filter(StudyRestIT::open).count();
        assertTrue(open(lifted.getFirst()), "the first lung cancer trial shown takes patients: " + lifted.getFirst());
        assertTrue(openLifted > openByRelevance, openLifted + " open in the default top 10, " + openByRelevance
                + " by relevance alone");
        assertEquals(400, get("api/studies?q=lung&sort=newest").statusCode());
    }

    private static boolean open(JsonObject hit) {
        return hit.getString("status").equals("RECRUITING") || hit.getString("status").equals("NOT_YET_RECRUITING");
    }

    @Test
    void aHeidelbergPostalCodeFindsTheTrialsWithSitesNearbyAndNoneWithoutAGermanSite() throws Exception {
        JsonObject near = json(get("api/studies?near=69120&radiusKm=30&sort=distance&size=100").body());

        assertEquals("Heidelberg", near.getJsonObject("near").getString("place"), near::toString);
        List<JsonObject> hits = near.getJsonArray("hits").getValuesAs(JsonObject.class);
        assertTrue(!hits.isEmpty(), "the sample has trials with sites in and around Heidelberg");
        double previous = 0;
        for (JsonObject hit : hits) {
            JsonObject site = hit.getJsonObject("nearestSite");
            double km = site.getJsonNumber("distanceKm").doubleValue();
            assertTrue(km <= 30 && km >= previous, () -> "nearest first, within 30 km: " + hit);
            previous = km;
            JsonObject study = json(get("api/studies/" + hit.getString("id")).body());
            assertTrue(study.getJsonArray("sites").getValuesAs(JsonObject.class).stream()
                    .anyMatch(s -> "DE".equals(s.getString("country", "")) || "Germany".equals(s.getString("country",
                            ""))), () -> hit.getString("id") + " has a German site");
        }
        JsonObject typed = json(get("api/studies?q=lung+cancer+in+Heidelberg").body());
        assertEquals("Heidelberg", typed.getJsonObject("near").getString("place"), "a town typed is a place");
        assertTrue(typed.getJsonNumber("total").longValue() > 0, typed::toString);
        assertEquals(400, get("api/studies?near=Atlantis").statusCode(), "an unknown place is an error");
        JsonObject nearMe = json(get("api/studies?q=lung+cancer+in+meiner+N%C3%A4he").body());
        assertTrue(nearMe.getBoolean("placeWanted"), "no place known: the answer asks for one " + nearMe);
        assertTrue(nearMe.getJsonNumber("total").longValue() > 0, "the words are no topic: lung cancer is found");
        JsonObject nearMeKnown = json(get("api/studies?q=lung+cancer+in+meiner+N%C3%A4he&near=69120").body());
        assertTrue(!nearMeKnown.getBoolean("placeWanted"), nearMeKnown::toString);
        assertEquals("Heidelberg", nearMeKnown.getJsonObject("near").getString("place"), "the known place is used");
        assertEquals(400, get("api/studies?radiusKm=10").statusCode(), "a radius needs a place");
        JsonObject tiny = json(get("api/studies?near=69120&radiusKm=1&q=melanoma").body());
        assertEquals(1, tiny.getJsonObject("near").getJsonNumber("radiusKm").intValue(), tiny::toString);
    }

    @Test
    void wordsWithoutATopicDoNotMakeASearchFail() throws Exception {
        JsonObject strict = json(get("api/studies?q=lung+cancer").body());
        JsonObject relaxed = json(get("api/studies?q=lung+cancer+Studie+in+meiner+N%C3%A4he").body());

        assertFalse(strict.getBoolean("relaxed"));
        assertTrue(relaxed.getBoolean("relaxed"), relaxed::toString);
        assertTrue(relaxed.getJsonNumber("total").longValue() >= strict.getJsonNumber("total").longValue());
        assertEquals(strict.getJsonArray("hits").getJsonObject(0).getString("id"),
                relaxed.getJsonArray("hits").getJsonObject(0).getString("id"), "the best lung cancer trial first");
    }

    @Test
    void unparsableQueryIsABadRequestWithAProblemDocument() throws Exception {
        HttpResponse<String> response = get("api/studies?q=%22unbalanced+AND+title:(");

        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = json(response.body());
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getString("detail").length() > 5);
    }

    @Test
    void badPagingParametersAreBadRequestsNotServerErrors() throws Exception {
        for (String query : new String[] {"page=-1", "size=0", "size=100000", "page=abc"}) {
            HttpResponse<String> response = get("api/studies?q=cancer&" + query);
            assertEquals(400, response.statusCode(), query + ": " + response.body());
        }
    }

    @Test
    void unknownStudyIsNotFound() throws Exception {
        HttpResponse<String> response = get("api/studies/NCT00000000");

        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    /*
     * A long description over HTTP/1.1, as browsers send plain-HTTP requests: over h2c (which the JDK client asks for)
     * GlassFish's smaller HTTP/2 header limit applies (decision 006).
     */
    private HttpResponse<String> getOverHttp11(String path) throws IOException, InterruptedException {
        try (HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return http11.send(HttpRequest.newBuilder(URI.create(base.toString() + path))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        }
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
}
