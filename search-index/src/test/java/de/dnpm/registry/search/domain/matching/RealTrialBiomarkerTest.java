package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.BiomarkerKey;
import de.dnpm.registry.search.domain.BiomarkerMentions;
import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.criteria.CriterionType;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.criteria.TrialCriteria;
import de.dnpm.registry.search.domain.criteria.TrialCriterion;
import de.dnpm.registry.search.domain.matching.PatientProfile.Biomarker;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The biomarker rules on the real criteria of the 100 NSCLC trials of NSCLCBench (shared data): each trial's required
 * and excluded keys as the biomarker reader gives them (what the extractor stores for BIOMARKER criteria) assessed for
 * synthetic patients. Checks what a board would check by reading those trials.
 */
class RealTrialBiomarkerTest {

    private static final Path TRIALS = Path.of(System.getProperty("shared.data", "../../shared/data"),
            "ctgov/ctgov-v2-json/vrinda2019-NSCLCBench/ctg-studies.json");
    private static final Map<String, TrialCriteria> CRITERIA = new LinkedHashMap<>();
    private static final Map<String, BiomarkerMentions> MENTIONS = new LinkedHashMap<>();
    private final TrialAssessor assessor = new TrialAssessor();

    @BeforeAll
    static void read() throws IOException {
        assumeTrue(Files.isRegularFile(TRIALS), "shared data absent: " + TRIALS);
        try (Reader in = Files.newBufferedReader(TRIALS, StandardCharsets.UTF_8);
             JsonReader json = Json.createReader(in)) {
            for (JsonObject study : json.readArray().getValuesAs(JsonObject.class)) {
                JsonObject protocol = study.getJsonObject("protocolSection");
                String id = protocol.getJsonObject("identificationModule").getString("nctId");
                BiomarkerMentions mentions = BiomarkerMentions.inEligibility(
                        protocol.getJsonObject("eligibilityModule").getString("eligibilityCriteria", ""));
                List<TrialCriterion> criteria = new ArrayList<>();
                for (BiomarkerKey key : mentions.required()) {
                    criteria.add(new TrialCriterion(CriterionType.BIOMARKER, false, key.toString(), null, null, id));
                }
                for (BiomarkerKey key : mentions.excluded()) {
                    criteria.add(new TrialCriterion(CriterionType.BIOMARKER, true, key.toString(), null, null, id));
                }
                MENTIONS.put(id, mentions);
                CRITERIA.put(id, new TrialCriteria(1, criteria));
            }
        }
    }

    private static PatientFacts patient(Biomarker... biomarkers) {
        return PatientFacts.read(new PatientProfile("synthetic", 60, "female", null, null, 1, List.of(biomarkers),
                List.of(), null, List.of(), null, null, null), ConceptDictionaryLoader.shared(),
                BiomarkerVocabulary.standard(), TherapyVocabulary.standard());
    }

    private static Biomarker gene(String gene, String alteration) {
        return new Biomarker(gene, alteration, null, null);
    }

    @Test
    void sensitisingEgfrTrialTakesL858rAndExon19ButNotExon20Insertion() {
        TrialCriteria js111 = CRITERIA.get("NCT06940401");
        TrialAssessment l858r = assessor.assess(patient(gene("EGFR", "L858R")), js111);
        assertEquals(Verdict.ELIGIBLE, l858r.verdict(), l858r.checks().toString());
        assertEquals(MatchTier.VARIANT_AND_BUCKET, l858r.tier());
        assertEquals(Verdict.ELIGIBLE, assessor.assess(patient(gene("EGFR", "Exon-19-Deletion")), js111).verdict());
        TrialAssessment ex20 = assessor.assess(patient(gene("EGFR", "Exon 20 Insertion")), js111);
        assertEquals(Verdict.NOT_ELIGIBLE, ex20.verdict(), ex20.checks().toString());
        assertEquals(Verdict.POSSIBLY_ELIGIBLE, assessor.assess(patient(), js111).verdict(), "untested: open");
    }

    @Test
    void wildTypeTrialExcludesTheDriverPatientAndTakesTheTestedNegative() {
        TrialCriteria wildType = CRITERIA.get("NCT06496009");
        TrialAssessment driver = assessor.assess(patient(gene("EGFR", "L858R")), wildType);
        assertEquals(Verdict.NOT_ELIGIBLE, driver.verdict());
        assertTrue(driver.checks().stream().anyMatch(c -> c.reason().equals("biomarker.excluded.present")
                && c.criterion().key().equals("EGFR")), driver.checks().toString());
        TrialAssessment negative = assessor.assess(patient(gene("EGFR", "Wildtyp"), gene("ALK", "negativ"),
                new Biomarker(null, null, "PD-L1", "TPS 0%")), wildType);
        assertEquals(Verdict.ELIGIBLE, negative.verdict(), negative.checks().toString());
    }

    @Test
    void noAlkNegativePatientIsEligibleForATrialRequiringAlk() {
        PatientFacts alkNegative = patient(gene("ALK", "negativ"));
        PatientFacts alkPositive = patient(gene("ALK", "Fusion"));
        int requiring = 0;
        for (Map.Entry<String, TrialCriteria> trial : CRITERIA.entrySet()) {
            if (MENTIONS.get(trial.getKey()).required().contains(BiomarkerKey.of("ALK:FUSION"))) {
                requiring++;
                assertEquals(Verdict.NOT_ELIGIBLE, assessor.assess(alkNegative, trial.getValue()).verdict(),
                        trial.getKey());
                TrialAssessment positive = assessor.assess(alkPositive, trial.getValue());
                assertEquals(MatchTier.VARIANT_AND_BUCKET, positive.tier(), trial.getKey());
                assertTrue(positive.verdict() != Verdict.NOT_ELIGIBLE, trial.getKey() + " " + positive);
            }
        }
        assertTrue(requiring >= 3, requiring + " trials require an ALK fusion");
    }
}
