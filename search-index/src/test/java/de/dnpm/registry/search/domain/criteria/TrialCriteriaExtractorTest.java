package de.dnpm.registry.search.domain.criteria;

import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extractor on real criteria, each copied from the record named (shared ClinicalTrials.gov corpus), put under the
 * heading it stood under; German sentences are marked where written after DRKS's style.
 */
class TrialCriteriaExtractorTest {

    private static final TrialCriteriaExtractor EXTRACTOR = new TrialCriteriaExtractor(
            ConceptDictionaryLoader.shared(), BiomarkerVocabulary.standard(), TherapyVocabulary.standard());

    // ---- age and sex

    @Test
    void ageAndSexComeFromTheRegistryFields() {
        TrialCriteria c = EXTRACTOR.extract(new TrialEligibility("t", List.of(), List.of(), List.of(), 6574, null,
                "FEMALE", "Inclusion Criteria:\n\n* Age 20 to 70 years", List.of()));
        List<TrialCriterion> age = c.ofType(CriterionType.AGE);
        assertEquals(1, age.size());
        assertEquals(6574, age.getFirst().lower());
        assertEquals(null, age.getFirst().upper());
        assertEquals("minimumAge: 18 Years", age.getFirst().evidence());
        assertEquals(List.of("FEMALE"), keys(c, CriterionType.SEX, false));
        assertTrue(EXTRACTOR.extract(trial(null, null, "ALL", "")).ofType(CriterionType.SEX).isEmpty());
    }

    @Test
    void ageComesFromTheTextOnlyWhenTheFieldsAreAbsent() {
        // written like the DRKS records' criteria (no age fields in ICTRP exports)
        TrialCriteria c = EXTRACTOR.extract(trial(null, null, null, "Inclusion Criteria:\n- aged 18 to 75 years"));
        TrialCriterion age = c.ofType(CriterionType.AGE).getFirst();
        assertEquals(6574, age.lower());
        assertEquals(27393, age.upper());
        TrialCriterion german = EXTRACTOR.extract(new TrialEligibility("t", List.of(), List.of(), List.of(), null,
                null, null, null, List.of("Einschlusskriterien: Patienten ab 18 Jahren"))).ofType(CriterionType.AGE)
                .getFirst();
        assertEquals(6574, german.lower());
        // NCT00002907, no age fields: "Age: 18 and over" (a PDQ block) is too loose to read
        assertTrue(EXTRACTOR.extract(trial(null, null, null,
                "Inclusion Criteria:\n- Diagnosed at least 5 years ago")).ofType(CriterionType.AGE).isEmpty());
    }

    // ---- ECOG

    @Test
    void ecogRangesAsWritten() {
        assertEcog("Eastern Cooperative Oncology Group (ECOG) performance status of 0 to 1", 0, 1); // NCT05913115
        assertEcog("ECOG 0 or 1;", 0, 1); // NCT06382129
        assertEcog("ECOG (Performance status) 0-1;", 0, 1); // NCT06230445
        assertEcog("Performance status - ECOG 0-1", 0, 1); // NCT00005838
        assertEcog("Performance status: Zubrod 0-2", 0, 2); // NCT00002907
    }

    @Test
    void karnofskyIsConvertedToEcog() {
        assertEcog("Karnofsky performance status of ≥ 70% defined by institutional standards", 0, 2); // NCT05507827
        assertEcog("Karnofsky 60-100%", 0, 2); // NCT00003524
        // NCT00462280: the ECOG grade comes first
        assertEcog("Eastern Cooperative Oncology Group (ECOG) performance status of 1 or better (Karnofsky > 70%)", 0,
                1);
    }

    @Test
    void anEcogExclusionGivesTheAdmittedRange() {
        TrialCriterion ecog = EXTRACTOR.extract(trial(null, null, null,
                "Exclusion Criteria:\n- ECOG performance status ≥ 3")).ofType(CriterionType.ECOG).getFirst();
        assertEquals(0, ecog.lower());
        assertEquals(2, ecog.upper());
        assertFalse(ecog.exclusion());
        // German as DRKS writes it
        TrialCriterion german = EXTRACTOR.extract(new TrialEligibility("t", List.of(), List.of(), List.of(), null,
                null, null, null, List.of("Einschlusskriterien:\n- ECOG-Status ≤ 2"))).ofType(CriterionType.ECOG)
                .getFirst();
        assertEquals(2, german.upper());
    }

    private static void assertEcog(String criterion, int lower, int upper) {
        List<TrialCriterion> ecog = EXTRACTOR.extract(trial(null, null, null, "Inclusion Criteria:\n\n* " + criterion))
                .ofType(CriterionType.ECOG);
        assertEquals(1, ecog.size(), criterion);
        assertEquals(lower, ecog.getFirst().lower(), criterion);
        assertEquals(upper, ecog.getFirst().upper(), criterion);
        assertEquals(criterion, ecog.getFirst().evidence());
    }

    // ---- brain metastases

    @Test
    void symptomaticOrUntreatedBrainMetastasesAreTwoExclusions() {
        // NCT00496366
        TrialCriteria c = exclusion("Symptomatic or untreated brain metastases or carcinomatous meningitis");
        assertEquals(Set.of("SYMPTOMATIC", "UNTREATED"), Set.copyOf(keys(c, CriterionType.BRAIN_METASTASES, true)));
    }

    @Test
    void knownBrainMetastasesAreAnyAndNoInTheInclusionsExcludes() {
        assertEquals(List.of("ANY"), keys(inclusion("No known brain metastases"), // NCT00004257
                CriterionType.BRAIN_METASTASES, true));
        assertEquals(List.of("ACTIVE"), keys(exclusion("Uncontrolled central nervous system metastases"), // NCT05277701
                CriterionType.BRAIN_METASTASES, true));
    }

    @Test
    void treatedStableBrainMetastasesAllowedIsNotAny() {
        // NCT05832827
        TrialCriteria c = exclusion("Has known active CNS metastases and/or carcinomatous meningitis. Participants with "
                + "previously treated brain metastases may participate provided they are radiologically stable, i.e. "
                + "without evidence of progression for at least 4 weeks by repeat imaging");
        List<String> excluded = keys(c, CriterionType.BRAIN_METASTASES, true);
        assertTrue(excluded.contains("ACTIVE"), excluded.toString());
        assertFalse(excluded.contains("ANY"), excluded.toString());
        // NCT00499109: the allowance alone excludes nothing
        assertTrue(inclusion("Patients with stable brain metastases will be allowed to enroll.")
                .ofType(CriterionType.BRAIN_METASTASES).isEmpty());
        // an allowance elsewhere turns "known brain metastases" into what it leaves out (NCT05773092's allowance)
        TrialCriteria both = EXTRACTOR.extract(trial(null, null, null, "Inclusion Criteria:\n\n* Patients with treated "
                + "brain metastases are eligible if follow-up brain imaging after central nervous system (CNS)-directed "
                + "therapy shows no evidence of progression.\n\nExclusion Criteria:\n\n* Known brain metastases"));
        assertFalse(keys(both, CriterionType.BRAIN_METASTASES, true).contains("ANY"));
    }

    @Test
    void germanBrainMetastases() {
        // written after DRKS's style
        TrialCriteria c = EXTRACTOR.extract(new TrialEligibility("t", List.of(), List.of(), List.of(), null, null,
                null, null, List.of("Ausschlusskriterien:\n- Symptomatische Hirnmetastasen")));
        assertEquals(List.of("SYMPTOMATIC"), keys(c, CriterionType.BRAIN_METASTASES, true));
    }

    // ---- prior therapy

    @Test
    void priorTherapyRequiredInTheInclusions() {
        // NCT00462345
        assertEquals(List.of("CLASS:TNF_INHIBITOR"), keys(inclusion("an inadequate response to at least one anti-TNF "
                + "therapy;"), CriterionType.PRIOR_THERAPY, false));
        // constructed from NSCLC records' wording
        assertEquals(List.of("CLASS:EGFR_TKI"), keys(inclusion("Progressed on prior EGFR TKI therapy"),
                CriterionType.PRIOR_THERAPY, false));
    }

    @Test
    void priorTherapyForbiddenInTheExclusions() {
        // NCT06945705
        assertEquals(List.of("CLASS:EGFR_TKI"), keys(exclusion("Patients who have previously received any epidermal "
                + "growth factor receptor tyrosine kinase inhibitor (EGFR-TKI) therapy."), CriterionType.PRIOR_THERAPY,
                true));
        assertEquals(List.of("CLASS:KRAS_G12C_INHIBITOR"), keys(exclusion("Prior treatment with a KRAS G12C "
                + "inhibitor"), CriterionType.PRIOR_THERAPY, true));
        // NCT05651269: "previously untreated with sotorasib" in the inclusions forbids it
        TrialCriteria c = inclusion("Documented KRAS G12C mutation and previously untreated with sotorasib");
        assertEquals(List.of("DRUG:sotorasib"), keys(c, CriterionType.PRIOR_THERAPY, true));
        assertTrue(keys(c, CriterionType.BIOMARKER, false).contains("KRAS:G12C"));
        // NCT04318938
        assertTrue(keys(inclusion("No prior therapy for metastatic ALK+ NSCLC including therapy with ALK inhibitors."),
                CriterionType.PRIOR_THERAPY, true).contains("CLASS:ALK_INHIBITOR"));
    }

    @Test
    void biologicNaiveExcludesBiologicsButNotWhenExposureIsTheAlternative() {
        assertEquals(List.of("CLASS:BIOLOGIC"), keys(inclusion("Biologic-naive patients"),
                CriterionType.PRIOR_THERAPY, true));
        // NCT05819398
        assertTrue(inclusion("Biologic naive or Tumor Necrosis Factor inhibitor (TNFi)-exposed for HS.")
                .ofType(CriterionType.PRIOR_THERAPY).isEmpty());
    }

    @Test
    void washoutsSayNothingAboutPriorTherapy() {
        // NCT00003513
        assertTrue(inclusion("At least 4 weeks since prior immunotherapy").ofType(CriterionType.PRIOR_THERAPY)
                .isEmpty());
    }

    @Test
    void priorLines() {
        assertLines(inclusion("No prior systemic therapy for advanced stage disease."), null, 0); // NCT06062823
        assertLines(inclusion("No prior systemic therapy for metastatic disease"), null, 0); // NCT00003027
        // NCT06576635
        assertLines(inclusion("Patient has received at least 1 prior line of systemic therapy for Stage IV NSCLC "
                + "(including but not limited to targeted therapy and are now only considering SOC chemotherapy for 2L "
                + "and beyond)."), 1, null);
    }

    private static void assertLines(TrialCriteria c, Integer lower, Integer upper) {
        List<TrialCriterion> lines = c.ofType(CriterionType.PRIOR_THERAPY).stream()
                .filter(t -> t.key().equals("LINES")).toList();
        assertEquals(1, lines.size(), c.toString());
        assertEquals(lower, lines.getFirst().lower());
        assertEquals(upper, lines.getFirst().upper());
    }

    // ---- biomarkers

    @Test
    void biomarkersWithNegationAndSection() {
        // NCT06382129
        assertTrue(keys(inclusion("Patients with histologically or cytologically confirmed locally advanced or "
                + "metastatic EGFR wild-type non-small cell lung cancer;"), CriterionType.BIOMARKER, true)
                .contains("EGFR"));
        assertTrue(keys(exclusion("Patients with EGFR L858R mutation, EGFR 19DEL mutation or EGFR T790M positive;"),
                CriterionType.BIOMARKER, true).contains("EGFR:T790M"));
        // NCT05915728: the kidney's eGFR
        assertTrue(exclusion("Participants presenting with severe renal insufficiency, defined as an estimated "
                + "glomerular filtration rate (eGFR) < 30 mL/min/1.73 m^2").ofType(CriterionType.BIOMARKER).isEmpty());
        // NCT00003440's condition
        TrialCriteria her2 = EXTRACTOR.extract(new TrialEligibility("t", List.of("HER2-negative Breast Cancer"),
                List.of(), List.of(), null, null, null, null, List.of()));
        assertTrue(keys(her2, CriterionType.BIOMARKER, true).contains("ERBB2:POSITIVE"));
    }

    @Test
    void eachBiomarkerKeepsItsSentence() {
        TrialCriteria c = inclusion("Documented KRAS G12C mutation and previously untreated with sotorasib");
        TrialCriterion kras = c.ofType(CriterionType.BIOMARKER).stream().filter(t -> t.key().equals("KRAS:G12C"))
                .findFirst().orElseThrow();
        assertEquals("Documented KRAS G12C mutation and previously untreated with sotorasib", kras.evidence());
    }

    // ---- diagnoses

    @Test
    void diagnosesFromConditionsWithTheirBucket() {
        TrialCriteria nsclc = conditions("Non-small Cell Lung Cancer"); // NCT06382129
        List<String> keys = keys(nsclc, CriterionType.DIAGNOSIS, false);
        assertTrue(keys.contains("DOID:3908"), keys.toString());
        assertTrue(keys.contains("BUCKET:SOLID"), keys.toString());
        assertFalse(keys.contains("BUCKET:LIQUID"), keys.toString());

        List<String> aml = keys(conditions("Acute Myeloid Leukemia"), CriterionType.DIAGNOSIS, false); // NCT04714372
        assertTrue(aml.contains("BUCKET:LIQUID"), aml.toString());
        assertFalse(aml.contains("BUCKET:SOLID"), aml.toString());

        List<String> myeloma = keys(conditions("Multiple Myeloma"), CriterionType.DIAGNOSIS, false);
        assertTrue(myeloma.contains("BUCKET:LIQUID"), myeloma.toString());
    }

    @Test
    void advancedSolidTumoursAreTheSolidBucketOnly() {
        List<String> keys = keys(conditions("Advanced Solid Tumors"), CriterionType.DIAGNOSIS, false);
        assertEquals(List.of("BUCKET:SOLID"), keys);
    }

    @Test
    void aDiagnosisStatedInTheInclusions() {
        // NCT06382129
        List<String> keys = keys(inclusion("Patients with histologically or cytologically confirmed locally advanced "
                + "or metastatic EGFR wild-type non-small cell lung cancer;"), CriterionType.DIAGNOSIS, false);
        assertTrue(keys.contains("DOID:3908"), keys.toString());
        // NCT00001683: an inclusion that rules out names no diagnosis of the trial
        assertTrue(inclusion("Patients with a history of unstable or newly diagnosed angina pectoris, recent "
                + "myocardial infarction (within 6 months of enrollment) are not eligible")
                .ofType(CriterionType.DIAGNOSIS).isEmpty());
    }

    @Test
    void readsStoredCriteriaBack() {
        TrialCriteria c = exclusion("Symptomatic or untreated brain metastases or carcinomatous meningitis");
        assertEquals(c, TrialCriteria.decode(c.encode()));
        assertEquals(TrialCriteriaExtractor.VERSION, c.extractorVersion());
    }

    // ---- helpers

    private static TrialEligibility trial(Integer min, Integer max, String sex, String criteria) {
        return new TrialEligibility("A study", List.of(), List.of(), List.of(), min, max, sex, criteria, List.of());
    }

    private static TrialCriteria inclusion(String criterion) {
        return EXTRACTOR.extract(trial(6574, null, "ALL", "Inclusion Criteria:\n\n* " + criterion));
    }

    private static TrialCriteria exclusion(String criterion) {
        return EXTRACTOR.extract(trial(6574, null, "ALL", "Inclusion Criteria:\n\n* Adults\n\nExclusion Criteria:\n\n* "
                + criterion));
    }

    private static TrialCriteria conditions(String... conditions) {
        return EXTRACTOR.extract(new TrialEligibility("A study", List.of(conditions), List.of(), List.of(), null,
                null, null, null, List.of()));
    }

    private static List<String> keys(TrialCriteria c, CriterionType type, boolean exclusion) {
        return c.ofType(type).stream().filter(t -> t.exclusion() == exclusion).map(TrialCriterion::key)
                .collect(Collectors.toList());
    }
}
