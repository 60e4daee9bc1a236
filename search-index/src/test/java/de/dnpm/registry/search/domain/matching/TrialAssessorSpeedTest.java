package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.criteria.CriterionType;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.criteria.TrialCriteria;
import de.dnpm.registry.search.domain.criteria.TrialCriterion;
import de.dnpm.registry.search.domain.matching.PatientProfile.Biomarker;
import de.dnpm.registry.search.domain.matching.PatientProfile.BrainMetastases;
import de.dnpm.registry.search.domain.matching.PatientProfile.Diagnosis;
import de.dnpm.registry.search.domain.matching.PatientProfile.PriorTherapy;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A match assesses up to a few thousand candidate trials within 200 ms in all: 3,000 synthetic trials of 16 criteria
 * each (the shapes extracted criteria have), best of five runs so that a busy build machine does not decide.
 */
class TrialAssessorSpeedTest {

    private static final Logger LOG = Logger.getLogger(TrialAssessorSpeedTest.class.getName());
    private static final String[] DIAGNOSES = {"DOID:3908", "DOID:1324", "DOID:1612", "BUCKET:SOLID", "DOID:9256"};
    private static final String[] MARKERS = {"EGFR", "EGFR:L858R", "EGFR:EXON19DEL", "ALK:FUSION", "KRAS:G12C",
            "ERBB2:POSITIVE", "PDL1:HIGH", "ROS1:FUSION"};
    private static final String[] THERAPIES = {"CLASS:EGFR_TKI", "DRUG:osimertinib", "CLASS:PD1_PDL1",
            "CLASS:PLATINUM"};

    @Test
    void threeThousandTrialsInUnderTwoHundredMilliseconds() {
        ConceptDictionary concepts = ConceptDictionaryLoader.shared();
        PatientFacts patient = PatientFacts.read(new PatientProfile("synthetic", 63, "female",
                new Diagnosis("NSCLC", "NSCLC", null), "IV", 1, List.of(new Biomarker("EGFR", "L858R", null, null),
                new Biomarker("ALK", "negativ", null, null), new Biomarker(null, null, "PD-L1", "TPS 20%")),
                List.of(new PriorTherapy("Osimertinib", null, 1, "PD")), new BrainMetastases(true, true, false, null),
                List.of(), null, null, null), concepts, BiomarkerVocabulary.standard(), TherapyVocabulary.standard());
        List<TrialCriteria> trials = trials(3000);
        TrialAssessor assessor = new TrialAssessor();
        long best = Long.MAX_VALUE;
        int eligible = 0;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            eligible = 0;
            for (TrialCriteria trial : trials) {
                eligible += assessor.assess(patient, trial).verdict() == Verdict.NOT_ELIGIBLE ? 0 : 1;
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        long millis = best / 1_000_000;
        LOG.info("3,000 trials assessed in " + millis + " ms (best of 5)");
        assertTrue(eligible > 0 && eligible < trials.size(), "a mix of verdicts: " + eligible);
        assertTrue(millis < 200, "3,000 trials took " + millis + " ms");
        assertEquals(3000, trials.size());
    }

    private static List<TrialCriteria> trials(int count) {
        Random random = new Random(12);
        List<TrialCriteria> trials = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            List<TrialCriterion> criteria = new ArrayList<>();
            criteria.add(new TrialCriterion(CriterionType.AGE, false, null, 6574, random.nextBoolean() ? null : 27394,
                    "Minimum age: 18 Years"));
            criteria.add(new TrialCriterion(CriterionType.ECOG, false, null, 0, 1 + random.nextInt(2), "ECOG 0-1"));
            for (int d = 0; d < 3; d++) {
                criteria.add(new TrialCriterion(CriterionType.DIAGNOSIS, false, DIAGNOSES[random.nextInt(5)], null,
                        null, "Condition"));
            }
            String either = "Documented EGFR mutation (exon 19 deletion or L858R) or ALK rearrangement, trial " + t;
            for (int b = 0; b < 3; b++) {
                criteria.add(new TrialCriterion(CriterionType.BIOMARKER, false, MARKERS[random.nextInt(8)], null,
                        null, either));
            }
            criteria.add(new TrialCriterion(CriterionType.BIOMARKER, true, MARKERS[random.nextInt(8)], null, null,
                    "Known other driver"));
            for (int p = 0; p < 3; p++) {
                criteria.add(new TrialCriterion(CriterionType.PRIOR_THERAPY, random.nextBoolean(),
                        THERAPIES[random.nextInt(4)], null, null, "Prior therapy"));
            }
            criteria.add(new TrialCriterion(CriterionType.PRIOR_THERAPY, false, "LINES", 1, 3, "1-3 prior lines"));
            criteria.add(new TrialCriterion(CriterionType.BRAIN_METASTASES, true, "ACTIVE", null, null,
                    "Active brain metastases"));
            criteria.add(new TrialCriterion(CriterionType.SEX, false, "FEMALE", null, null, "Sex: female"));
            criteria.add(new TrialCriterion(CriterionType.DIAGNOSIS, true, "DOID:5409", null, null, "No SCLC"));
            trials.add(new TrialCriteria(1, criteria));
        }
        return trials;
    }
}
