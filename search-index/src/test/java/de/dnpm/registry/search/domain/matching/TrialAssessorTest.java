package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.criteria.CriterionType;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary.Row;
import de.dnpm.registry.search.domain.criteria.TrialCriteria;
import de.dnpm.registry.search.domain.criteria.TrialCriterion;
import de.dnpm.registry.search.domain.matching.PatientProfile.Biomarker;
import de.dnpm.registry.search.domain.matching.PatientProfile.BrainMetastases;
import de.dnpm.registry.search.domain.matching.PatientProfile.Diagnosis;
import de.dnpm.registry.search.domain.matching.PatientProfile.PriorTherapy;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static de.dnpm.registry.search.domain.criteria.CriterionType.AGE;
import static de.dnpm.registry.search.domain.criteria.CriterionType.BIOMARKER;
import static de.dnpm.registry.search.domain.criteria.CriterionType.BRAIN_METASTASES;
import static de.dnpm.registry.search.domain.criteria.CriterionType.DIAGNOSIS;
import static de.dnpm.registry.search.domain.criteria.CriterionType.ECOG;
import static de.dnpm.registry.search.domain.criteria.CriterionType.PRIOR_THERAPY;
import static de.dnpm.registry.search.domain.criteria.CriterionType.SEX;
import static de.dnpm.registry.search.domain.matching.CriterionStatus.MET;
import static de.dnpm.registry.search.domain.matching.CriterionStatus.NOT_MET;
import static de.dnpm.registry.search.domain.matching.CriterionStatus.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of the assessor with hand-built (synthetic) criteria and profiles. */
class TrialAssessorTest {

    private static ConceptDictionary concepts;
    private static final TherapyVocabulary THERAPIES = new TherapyVocabulary(List.of(
            new Row("osimertinib", List.of("EGFR_TKI", "TKI"), List.of("Tagrisso")),
            new Row("pembrolizumab", List.of("PD1_PDL1", "IMMUNOTHERAPY"), List.of("Keytruda")),
            new Row("carboplatin", List.of("PLATINUM", "CHEMOTHERAPY"), List.of())));
    private final TrialAssessor assessor = new TrialAssessor();

    @BeforeAll
    static void load() {
        concepts = ConceptDictionaryLoader.shared();
    }

    /** A profile to vary: 60, male, ECOG 1, NSCLC, EGFR L858R, two lines (carboplatin, osimertinib), no brain mets. */
    private record Profile(Integer age, String sex, Integer ecog, Diagnosis diagnosis, List<Biomarker> biomarkers,
                           List<PriorTherapy> therapies, BrainMetastases brain) {
        static Profile standard() {
            return new Profile(60, "male", 1, new Diagnosis("NSCLC", "NSCLC", null),
                    List.of(new Biomarker("EGFR", "L858R", null, null)),
                    List.of(new PriorTherapy("carboplatin", null, 1, null), new PriorTherapy("Tagrisso", null, 2, null)),
                    new BrainMetastases(false, null, null, null));
        }

        Profile withAge(Integer a) { return new Profile(a, sex, ecog, diagnosis, biomarkers, therapies, brain); }
        Profile withSex(String s) { return new Profile(age, s, ecog, diagnosis, biomarkers, therapies, brain); }
        Profile withEcog(Integer e) { return new Profile(age, sex, e, diagnosis, biomarkers, therapies, brain); }
        Profile withDiagnosis(Diagnosis d) { return new Profile(age, sex, ecog, d, biomarkers, therapies, brain); }
        Profile withBiomarkers(Biomarker... b) { return new Profile(age, sex, ecog, diagnosis, List.of(b), therapies, brain); }
        Profile withTherapies(PriorTherapy... t) { return new Profile(age, sex, ecog, diagnosis, biomarkers, List.of(t), brain); }
        Profile withBrain(BrainMetastases b) { return new Profile(age, sex, ecog, diagnosis, biomarkers, therapies, b); }

        PatientFacts facts() {
            return PatientFacts.read(new PatientProfile("synthetic", age, sex, diagnosis, null, ecog, biomarkers,
                    therapies, brain, List.of(), null, null, null), concepts, BiomarkerVocabulary.standard(), THERAPIES);
        }
    }

    private static TrialCriterion inc(CriterionType type, String key) {
        return new TrialCriterion(type, false, key, null, null, "synthetic " + key);
    }

    private static TrialCriterion exc(CriterionType type, String key) {
        return new TrialCriterion(type, true, key, null, null, "synthetic no " + key);
    }

    private static TrialCriterion range(CriterionType type, String key, Integer lower, Integer upper) {
        return new TrialCriterion(type, false, key, lower, upper, "synthetic range");
    }

    /** Assesses and checks what holds for every assessment: one check per criterion, every reason has a text. */
    private TrialAssessment assess(Profile profile, TrialCriterion... criteria) {
        TrialAssessment a = assessor.assess(profile.facts(), new TrialCriteria(1, List.of(criteria)));
        assertEquals(criteria.length, a.checks().size());
        for (CriterionCheck check : a.checks()) {
            assertTrue(CheckReasons.ALL.contains(check.reason()), "reason without a text: " + check.reason());
        }
        return a;
    }

    private CriterionCheck check(Profile profile, TrialCriterion criterion) {
        return assess(profile, criterion).checks().get(0);
    }

    private static void expect(CriterionStatus status, String reason, CriterionCheck check) {
        assertEquals(status, check.status(), check.toString());
        assertEquals(reason, check.reason(), check.toString());
    }

    @Test
    void ageLimitsInDaysWithWholeYears() {
        Profile p = Profile.standard();
        TrialCriterion adults = range(AGE, null, 6574, null);
        expect(MET, "age.met", check(p.withAge(18), adults));
        expect(NOT_MET, "age.below", check(p.withAge(17), adults));
        TrialCriterion upTo75 = range(AGE, null, 6574, 27394);
        expect(MET, "age.met", check(p.withAge(75), upTo75));
        expect(NOT_MET, "age.above", check(p.withAge(76), upTo75));
        expect(UNKNOWN, "unknown.notInProfile", check(p.withAge(null), upTo75));
        assertEquals("76", check(p.withAge(76), upTo75).patientValue());
    }

    @Test
    void sexAdmitted() {
        expect(MET, "sex.met", check(Profile.standard().withSex("männlich"), inc(SEX, "MALE")));
        expect(NOT_MET, "sex.other", check(Profile.standard().withSex("female"), inc(SEX, "MALE")));
        expect(UNKNOWN, "unknown.notInProfile", check(Profile.standard().withSex(null), inc(SEX, "MALE")));
    }

    @Test
    void ecogRange() {
        TrialCriterion ecog01 = range(ECOG, null, 0, 1);
        expect(MET, "ecog.met", check(Profile.standard().withEcog(1), ecog01));
        expect(NOT_MET, "ecog.above", check(Profile.standard().withEcog(2), ecog01));
        expect(UNKNOWN, "unknown.notInProfile", check(Profile.standard().withEcog(null), ecog01));
    }

    @Test
    void diagnosisByConceptAncestorBucketAndMoreSpecific() {
        Profile nsclc = Profile.standard();
        expect(MET, "diagnosis.met", check(nsclc, inc(DIAGNOSIS, "DOID:3908")));
        expect(MET, "diagnosis.met", check(nsclc, inc(DIAGNOSIS, "DOID:1324")));
        expect(MET, "diagnosis.bucket", check(nsclc, inc(DIAGNOSIS, "BUCKET:SOLID")));
        expect(NOT_MET, "diagnosis.other", check(nsclc, inc(DIAGNOSIS, "BUCKET:LIQUID")));
        expect(NOT_MET, "diagnosis.other", check(nsclc, inc(DIAGNOSIS, "DOID:1612")));
        expect(UNKNOWN, "diagnosis.moreSpecific", check(nsclc, inc(DIAGNOSIS, "DOID:3910")));
        expect(UNKNOWN, "diagnosis.unknown", check(nsclc.withDiagnosis(new Diagnosis("xyzzy", null, null)),
                inc(DIAGNOSIS, "DOID:3908")));
        expect(NOT_MET, "diagnosis.excluded", check(nsclc, exc(DIAGNOSIS, "DOID:1324")));
        expect(MET, "diagnosis.excluded.other", check(nsclc, exc(DIAGNOSIS, "DOID:1612")));
    }

    @Test
    void aTrialsConditionsAreAlternatives() {
        TrialAssessment a = assess(Profile.standard(), inc(DIAGNOSIS, "DOID:1612"), inc(DIAGNOSIS, "DOID:3908"));
        assertEquals(Verdict.ELIGIBLE, a.verdict());
        expect(MET, "diagnosis.alternativeMet", a.checks().get(0));
        assertEquals(MatchTier.TYPE, a.tier());
        assertEquals(1.0, a.score(), 1e-9, "one requirement, met");
    }

    @Test
    void aBucketDerivedFromTheConditionsLetsNoOtherTumourIn() {
        Profile breast = Profile.standard().withDiagnosis(new Diagnosis("Mammakarzinom", null, "C50.9"));
        String condition = "condition: Non-small Cell Lung Cancer";
        TrialAssessment lungTrial = assess(breast,
                new TrialCriterion(DIAGNOSIS, false, "DOID:3908", null, null, condition),
                new TrialCriterion(DIAGNOSIS, false, "BUCKET:SOLID", null, null, condition));
        assertEquals(Verdict.NOT_ELIGIBLE, lungTrial.verdict(), lungTrial.checks().toString());
        expect(NOT_MET, "diagnosis.other", lungTrial.checks().get(1));
        TrialAssessment basket = assess(breast,
                new TrialCriterion(DIAGNOSIS, false, "DOID:3908", null, null, condition),
                new TrialCriterion(DIAGNOSIS, false, "BUCKET:SOLID", null, null, "Advanced solid tumors"));
        assertEquals(Verdict.ELIGIBLE, basket.verdict(), basket.checks().toString());
        assertEquals(MatchTier.BUCKET, basket.tier());
        TrialAssessment forNsclc = assess(Profile.standard(),
                new TrialCriterion(DIAGNOSIS, false, "DOID:3908", null, null, condition),
                new TrialCriterion(DIAGNOSIS, false, "BUCKET:SOLID", null, null, condition));
        assertEquals(MatchTier.TYPE, forNsclc.tier());
    }

    @Test
    void biomarkerPresentAbsentOtherVariantAndUntested() {
        Profile p = Profile.standard().withBiomarkers(new Biomarker("EGFR", "L858R", null, null),
                new Biomarker("ALK", "negative", null, null));
        expect(MET, "biomarker.required.variant", check(p, inc(BIOMARKER, "EGFR:L858R")));
        expect(MET, "biomarker.required.gene", check(p, inc(BIOMARKER, "EGFR")));
        expect(NOT_MET, "biomarker.required.otherVariant", check(p, inc(BIOMARKER, "EGFR:T790M")));
        expect(NOT_MET, "biomarker.required.absent", check(p, inc(BIOMARKER, "ALK:FUSION")));
        expect(UNKNOWN, "biomarker.notTested", check(p, inc(BIOMARKER, "KRAS:G12C")));
        expect(NOT_MET, "biomarker.excluded.present", check(p, exc(BIOMARKER, "EGFR")));
        expect(MET, "biomarker.excluded.absent", check(p, exc(BIOMARKER, "ALK")));
        expect(UNKNOWN, "biomarker.notTested", check(p, exc(BIOMARKER, "ROS1")));
        assertEquals("EGFR L858R", check(p, inc(BIOMARKER, "EGFR:L858R")).patientValue());
    }

    @Test
    void tiersOrderVariantGeneTypeBucket() {
        Profile p = Profile.standard();
        assertEquals(MatchTier.VARIANT_AND_TYPE, assess(p, inc(DIAGNOSIS, "DOID:3908"),
                inc(BIOMARKER, "EGFR:L858R")).tier());
        assertEquals(MatchTier.VARIANT_AND_BUCKET, assess(p, inc(DIAGNOSIS, "BUCKET:SOLID"),
                inc(BIOMARKER, "EGFR:L858R")).tier());
        assertEquals(MatchTier.VARIANT_AND_BUCKET, assess(p, inc(BIOMARKER, "EGFR:L858R")).tier(),
                "a variant trial naming no disease takes any tumour");
        assertEquals(MatchTier.GENE_AND_TYPE, assess(p, inc(DIAGNOSIS, "DOID:3908"), inc(BIOMARKER, "EGFR")).tier());
        assertEquals(MatchTier.GENE_AND_BUCKET, assess(p, inc(DIAGNOSIS, "BUCKET:SOLID"), inc(BIOMARKER, "EGFR"))
                .tier());
        assertEquals(MatchTier.BUCKET, assess(p, inc(DIAGNOSIS, "BUCKET:SOLID")).tier());
        assertEquals(MatchTier.OTHER, assess(p, range(ECOG, null, 0, 2)).tier());
        assertEquals(MatchTier.TYPE, assess(p, inc(DIAGNOSIS, "DOID:3908"), inc(BIOMARKER, "EGFR"),
                inc(BIOMARKER, "EGFR:EXON20INS")).tier(), "the gene met only as part of an unmet variant");
    }

    @Test
    void alternativesOfOneGeneAndOfOneEitherOrSentence() {
        Profile p = Profile.standard();
        TrialAssessment common = assess(p, inc(BIOMARKER, "EGFR"), inc(BIOMARKER, "EGFR:EXON19DEL"),
                inc(BIOMARKER, "EGFR:L858R"));
        assertEquals(Verdict.ELIGIBLE, common.verdict());
        expect(MET, "biomarker.alternativeMet", common.checks().get(1));
        String either = "ALK or ROS1 rearrangement";
        Profile ros1 = p.withBiomarkers(new Biomarker("ROS1", "Fusion", null, null),
                new Biomarker("ALK", "negativ", null, null));
        TrialAssessment choice = assess(ros1, new TrialCriterion(BIOMARKER, false, "ALK:FUSION", null, null, either),
                new TrialCriterion(BIOMARKER, false, "ROS1:FUSION", null, null, either));
        assertEquals(Verdict.ELIGIBLE, choice.verdict(), choice.checks().toString());
        String both = "HER2-positive and ROS1 rearrangement";
        TrialAssessment conjunction = assess(ros1, new TrialCriterion(BIOMARKER, false, "ALK:FUSION", null, null,
                both), new TrialCriterion(BIOMARKER, false, "ROS1:FUSION", null, null, both));
        assertEquals(Verdict.NOT_ELIGIBLE, conjunction.verdict());
    }

    @Test
    void brainMetastasesByKind() {
        Profile p = Profile.standard();
        BrainMetastases treatedStable = new BrainMetastases(true, true, false, null);
        BrainMetastases untreated = new BrainMetastases(true, false, null, null);
        expect(MET, "brainMetastases.excluded.none", check(p, exc(BRAIN_METASTASES, "ANY")));
        expect(NOT_MET, "brainMetastases.excluded.any", check(p.withBrain(treatedStable), exc(BRAIN_METASTASES, "ANY")));
        expect(MET, "brainMetastases.excluded.none", check(p.withBrain(treatedStable),
                exc(BRAIN_METASTASES, "ACTIVE")));
        expect(NOT_MET, "brainMetastases.excluded.active", check(p.withBrain(untreated), exc(BRAIN_METASTASES, "ACTIVE")));
        expect(UNKNOWN, "unknown.notInProfile", check(p.withBrain(new BrainMetastases(true, true, null, null)),
                exc(BRAIN_METASTASES, "ACTIVE")));
        expect(UNKNOWN, "unknown.notInProfile", check(p.withBrain(null), exc(BRAIN_METASTASES, "ANY")));
        expect(MET, "brainMetastases.required.present", check(p.withBrain(untreated), inc(BRAIN_METASTASES, "ANY")));
        expect(NOT_MET, "brainMetastases.required.absent", check(p, inc(BRAIN_METASTASES, "ANY")));
    }

    @Test
    void priorTherapiesByDrugClassAndLines() {
        Profile p = Profile.standard();
        expect(MET, "priorTherapy.required.received", check(p, inc(PRIOR_THERAPY, "CLASS:EGFR_TKI")));
        expect(NOT_MET, "priorTherapy.required.notReceived", check(p, inc(PRIOR_THERAPY, "CLASS:PD1_PDL1")));
        expect(NOT_MET, "priorTherapy.forbidden.received", check(p, exc(PRIOR_THERAPY, "DRUG:osimertinib")));
        expect(MET, "priorTherapy.forbidden.notReceived", check(p, exc(PRIOR_THERAPY, "CLASS:PD1_PDL1")));
        expect(UNKNOWN, "unknown.notInProfile", check(p.withTherapies(), exc(PRIOR_THERAPY, "CLASS:PD1_PDL1")));
        expect(UNKNOWN, "priorTherapy.unrecognised", check(p.withTherapies(new PriorTherapy("Wundermittel", null, 1,
                null)), exc(PRIOR_THERAPY, "CLASS:PD1_PDL1")));
        expect(MET, "priorTherapy.lines.met", check(p, range(PRIOR_THERAPY, "LINES", 1, 2)));
        expect(NOT_MET, "priorTherapy.lines.above", check(p, range(PRIOR_THERAPY, "LINES", null, 1)));
        expect(NOT_MET, "priorTherapy.lines.below", check(p.withTherapies(new PriorTherapy("keine", null, null, null)),
                range(PRIOR_THERAPY, "LINES", 1, null)));
        expect(MET, "priorTherapy.forbidden.notReceived", check(p.withTherapies(new PriorTherapy("none", null, null,
                null)), exc(PRIOR_THERAPY, "CLASS:PD1_PDL1")));
    }

    @Test
    void verdictAndScoreFromMetUnknownAndViolated() {
        Profile p = Profile.standard().withEcog(null);
        TrialAssessment possibly = assess(p, inc(DIAGNOSIS, "DOID:3908"), range(ECOG, null, 0, 1));
        assertEquals(Verdict.POSSIBLY_ELIGIBLE, possibly.verdict());
        assertEquals(0.5, possibly.score(), 1e-9, "unknown counts against");
        TrialAssessment violated = assess(Profile.standard().withEcog(3), inc(DIAGNOSIS, "DOID:3908"),
                range(ECOG, null, 0, 1), exc(PRIOR_THERAPY, "CLASS:EGFR_TKI"));
        assertEquals(Verdict.NOT_ELIGIBLE, violated.verdict());
        assertEquals(0.5 - 2 * TrialAssessor.PENALTY, violated.score(), 1e-9);
        assertEquals(Verdict.POSSIBLY_ELIGIBLE, assess(p).verdict(), "nothing read is nothing known");
    }

    @Test
    void rankingPutsPossibleBeforeExcludedThenTierThenScore() {
        Profile p = Profile.standard();
        TrialAssessment variantType = assess(p, inc(DIAGNOSIS, "DOID:3908"), inc(BIOMARKER, "EGFR:L858R"));
        TrialAssessment variantTypeOpen = assess(p.withEcog(null), inc(DIAGNOSIS, "DOID:3908"),
                inc(BIOMARKER, "EGFR:L858R"), range(ECOG, null, 0, 1));
        TrialAssessment bucket = assess(p, inc(DIAGNOSIS, "BUCKET:SOLID"));
        TrialAssessment excludedVariant = assess(p, inc(DIAGNOSIS, "DOID:3908"), inc(BIOMARKER, "EGFR:L858R"),
                exc(PRIOR_THERAPY, "DRUG:osimertinib"));
        List<TrialAssessment> ranked = new ArrayList<>(List.of(excludedVariant, bucket, variantTypeOpen, variantType));
        ranked.sort(MatchRanking.ASSESSMENTS);
        assertEquals(List.of(variantType, variantTypeOpen, bucket, excludedVariant), ranked);
    }
}
