package de.dnpm.registry.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import java.util.Optional;

import static de.dnpm.registry.it.MatchPatients.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/fhir/ResearchStudy/$match} of the real WAR over HTTP: a CodeX-style Parameters resource with a
 * SYNTHETIC patient's Bundle (NSCLC, EGFR p.Leu858Arg, ALK absent, after osimertinib) against the real trials of the
 * bundled sample; a searchset of ResearchStudy with scores back. (The unit test FhirMatchTest validates both shapes
 * with HAPI FHIR; HAPI stays out of this module's classpath.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FhirMatchIT {

    private static final String MARKER = "IT-FHIR-EGFR-93c1e0";

    static final String PARAMETERS = """
            {"resourceType": "Parameters", "parameter": [
              {"name": "subject", "resource": {"resourceType": "Bundle", "type": "collection", "entry": [
                {"resource": {"resourceType": "Patient", "id": "%s", "gender": "male",
                  "extension": [{"url": "http://example.org/fhir/StructureDefinition/age", "valueAge":
                    {"value": 61, "unit": "a", "system": "http://unitsofmeasure.org", "code": "a"}}]}},
                {"resource": {"resourceType": "Condition", "code": {"coding": [
                  {"system": "http://fhir.de/CodeSystem/bfarm/icd-10-gm", "code": "C34.1"}],
                  "text": "Adenokarzinom der Lunge"}}},
                {"resource": {"resourceType": "Observation", "status": "final",
                  "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
                  "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA9633-4"}]},
                  "component": [
                    {"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
                     "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId",
                       "code": "HGNC:3236", "display": "EGFR"}]}},
                    {"code": {"coding": [{"system": "http://loinc.org", "code": "48005-3"}]},
                     "valueCodeableConcept": {"coding": [{"system": "http://varnomen.hgvs.org",
                       "code": "p.Leu858Arg"}]}}]}},
                {"resource": {"resourceType": "Observation", "status": "final",
                  "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
                  "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA9634-2"}]},
                  "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
                     "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId",
                       "code": "HGNC:427", "display": "ALK"}]}}]}},
                {"resource": {"resourceType": "Observation", "status": "final",
                  "code": {"coding": [{"system": "http://loinc.org", "code": "89247-1"}]}, "valueInteger": 1}},
                {"resource": {"resourceType": "MedicationStatement", "status": "completed",
                  "medicationCodeableConcept": {"text": "Osimertinib"}, "subject": {"display": "%s"}}}]}},
              {"name": "zipCode", "valueString": "69120"},
              {"name": "recruitmentStatus", "valueString": "active,approved"},
              {"name": "count", "valueInteger": 200}]}
            """.formatted(MARKER, MARKER);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withProbe("fhir-match-it.war");
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void sampleImportedAndIndexed() {
        new ServerProbe(base).awaitSettled();
    }

    @Test
    void answersASearchsetOfResearchStudiesWithTheAdmittingTrialAboveThoseThatExcludeThePatient() throws Exception {
        HttpResponse<String> response = match(PARAMETERS);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/fhir+json"));
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        JsonObject bundle = json(response.body());
        assertEquals("Bundle", bundle.getString("resourceType"));
        assertEquals("searchset", bundle.getString("type"));
        List<JsonObject> entries = bundle.getJsonArray("entry").getValuesAs(JsonObject.class);
        assertEquals(bundle.getInt("total"), entries.size());
        double previous = 1.0;
        for (JsonObject entry : entries) {
            assertEquals("ResearchStudy", entry.getJsonObject("resource").getString("resourceType"));
            assertEquals("match", entry.getJsonObject("search").getString("mode"));
            double score = entry.getJsonObject("search").getJsonNumber("score").doubleValue();
            assertTrue(score > 0 && score <= previous, "scores fall with the rank: " + score + " after " + previous);
            previous = score;
        }
        double admits = score(entries, MatchPatients.ADMITS_AFTER_TKI).orElseThrow(() -> new AssertionError(
                MatchPatients.ADMITS_AFTER_TKI + " is missing"));
        assertTrue(admits > 0.5, "admits the patient: " + admits);
        for (String excluding : MatchPatients.EXCLUDE_PRIOR_TKI) {
            double excluded = score(entries, excluding).orElseThrow(() -> new AssertionError(excluding
                    + " excludes prior EGFR TKIs and must be in the answer as not eligible"));
            assertTrue(excluded < 0.5, excluding + " is not eligible: " + excluded);
        }
        assertEquals(List.of(), MatchPatients.logLinesWith(MARKER));
    }

    @Test
    void aRequestThatIsNoParametersResourceIsABadRequest() throws Exception {
        HttpResponse<String> response = match("{\"resourceType\": \"Patient\"}");
        assertEquals(400, response.statusCode());
        assertTrue(json(response.body()).getString("detail").startsWith("body:"), response.body());

        HttpResponse<String> badPhase = match(PARAMETERS.replace("{\"name\": \"count\"",
                "{\"name\": \"phase\", \"valueString\": \"phase-9\"}, {\"name\": \"count\""));
        assertEquals(400, badPhase.statusCode());
        assertTrue(json(badPhase.body()).getString("detail").startsWith("phase:"), badPhase.body());
    }

    private static Optional<Double> score(List<JsonObject> entries, String registryId) {
        return entries.stream().filter(e -> e.getJsonObject("resource").getJsonArray("identifier")
                        .getValuesAs(JsonObject.class).stream()
                        .anyMatch(id -> id.get("value") instanceof JsonString v && v.getString().equals(registryId)))
                .map(e -> e.getJsonObject("search").getJsonNumber("score").doubleValue()).findFirst();
    }

    private HttpResponse<String> match(String parameters) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/fhir/ResearchStudy/$match"))
                        .header("Content-Type", "application/fhir+json").header("Accept", "application/fhir+json")
                        .POST(HttpRequest.BodyPublishers.ofString(parameters)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
