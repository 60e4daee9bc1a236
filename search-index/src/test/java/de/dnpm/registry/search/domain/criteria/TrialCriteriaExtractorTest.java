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
        // NCT00001287, NCT00001278, NCT00001144 (the donor's age is not the patient's)
        assertEquals(6574, textAge("No subjects below 18 years of age.").lower());
        assertEquals(6575, textAge("Age greater than 18 years.").lower());
        assertTrue(EXTRACTOR.extract(trial(null, null, null, "Inclusion Criteria:\n- HLA identical or single "
                + "HLA-locus mismatched family donor, up to 80 years old.")).ofType(CriterionType.AGE).isEmpty());
        // EUCTR2005-004024-39-ES (ICTRP): EudraCT's table of age groups is no limit
        assertTrue(EXTRACTOR.extract(trial(null, null, null, "Inclusion Criteria:\n- F.1.2 Adults (18-64 years) yes "
                + "F.1.2.1 Number of subjects for this age range F.1.3 Elderly (>=65 years) no F.1.3.1 Number of "
                + "subjects for this age range")).ofType(CriterionType.AGE).isEmpty());
        // exclusion "age > 75 years" admits up to 75
        assertEquals(27393, EXTRACTOR.extract(trial(null, null, null, "Exclusion Criteria:\n- Age > 75 years"))
                .ofType(CriterionType.AGE).getFirst().upper());
        assertTrue(EXTRACTOR.extract(trial(null, null, null,
                "Inclusion Criteria:\n- Diagnosed at least 5 years ago")).ofType(CriterionType.AGE).isEmpty());
    }

    private static TrialCriterion textAge(String criterion) {
        return EXTRACTOR.extract(trial(null, null, null, "Inclusion Criteria:\n- " + criterion))
                .ofType(CriterionType.AGE).getFirst();
    }

    // ---- ECOG

    @Test
    void ecogRangesAsWritten() {
        assertEcog("Eastern Cooperative Oncology Group (ECOG) performance status of 0 to 1", 0, 1); // NCT05913115
        assertEcog("ECOG 0 or 1;", 0, 1); // NCT06382129
        assertEcog("ECOG (Performance status) 0-1;", 0, 1); // NCT06230445
        assertEcog("Performance status - ECOG 0-1", 0, 1); // NCT00005838
        assertEcog("Performance status: Zubrod 0-2", 0, 2); // NCT00002907
        assertEcog("ECOG performance status of 0, 1, or 2.", 0, 2); // NCT00001938
        // NCT00001835
        assertEcog("Patients must have an ECOG performance status less than or equal to 2 (Karnofsky greater than or "
                + "equal to 60 percent) and a life expectancy of at least 3 months.", 0, 2);
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
    void brainMetastasesNarrowedInWaysTheKeysDoNotNameGiveNothing() {
        // NCT00001880
        assertTrue(exclusion("CNS metastatic disease associated with intracranial bleeding, uncontrolled seizure "
                + "disorder or significant intracranial mass effect.").ofType(CriterionType.BRAIN_METASTASES).isEmpty());
        // NCT00002773 (PDQ block, in the inclusions): refractory ones are active ones
        assertEquals(List.of("ACTIVE"), keys(inclusion("No brain metastases refractory to irradiation or surgery"),
                CriterionType.BRAIN_METASTASES, true));
    }

    @Test
    void brainMetastasesRequiredOnlyWhenAskedFor() {
        // NCT00460395
        assertFalse(keys(inclusion("Newly diagnosed single brain metastases as determined by MRI;"),
                CriterionType.BRAIN_METASTASES, false).isEmpty());
        // NCT00003612, NCT00002546, NCT00003851
        assertTrue(inclusion("Brain metastasis must not represent sole site of disease")
                .ofType(CriterionType.BRAIN_METASTASES).isEmpty());
        assertTrue(inclusion("Radiographic or pathologic evidence of bone or brain metastasis")
                .ofType(CriterionType.BRAIN_METASTASES).isEmpty());
        assertTrue(inclusion("Steroids for antiemesis, documented CNS metastases, adrenal failure, or septic shock")
                .ofType(CriterionType.BRAIN_METASTASES).isEmpty());
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
        // NCT00001333
        assertTrue(inclusion("Recovery from toxic effects of prior chemotherapy required.")
                .ofType(CriterionType.PRIOR_THERAPY).isEmpty());
        // NCT05798663: "prior to" is no prior therapy
        assertTrue(inclusion("Women who would like to become pregnant after study treatment discontinuation should "
                + "seek advice on oocyte cryopreservation prior to initiation of study treatment because of the "
                + "possibility of irreversible infertility due to treatment with carboplatin")
                .ofType(CriterionType.PRIOR_THERAPY).isEmpty());
    }

    @Test
    void quantitiesAndQualifiedChemotherapyAreNotBans() {
        // NCT00003288
        TrialCriteria c = inclusion("Stratum 2: No more than 2 prior chemotherapy regimens");
        assertFalse(keys(c, CriterionType.PRIOR_THERAPY, true).contains("CLASS:CHEMOTHERAPY"));
        assertLines(c, null, 2);
        // NCT00001427
        assertTrue(inclusion("No prior camptothecin analogue-based chemotherapy.").ofType(CriterionType.PRIOR_THERAPY)
                .isEmpty());
        // NCT00001261: examples of a requirement are not each required, "without benefit" negates nothing
        assertTrue(inclusion("have been treated with one immunosuppressive drug (such as azathioprine, Methotrexate, "
                + "Cyclophosphamide, Cyclosporine) but without benefit or with unacceptable side effects.")
                .ofType(CriterionType.PRIOR_THERAPY).isEmpty());
        // NCT00001382, NCT00006825, NCT00003694, NCT00001271
        assertTrue(inclusion("No more than 1 prior chemotherapy regimen.").ofType(CriterionType.PRIOR_THERAPY).stream()
                .noneMatch(t -> t.key().startsWith("CLASS:")));
        assertTrue(inclusion("No prior doxorubicin greater than 240 mg/m2").ofType(CriterionType.PRIOR_THERAPY)
                .isEmpty());
        assertTrue(inclusion("No more than eight weeks of prior hydroxyurea therapy")
                .ofType(CriterionType.PRIOR_THERAPY).isEmpty());
        assertTrue(inclusion("If prior treatment with doxorubicin, the radionuclide or echocardiogram ejection "
                + "fraction shall be at least 35 percent.").ofType(CriterionType.PRIOR_THERAPY).isEmpty());
        // EUCTR2006-002455-33-NL (ICTRP), an exclusion: one type is allowed
        assertTrue(exclusion("More than one previous type of immunotherapy").ofType(CriterionType.PRIOR_THERAPY)
                .isEmpty());
        // NCT00006812
        assertEquals(List.of("DRUG:capecitabine", "DRUG:fluorouracil"), keys(inclusion("No prior capecitabine or "
                + "fluorouracil"), CriterionType.PRIOR_THERAPY, true));
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
    void markersOfInflammatoryDisease() {
        // NCT00461448
        assertEquals(List.of("RF"), keys(inclusion("Positive for rheumatoid factor (RF)"), CriterionType.BIOMARKER,
                false));
        // written after rheumatology and spondyloarthritis trials' wording
        assertEquals(List.of("ANTI-CCP"), keys(inclusion("Positive anti-CCP antibodies at screening"),
                CriterionType.BIOMARKER, false));
        assertEquals(List.of("HLA-B27"), keys(inclusion("HLA-B27 positive"), CriterionType.BIOMARKER, false));
        assertEquals(List.of("CLASS:JAK_INHIBITOR"), keys(exclusion("Prior treatment with a JAK inhibitor"),
                CriterionType.PRIOR_THERAPY, true));
        assertEquals(List.of("CLASS:TNF_INHIBITOR"), keys(exclusion("Vorbehandlung mit einem TNF-Inhibitor"),
                CriterionType.PRIOR_THERAPY, true));
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
    void invertedMeshTerms() {
        // NCT00005783's condition term
        TrialCriteria c = EXTRACTOR.extract(new TrialEligibility("A study", List.of(), List.of("Anemia, Sickle Cell"),
                List.of(), null, null, null, null, List.of()));
        List<String> keys = keys(c, CriterionType.DIAGNOSIS, false);
        assertEquals(1, keys.size(), keys.toString());
        assertFalse(keys.contains("DOID:2355"), keys.toString()); // anemia alone
        TrialCriteria aml = EXTRACTOR.extract(new TrialEligibility("A study", List.of(),
                List.of("Leukemia, Myeloid, Acute"), List.of(), null, null, null, null, List.of()));
        assertTrue(keys(aml, CriterionType.DIAGNOSIS, false).contains("DOID:9119"), aml.toString());
    }

    @Test
    void anIcd10CodeLeadingACondition() {
        // as DRKS and ICTRP give conditions
        List<String> keys = keys(conditions("C34.9 Bösartige Neubildung: Bronchus oder Lunge, nicht näher bezeichnet"),
                CriterionType.DIAGNOSIS, false);
        assertTrue(keys.contains("BUCKET:SOLID"), keys.toString());
        assertTrue(keys.size() >= 2, keys.toString());
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
    void anOrganNamedAfterTheTumourType() {
        // NCT00005820
        List<String> keys = keys(inclusion("Histologically confirmed adenocarcinoma of the prostate with clinically "
                + "progressive stage IVA or IVB disease"), CriterionType.DIAGNOSIS, false);
        assertTrue(keys.contains("DOID:2526"), keys.toString());
        assertFalse(keys.contains("DOID:299"), keys.toString());
        // NCT00492440
        assertTrue(inclusion("No documented cirrhosis or documented acute hepatitis").ofType(CriterionType.DIAGNOSIS)
                .isEmpty());
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
