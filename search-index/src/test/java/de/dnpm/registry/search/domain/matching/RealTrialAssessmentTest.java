package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.criteria.TrialCriteria;
import de.dnpm.registry.search.domain.criteria.TrialCriteriaExtractor;
import de.dnpm.registry.search.domain.criteria.TrialEligibility;
import de.dnpm.registry.search.domain.matching.PatientProfile.Biomarker;
import de.dnpm.registry.search.domain.matching.PatientProfile.Diagnosis;
import de.dnpm.registry.search.domain.matching.PatientProfile.PriorTherapy;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * From a real record to a verdict: three NSCLC trials of NSCLCBench (shared data) read by the extractor and assessed
 * for synthetic board patients, checking what a board reading the trial would conclude.
 */
class RealTrialAssessmentTest {

    private static final Path TRIALS = Path.of(System.getProperty("shared.data", "../../shared/data"),
            "ctgov/ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json");
    private static final Map<String, TrialCriteria> TRIAL = new HashMap<>();
    private static ConceptDictionary concepts;
    private final TrialAssessor assessor = new TrialAssessor();

    @BeforeAll
    static void read() throws IOException {
        assumeTrue(Files.isRegularFile(TRIALS), "shared data absent: " + TRIALS);
        concepts = ConceptDictionaryLoader.shared();
        TrialCriteriaExtractor extractor = new TrialCriteriaExtractor(concepts, BiomarkerVocabulary.standard(),
                TherapyVocabulary.standard());
        try (Reader in = Files.newBufferedReader(TRIALS, StandardCharsets.UTF_8);
             JsonReader json = Json.createReader(in)) {
            for (JsonObject study : json.readArray().getValuesAs(JsonObject.class)) {
                JsonObject p = study.getJsonObject("protocolSection");
                String id = p.getJsonObject("identificationModule").getString("nctId");
                if (!List.of("NCT06940401", "NCT04764188", "NCT06496009").contains(id)) {
                    continue;
                }
                JsonObject e = p.getJsonObject("eligibilityModule");
                JsonObject c = p.getJsonObject("conditionsModule");
                TRIAL.put(id, extractor.extract(new TrialEligibility(
                        p.getJsonObject("identificationModule").getString("briefTitle"), strings(c, "conditions"),
                        List.of(), strings(c, "keywords"), days(e.getString("minimumAge", null)),
                        days(e.getString("maximumAge", null)), e.getString("sex", "ALL"),
                        e.getString("eligibilityCriteria", ""), List.of())));
            }
        }
        assertEquals(3, TRIAL.size());
    }

    private static List<String> strings(JsonObject o, String name) {
        return o == null || !o.containsKey(name) ? List.of()
                : o.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** "18 Years" as the importer stores it: 365.25 days a year, half days rounded down. */
    private static Integer days(String age) {
        if (age == null) {
            return null;
        }
        String[] parts = age.split(" ");
        return (int) Math.ceil(Double.parseDouble(parts[0]) * (parts[1].startsWith("Year") ? 365.25 : 30.4375) - 0.5);
    }

    private static PatientFacts patient(List<Biomarker> biomarkers, List<PriorTherapy> therapies) {
        return PatientFacts.read(new PatientProfile("synthetic", 63, "female",
                new Diagnosis("Nicht-kleinzelliges Lungenkarzinom", "LUAD", "C34.1"), "IV", 1, biomarkers, therapies,
                null, List.of(), null, null, null), concepts, BiomarkerVocabulary.standard(),
                TherapyVocabulary.standard());
    }

    private static final Biomarker L858R = new Biomarker("EGFR", "L858R", null, null);

    @Test
    void treatmentNaiveL858rFitsTheSensitisingEgfrTrialAtVariantAndType() {
        TrialAssessment a = assessor.assess(patient(List.of(L858R), List.of(new PriorTherapy("keine", null, null,
                null))), TRIAL.get("NCT06940401"));
        assertNotEquals(Verdict.NOT_ELIGIBLE, a.verdict(), a.checks().toString());
        assertEquals(MatchTier.VARIANT_AND_TYPE, a.tier(), a.checks().toString());
    }

    @Test
    void afterOsimertinibTheSameTrialSaysWhy() {
        TrialAssessment a = assessor.assess(patient(List.of(L858R), List.of(new PriorTherapy("Osimertinib", null, 1,
                "PD"))), TRIAL.get("NCT06940401"));
        assertEquals(Verdict.NOT_ELIGIBLE, a.verdict(), a.checks().toString());
        assertTrue(a.checks().stream().anyMatch(c -> c.status() == CriterionStatus.NOT_MET
                && c.patientValue() != null && c.patientValue().contains("Osimertinib")), a.checks().toString());
    }

    @Test
    void alkNegativeIsNeverEligibleForTheAlkPositiveStudy() {
        TrialAssessment a = assessor.assess(patient(List.of(L858R, new Biomarker("ALK", "negativ", null, null)),
                List.of()), TRIAL.get("NCT04764188"));
        assertEquals(Verdict.NOT_ELIGIBLE, a.verdict(), a.checks().toString());
        assertTrue(a.checks().stream().anyMatch(c -> c.reason().equals("biomarker.required.absent")));
    }

    @Test
    void theDriverNegativeImmunotherapyStudyExcludesTheEgfrPatient() {
        TrialCriteria wildType = TRIAL.get("NCT06496009");
        assertEquals(Verdict.NOT_ELIGIBLE, assessor.assess(patient(List.of(L858R), List.of()), wildType).verdict());
        TrialAssessment negative = assessor.assess(patient(List.of(new Biomarker("EGFR", "Wildtyp", null, null),
                new Biomarker("ALK", "negativ", null, null), new Biomarker(null, null, "PD-L1", "TPS 0%")),
                List.of()), wildType);
        assertNotEquals(Verdict.NOT_ELIGIBLE, negative.verdict(), negative.checks().toString());
    }
}
