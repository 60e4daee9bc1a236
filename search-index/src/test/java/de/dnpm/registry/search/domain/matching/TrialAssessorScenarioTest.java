package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.criteria.CriterionType;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.criteria.TrialCriteria;
import de.dnpm.registry.search.domain.criteria.TrialCriterion;
import de.dnpm.registry.search.domain.matching.PatientProfile.Biomarker;
import de.dnpm.registry.search.domain.matching.PatientProfile.Diagnosis;
import de.dnpm.registry.search.domain.matching.PatientProfile.PriorTherapy;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The board cases of issue 12, with hand-built (synthetic) trial criteria: what a tumour board would check by reading
 * the trial. Patients are synthetic profiles, no real persons.
 */
class TrialAssessorScenarioTest {

    private static ConceptDictionary concepts;
    private final TrialAssessor assessor = new TrialAssessor();

    @BeforeAll
    static void load() {
        concepts = ConceptDictionaryLoader.shared();
    }

    static TrialCriterion inc(CriterionType type, String key) {
        return new TrialCriterion(type, false, key, null, null, "synthetic: " + key);
    }

    static TrialCriterion exc(CriterionType type, String key) {
        return new TrialCriterion(type, true, key, null, null, "synthetic: no " + key);
    }

    static TrialCriteria trial(TrialCriterion... criteria) {
        return new TrialCriteria(1, List.of(criteria));
    }

    private PatientFacts read(PatientProfile profile) {
        return PatientFacts.read(profile, concepts, BiomarkerVocabulary.standard(), TherapyVocabulary.standard());
    }

    /** Synthetic: EGFR L858R NSCLC after osimertinib in second line, German values. */
    private PatientFacts egfrPatient() {
        return read(new PatientProfile("case-1", 63, "female", new Diagnosis("NSCLC, Adenokarzinom", "NSCLC", "C34.1"),
                "IV", 1, List.of(new Biomarker("EGFR", "L858R", null, null), new Biomarker("ALK", "negativ", null, null),
                new Biomarker(null, null, "PD-L1", "TPS 20%")),
                List.of(new PriorTherapy(null, "Carboplatin/Pemetrexed", 1, "PD"),
                        new PriorTherapy("Osimertinib", null, 2, "PD")),
                null, List.of(), "69120", 100, null));
    }

    @Test
    void egfrVariantAfterTkiIsEligibleAtVariantAndType() {
        TrialAssessment a = assessor.assess(egfrPatient(), trial(
                new TrialCriterion(CriterionType.AGE, false, null, 6574, null, "Minimum age: 18 Years"),
                inc(CriterionType.DIAGNOSIS, "DOID:3908"),
                inc(CriterionType.BIOMARKER, "EGFR"), inc(CriterionType.BIOMARKER, "EGFR:EXON19DEL"),
                inc(CriterionType.BIOMARKER, "EGFR:L858R"), inc(CriterionType.PRIOR_THERAPY, "CLASS:EGFR_TKI"),
                new TrialCriterion(CriterionType.ECOG, false, null, 0, 1, "ECOG 0-1")));
        assertEquals(Verdict.ELIGIBLE, a.verdict(), a.checks().toString());
        assertEquals(MatchTier.VARIANT_AND_TYPE, a.tier());
        assertEquals(1.0, a.score(), 1e-9);
        CriterionCheck ex19 = a.checks().get(3);
        assertEquals(CriterionStatus.MET, ex19.status());
        assertEquals("biomarker.alternativeMet", ex19.reason());
        assertEquals("priorTherapy.required.received", a.checks().get(5).reason());
        assertTrue(a.checks().get(5).patientValue().contains("Osimertinib"), a.checks().get(5).patientValue());
    }

    @Test
    void priorOsimertinibExcludedMakesNotEligibleNamingIt() {
        TrialAssessment a = assessor.assess(egfrPatient(), trial(inc(CriterionType.DIAGNOSIS, "DOID:3908"),
                inc(CriterionType.BIOMARKER, "EGFR:L858R"), exc(CriterionType.PRIOR_THERAPY, "DRUG:osimertinib")));
        assertEquals(Verdict.NOT_ELIGIBLE, a.verdict());
        CriterionCheck hit = a.checks().get(2);
        assertEquals(CriterionStatus.NOT_MET, hit.status());
        assertEquals("priorTherapy.forbidden.received", hit.reason());
        assertTrue(hit.patientValue().contains("Osimertinib"));
        assertEquals(1.0 - TrialAssessor.PENALTY, a.score(), 1e-9);
    }

    @Test
    void alkPositiveTrialIsNeverEligibleForAlkNegative() {
        TrialAssessment a = assessor.assess(egfrPatient(), trial(inc(CriterionType.DIAGNOSIS, "DOID:3908"),
                inc(CriterionType.BIOMARKER, "ALK"), inc(CriterionType.BIOMARKER, "ALK:FUSION")));
        assertEquals(Verdict.NOT_ELIGIBLE, a.verdict());
        assertEquals("biomarker.required.absent", a.checks().get(2).reason());
        assertEquals(MatchTier.TYPE, a.tier());
    }

    @Test
    void kirstenG12cColorectalFitsSolidBasketAtVariantAndBucket() {
        PatientFacts crc = read(new PatientProfile("case-2", 58, "male", new Diagnosis("Kolorektales Karzinom", null,
                "C18.7"), "IV", 0, List.of(new Biomarker("KRAS", "G12C", null, null),
                new Biomarker(null, null, "MSI", "MSS")), List.of(new PriorTherapy(null, "FOLFOX", 1, null)), null,
                null, null, null, null));
        assertEquals(PatientFacts.SOLID, crc.bucket());
        TrialAssessment a = assessor.assess(crc, trial(inc(CriterionType.DIAGNOSIS, "BUCKET:SOLID"),
                inc(CriterionType.BIOMARKER, "KRAS"), inc(CriterionType.BIOMARKER, "KRAS:G12C"),
                exc(CriterionType.PRIOR_THERAPY, "CLASS:KRAS_G12C_INHIBITOR")));
        assertEquals(MatchTier.VARIANT_AND_BUCKET, a.tier(), a.checks().toString());
        assertNotEquals(Verdict.NOT_ELIGIBLE, a.verdict());
    }

    @Test
    void anotherVariantOfTheGeneFailsAVariantRequirement() {
        TrialAssessment a = assessor.assess(egfrPatient(), trial(inc(CriterionType.BIOMARKER, "EGFR"),
                inc(CriterionType.BIOMARKER, "EGFR:EXON20INS")));
        assertEquals(Verdict.NOT_ELIGIBLE, a.verdict(), a.checks().toString());
        assertEquals("biomarker.required.otherVariant", a.checks().get(0).reason());
    }

    @Test
    void ulcerativeColitisAfterAdalimumabFailure() {
        PatientFacts uc = read(new PatientProfile("case-3", 34, "weiblich", new Diagnosis("Colitis ulcerosa", null,
                null), null, null, List.of(), List.of(new PriorTherapy("Humira", null, 1, "Versagen")), null,
                List.of(), null, null, null));
        assertTrue(uc.diagnosisKeys().contains("DOID:8577"), uc.diagnosisKeys().toString());
        assertEquals(null, uc.bucket(), "no cancer, no bucket");
        TrialAssessment a = assessor.assess(uc, trial(inc(CriterionType.DIAGNOSIS, "DOID:8577"),
                inc(CriterionType.PRIOR_THERAPY, "CLASS:TNF_INHIBITOR"),
                exc(CriterionType.PRIOR_THERAPY, "CLASS:JAK_INHIBITOR")));
        assertEquals(Verdict.ELIGIBLE, a.verdict(), a.checks().toString());
        assertEquals(MatchTier.TYPE, a.tier());
        TrialAssessment naive = assessor.assess(uc, trial(inc(CriterionType.DIAGNOSIS, "DOID:8577"),
                exc(CriterionType.PRIOR_THERAPY, "CLASS:TNF_INHIBITOR")));
        assertEquals(Verdict.NOT_ELIGIBLE, naive.verdict());
    }

    @Test
    void hlaB27PositiveAxialSpondyloarthritisInGermanAndEnglish() {
        for (String value : List.of("positiv", "positive")) {
            PatientFacts spa = read(new PatientProfile("case-4", 29, "male", new Diagnosis("Spondylitis ankylosans",
                    null, "M45"), null, null, List.of(new Biomarker(null, null, "HLA-B27", value)), List.of(), null,
                    List.of(), null, null, null));
            assertTrue(spa.biomarkerKeys().contains("HLA-B27"), value);
            TrialAssessment a = assessor.assess(spa, trial(inc(CriterionType.DIAGNOSIS, "DOID:7147"),
                    inc(CriterionType.BIOMARKER, "HLA-B27")));
            assertEquals(Verdict.ELIGIBLE, a.verdict());
            assertEquals(MatchTier.GENE_AND_TYPE, a.tier());
        }
        PatientFacts negative = read(new PatientProfile("case-5", 29, "male", new Diagnosis("ankylosing spondylitis",
                null, null), null, null, List.of(new Biomarker(null, null, "HLA-B27", "negativ")), List.of(), null,
                List.of(), null, null, null));
        assertEquals(Verdict.NOT_ELIGIBLE, assessor.assess(negative, trial(inc(CriterionType.BIOMARKER, "HLA-B27")))
                .verdict());
    }
}
