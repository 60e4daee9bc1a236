package de.dnpm.registry.search.domain.criteria;

import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules by which the quality test counts a prediction correct and a label found. */
class CriterionAgreementTest {

    private static CriterionAgreement agreement;

    @BeforeAll
    static void load() {
        agreement = new CriterionAgreement(ConceptDictionaryLoader.shared(), BiomarkerVocabulary.standard());
    }

    private static LabelledCriterion c(String item) {
        return LabelledCriterion.parse(item);
    }

    @Test
    void anExcludedEcogRangeEqualsTheRangeItAdmits() {
        assertTrue(agreement.same(c("ECOG|E||2|5"), c("ECOG|I||0|1")));
        assertTrue(agreement.same(c("ECOG|E||2|"), c("ECOG|I||0|1")));
        assertTrue(agreement.same(c("ECOG|I|||1"), c("ECOG|I||0|1")));
        assertFalse(agreement.same(c("ECOG|I||0|2"), c("ECOG|I||0|1")));
        assertFalse(agreement.same(c("ECOG|E||0|1"), c("ECOG|I||0|1")));
    }

    @Test
    void ageBoundsMayDifferByTheOneDayOfStrictOrNot() {
        assertTrue(agreement.same(c("AGE|E|||6573"), c("AGE|I||6574|")));
        assertTrue(agreement.same(c("AGE|E|||6574"), c("AGE|I||6574|")));
        assertTrue(agreement.same(c("AGE|I||6574|27394"), c("AGE|I||6574|27393")));
        assertFalse(agreement.same(c("AGE|I||6574|"), c("AGE|I||6574|27394")));
        assertFalse(agreement.same(c("AGE|I||6209|"), c("AGE|I||6574|")));
    }

    @Test
    void priorLinesAreRangesOtherPriorTherapiesAreKeys() {
        assertTrue(agreement.same(c("PRIOR_THERAPY|E|LINES|2|"), c("PRIOR_THERAPY|I|LINES|0|1")));
        assertTrue(agreement.same(c("PRIOR_THERAPY|I|LINES||1"), c("PRIOR_THERAPY|I|LINES|0|1")));
        assertFalse(agreement.same(c("PRIOR_THERAPY|I|CLASS:EGFR_TKI"), c("PRIOR_THERAPY|E|CLASS:EGFR_TKI")));
        assertFalse(agreement.same(c("PRIOR_THERAPY|I|LINES|1|"), c("PRIOR_THERAPY|I|CLASS:CHEMOTHERAPY")));
    }

    @Test
    void aLessSpecificRequirementIsTrueButAWiderExclusionIsNot() {
        assertTrue(agreement.weakerButTrue(c("BIOMARKER|I|EGFR"), c("BIOMARKER|I|EGFR:L858R")));
        assertTrue(agreement.weakerButTrue(c("BIOMARKER|I|BRAF"), c("BIOMARKER|I|BRAF:V600E")));
        assertFalse(agreement.weakerButTrue(c("BIOMARKER|E|EGFR"), c("BIOMARKER|E|EGFR:T790M")));
        assertTrue(agreement.weakerButTrue(c("BIOMARKER|E|EGFR:T790M"), c("BIOMARKER|E|EGFR")));
        assertFalse(agreement.weakerButTrue(c("BIOMARKER|I|KRAS"), c("BIOMARKER|I|EGFR:L858R")));
        assertTrue(agreement.weakerButTrue(c("DIAGNOSIS|I|DOID:1324"), c("DIAGNOSIS|I|DOID:3908")));
        assertFalse(agreement.weakerButTrue(c("DIAGNOSIS|E|DOID:9119"), c("DIAGNOSIS|E|DOID:0060318")));
        assertFalse(agreement.same(c("DIAGNOSIS|I|DOID:1324"), c("DIAGNOSIS|I|DOID:3908")));
    }

    @Test
    void theBucketOfALabelledDiagnosisIsTrue() {
        assertEquals("BUCKET:SOLID", agreement.bucketOf("DOID:3908"));
        assertEquals("BUCKET:LIQUID", agreement.bucketOf("DOID:9119"));
        assertEquals("BUCKET:LIQUID", agreement.bucketOf("DOID:0050908"));
        assertEquals(null, agreement.bucketOf("DOID:8778"));
        assertTrue(agreement.weakerButTrue(c("DIAGNOSIS|I|BUCKET:SOLID"), c("DIAGNOSIS|I|DOID:1612")));
        assertFalse(agreement.weakerButTrue(c("DIAGNOSIS|I|BUCKET:LIQUID"), c("DIAGNOSIS|I|DOID:1612")));
    }

    @Test
    void scoresCountWeakerButTruePredictionsForPrecisionNotRecall() {
        ExtractionScores scores = new ExtractionScores(agreement);
        scores.add("NCT0", "EGFR L858R",
                List.of(new TrialCriterion(CriterionType.BIOMARKER, false, "EGFR", null, null, "EGFR L858R"),
                        new TrialCriterion(CriterionType.ECOG, false, null, 0, 2, "EGFR L858R")),
                List.of(c("BIOMARKER|I|EGFR:L858R")));
        assertEquals(1, scores.of(CriterionType.BIOMARKER).correct);
        assertEquals(0, scores.of(CriterionType.BIOMARKER).found);
        assertEquals(1, scores.of(CriterionType.BIOMARKER).labelled);
        assertEquals(0, scores.of(CriterionType.ECOG).correct);
        assertEquals(1, scores.falsePositives().size());
    }
}
