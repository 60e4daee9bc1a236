package de.dnpm.registry.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static de.dnpm.registry.it.MatchPatients.json;
import static de.dnpm.registry.it.MatchPatients.study;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/match} of the real WAR over HTTP, on the real trials of the bundled sample, with SYNTHETIC patients
 * ({@link MatchPatients}): who is admitted with reasons, who is not and why, and that the profile stays out of the logs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MatchRestIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("match-it.war");
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void sampleImportedAndIndexed() {
        new ServerProbe(base).awaitSettled();
    }

    @Test
    void anEgfrL858rPatientAfterOsimertinibGetsTheTrialsThatAdmitThatWithReasons() throws Exception {
        HttpResponse<String> response = match(MatchPatients.EGFR_AFTER_OSIMERTINIB, "limit=200");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        JsonObject answer = json(response.body());
        JsonObject admits = study(answer, MatchPatients.ADMITS_AFTER_TKI).orElseThrow(() -> new AssertionError(
                MatchPatients.ADMITS_AFTER_TKI + " is not among " + ids(answer)));
        assertNotEquals("NOT_ELIGIBLE", admits.getString("verdict"), admits.toString());
        // the reason it fits: the patient's variant, met, with the sentence of the record it was read from
        assertTrue(criteria(admits).stream().anyMatch(c -> c.getString("type").equals("BIOMARKER")
                        && c.getString("status").equals("MET") && c.getString("evidence").contains("L858R")),
                admits.getJsonArray("criteria").toString());
        assertTrue(criteria(admits).stream().allMatch(c -> !c.getString("evidence").isBlank()), "every criterion has"
                + " its evidence");
        // ranked: those the patient may join come before those that exclude them
        int admitsRank = admits.getInt("rank");
        for (String excluding : MatchPatients.EXCLUDE_PRIOR_TKI) {
            JsonObject excluded = study(answer, excluding).orElseThrow(() -> new AssertionError(excluding
                    + " excludes prior EGFR TKIs and must be shown as not eligible, not dropped: " + ids(answer)));
            assertTrue(excluded.getInt("rank") > admitsRank);
        }
    }

    @Test
    void trialsThatExcludePriorOsimertinibComeAsNotEligibleWithThatReason() throws Exception {
        JsonObject answer = json(match(MatchPatients.EGFR_AFTER_OSIMERTINIB, "limit=200").body());

        for (String registryId : MatchPatients.EXCLUDE_PRIOR_TKI) {
            JsonObject trial = study(answer, registryId).orElseThrow(() -> new AssertionError(registryId
                    + " is not among " + ids(answer)));
            assertEquals("NOT_ELIGIBLE", trial.getString("verdict"), trial.toString());
            assertTrue(criteria(trial).stream().anyMatch(c -> c.getString("type").equals("PRIOR_THERAPY")
                    && c.getBoolean("exclusion") && c.getString("status").equals("NOT_MET")
                    && c.getString("evidence").toUpperCase().contains("EGFR")
                    && c.containsKey("reasonText")), trial.getJsonArray("criteria").toString());
        }
    }

    @Test
    void anAlkNegativePatientIsNeverEligibleForAnAlkPositiveOnlyTrial() throws Exception {
        JsonObject answer = json(match(MatchPatients.ALK_NEGATIVE, "limit=200").body());

        JsonObject trial = study(answer, MatchPatients.ALK_POSITIVE_ONLY).orElseThrow(() -> new AssertionError(
                MatchPatients.ALK_POSITIVE_ONLY + " is an NSCLC trial and must be shown: " + ids(answer)));
        assertEquals("NOT_ELIGIBLE", trial.getString("verdict"), trial.toString());
        assertTrue(criteria(trial).stream().anyMatch(c -> c.getString("type").equals("BIOMARKER")
                        && c.getString("key", "").startsWith("ALK") && c.getString("status").equals("NOT_MET")),
                trial.getJsonArray("criteria").toString());
        answer.getJsonArray("studies").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("verdict").equals("ELIGIBLE"))
                .forEach(s -> assertTrue(criteria(s).stream().noneMatch(c -> c.getString("type").equals("BIOMARKER")
                        && !c.getBoolean("exclusion") && c.getString("key", "").startsWith("ALK")),
                        "eligible although it requires ALK: " + s));
    }

    @Test
    void theProfileIsNeverLogged() throws Exception {
        match(MatchPatients.EGFR_AFTER_OSIMERTINIB, "");
        match(MatchPatients.ALK_NEGATIVE.replace("\"ecog\": 0", "\"ecog\": 9"), ""); // refused: still not logged
        match("{\"caseId\": \"" + MatchPatients.ALK_MARKER + "\", \"age\": ", "");

        assertEquals(List.of(), MatchPatients.logLinesWith(MatchPatients.EGFR_MARKER));
        assertEquals(List.of(), MatchPatients.logLinesWith(MatchPatients.ALK_MARKER));
    }

    @Test
    void aMalformedBodyIsABadRequestNamingWhatIsWrong() throws Exception {
        HttpResponse<String> broken = match("{\"age\": 61, ", "");
        assertEquals(400, broken.statusCode());
        assertTrue(broken.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(json(broken.body()).getString("detail").startsWith("body:"), broken.body());

        HttpResponse<String> badValue = match("{\"ecog\": 9}", "");
        assertEquals(400, badValue.statusCode());
        assertTrue(json(badValue.body()).getString("detail").startsWith("ecog:"), badValue.body());

        HttpResponse<String> unknownPlace = match("{\"diagnosis\": {\"text\": \"NSCLC\"}, \"postalCode\": \"00000\"}", "");
        assertEquals(400, unknownPlace.statusCode());
        assertTrue(json(unknownPlace.body()).getString("detail").startsWith("postalCode:"), unknownPlace.body());

        HttpResponse<String> tooLarge = match("{\"note\": \"" + "x".repeat(70_000) + "\"}", "");
        assertEquals(413, tooLarge.statusCode());
    }

    private HttpResponse<String> match(String profile, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/match" + (query.isEmpty() ? "" : "?" + query)))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .header("Accept-Language", "de")
                        .POST(HttpRequest.BodyPublishers.ofString(profile)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonObject> criteria(JsonObject study) {
        return study.getJsonArray("criteria").getValuesAs(JsonObject.class);
    }

    private static List<String> ids(JsonObject answer) {
        return answer.getJsonArray("studies").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getInt("rank") + ":" + s.getString("id") + ":" + s.getString("verdict")).toList();
    }
}
