package de.dnpm.registry.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * SYNTHETIC patients for the matching ITs, written here as a board would describe them (no real person), the real
 * trials of the bundled sample (vrinda2019-NSCLCBench, ClinicalTrials.gov) they are checked against, and the check that
 * a profile never reaches the server's logs. Each profile carries a marker (its caseId and note) to look for there.
 */
final class MatchPatients {

    /** Admits EGFR L858R, requires progression on an EGFR TKI before (RECRUITING). */
    static final String ADMITS_AFTER_TKI = "NCT05821933";
    /** Require EGFR sensitising mutations and exclude any prior EGFR TKI (RECRUITING). */
    static final List<String> EXCLUDE_PRIOR_TKI = List.of("NCT06945705", "NCT06940401");
    /** Requires ALK rearrangements ("NSCLC without known ALK rearrangements" excluded), RECRUITING. */
    static final String ALK_POSITIVE_ONLY = "NCT06620835";

    static final String EGFR_MARKER = "IT-CASE-EGFR-7f3a9c";
    static final String ALK_MARKER = "IT-CASE-ALKNEG-2b8d41";

    /** NSCLC, EGFR L858R, progressed on osimertinib in first line; Heidelberg. */
    static final String EGFR_AFTER_OSIMERTINIB = """
            {"caseId": "%s", "age": 61, "sex": "male",
             "diagnosis": {"text": "Nicht-kleinzelliges Lungenkarzinom, Adenokarzinom", "oncotree": "LUAD", "icd10": "C34.1"},
             "stage": "IV", "ecog": 1,
             "biomarkers": [{"gene": "EGFR", "alteration": "L858R"}, {"gene": "ALK", "alteration": "negativ"}],
             "priorTherapies": [{"drug": "Osimertinib", "line": 1, "response": "PD"}],
             "brainMetastases": {"present": false},
             "postalCode": "69120",
             "note": "%s progress under osimertinib"}
            """.formatted(EGFR_MARKER, EGFR_MARKER);

    /** NSCLC without driver: ALK negative, EGFR wild-type, untreated. */
    static final String ALK_NEGATIVE = """
            {"caseId": "%s", "age": 58, "sex": "female",
             "diagnosis": {"text": "non-small cell lung cancer", "oncotree": "NSCLC", "icd10": "C34.9"},
             "stage": "IV", "ecog": 0,
             "biomarkers": [{"gene": "ALK", "alteration": "negative"}, {"gene": "EGFR", "alteration": "wild-type"}],
             "note": "%s no driver"}
            """.formatted(ALK_MARKER, ALK_MARKER);

    private MatchPatients() {
    }

    static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue().asJsonObject();
        }
    }

    /** The study of a match answer with this registry id, if it is among them. */
    static java.util.Optional<JsonObject> study(JsonObject answer, String registryId) {
        return answer.getJsonArray("studies").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("id").equals(registryId)
                        || s.getJsonArray("registryIds").getValuesAs(jakarta.json.JsonString.class).stream()
                        .anyMatch(id -> id.getString().equals(registryId)))
                .findFirst();
    }

    /** Every line of the IT domain's logs (server.log and any access log) that holds the marker. */
    static List<String> logLinesWith(String marker) {
        Path logs = Path.of(System.getProperty("glassfish.home"), "glassfish", "domains", "domain1", "logs");
        if (!Files.isDirectory(logs)) {
            throw new IllegalStateException("no log folder " + logs);
        }
        try (Stream<Path> files = Files.walk(logs)) {
            return files.filter(Files::isRegularFile).flatMap(file -> {
                try {
                    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines()
                            .filter(line -> line.contains(marker)).map(line -> file.getFileName() + ": " + line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
