package de.dnpm.registry.rest;

import de.dnpm.registry.search.domain.matching.PatientProfile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profile of {@code POST /api/match} as a board writes it (a SYNTHETIC patient), and what is refused. */
class MatchProfileReaderTest {

    private static final String EGFR_AFTER_OSIMERTINIB = """
            {"caseId": "MTB-2026-017", "age": 63, "sex": "weiblich",
             "diagnosis": {"text": "Adenokarzinom der Lunge", "oncotree": "LUAD", "icd10": "C34.1"},
             "stage": "IV", "ecog": 1,
             "biomarkers": [{"gene": "EGFR", "alteration": "L858R"}, {"marker": "PD-L1", "value": "TPS 5%"},
                            {"gene": "ALK", "alteration": "negativ"}],
             "priorTherapies": [{"drug": "Osimertinib", "line": 1, "response": "PD"},
                                {"regimen": "Carboplatin/Pemetrexed", "line": 2}],
             "brainMetastases": {"present": true, "treated": true, "symptomatic": false, "note": "SRS 03/2026"},
             "scores": [{"name": "DAS28", "value": 3.2}],
             "postalCode": "69120", "maxDistanceKm": 150, "note": "Zweitlinie nach Progress"}
            """;

    @Test
    void readsEveryFieldOfABoardsProfile() {
        PatientProfile p = read(EGFR_AFTER_OSIMERTINIB);
        assertEquals("MTB-2026-017", p.caseId());
        assertEquals(63, p.age());
        assertEquals("female", p.sex());
        assertEquals(new PatientProfile.Diagnosis("Adenokarzinom der Lunge", "LUAD", "C34.1"), p.diagnosis());
        assertEquals(1, p.ecog());
        assertEquals(List.of(new PatientProfile.Biomarker("EGFR", "L858R", null, null),
                new PatientProfile.Biomarker(null, null, "PD-L1", "TPS 5%"),
                new PatientProfile.Biomarker("ALK", "negativ", null, null)), p.biomarkers());
        assertEquals(new PatientProfile.PriorTherapy("Osimertinib", null, 1, "PD"), p.priorTherapies().get(0));
        assertEquals("Carboplatin/Pemetrexed", p.priorTherapies().get(1).regimen());
        assertTrue(p.brainMetastases().present());
        assertFalse(p.brainMetastases().symptomatic());
        assertEquals("3.2", p.scores().getFirst().value());
        assertEquals("69120", p.postalCode());
        assertEquals(150, p.maxDistanceKm());
    }

    @Test
    void anEmptyProfileIsUnknownEverywhere() {
        PatientProfile p = read("{}");
        assertNull(p.diagnosis());
        assertTrue(p.biomarkers().isEmpty());
    }

    @Test
    void namesTheFieldOfABadValueWithoutRepeatingIt() {
        assertRefused("{\"ecog\": 7}", "ecog:");
        assertRefused("{\"age\": \"63\"}", "age:");
        assertRefused("{\"age\": 63.5}", "age:");
        assertRefused("{\"sex\": \"x-secret\"}", "sex:");
        assertRefused("{\"biomarkers\": [{\"gene\": \"EGFR\"}, {\"alteration\": \"L858R\"}]}", "biomarkers[1]:");
        assertRefused("{\"biomarkers\": [{\"gene\": 5}]}", "biomarkers[0].gene:");
        assertRefused("{\"priorTherapies\": [{\"line\": 1}]}", "priorTherapies[0]:");
        assertRefused("{\"brainMetastases\": {\"present\": \"ja\"}}", "brainMetastases.present:");
        assertRefused("{\"maxDistanceKm\": 0}", "maxDistanceKm:");
        assertRefused("{\"diagnosis\": \"NSCLC\"}", "diagnosis:");
        assertRefused("{\"diagnose\": {}}", "diagnose: unknown field");
        String secret = "Mustermann";
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> read("{\"sex\": \"" + secret + "\"}"));
        assertFalse(e.getMessage().contains(secret));
    }

    @Test
    void refusesWhatIsNotOneJsonObject() {
        assertRefused("{\"age\": 63", "body: not well-formed JSON");
        assertRefused("[{\"age\": 63}]", "body: a JSON object");
        assertRefused("", "body:");
        assertRefused("{\"biomarkers\": [" + "{\"gene\":\"EGFR\"},".repeat(101) + "{\"gene\":\"EGFR\"}]}",
                "biomarkers: at most 100");
    }

    private static void assertRefused(String json, String start) {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> read(json));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    private static PatientProfile read(String json) {
        return MatchProfileReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
