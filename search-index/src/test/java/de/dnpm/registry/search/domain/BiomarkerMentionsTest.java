package de.dnpm.registry.search.domain;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Trial texts as ClinicalTrials.gov holds them: every criterion below is copied verbatim (markdown escapes included)
 * from the shared data ({@code ctgov/ctgov-v2-json}, {@code ctgov-xml}); the NCT id says where. Sets are asserted
 * exactly, closed under the key hierarchy as the index stores them: a required variant brings its gene, an excluded
 * gene all its variants. Only the German criteria are written for the test: the shared data holds no German criterion
 * that names a biomarker.
 */
class BiomarkerMentionsTest {

    // every EGFR key below the gene, as "EGFR wild-type" excludes them
    private static final String ALL_EGFR = "EGFR EGFR:EXON19DEL EGFR:EXON20INS EGFR:L858R EGFR:T790M";

    // ---- required in an inclusion criterion ---------------------------------------------------------------------

    @Test
    void anAffirmedMarkerInAnInclusionCriterionIsRequired() {
        assertInclusion("Patients must have histologically or cytologically confirmed EGFR mutant NSCLC.", // NCT05773092
                "EGFR", "");
        assertInclusion("ALK rearrangements identified by a validated technique (either Immunohistochimy (IHC), "
                + "fluorescence in situ hybridization (FISH) or Ribonucleic Acid (RNA)seq, in tissue or liquid "
                + "biopsy)", "ALK ALK:FUSION", ""); // NCT06620835
        assertInclusion("Patients with EGFR L858R mutation, EGFR 19DEL mutation or EGFR T790M positive;", // NCT06382129
                "EGFR EGFR:EXON19DEL EGFR:L858R EGFR:T790M", "");
    }

    @Test
    void aListOfDriversRequiresEachWithItsState() {
        assertInclusion("Histologically proven diagnosis of NSCLC with rare mutations including EGFR rare mutations, "
                        + "ALK fusion, ROS1 fusion, BRAF V600E, cMET exon 14 skipping, KRAS G12C, RET fusion, NTRK "
                        + "fusion, etc.", // NCT05701787
                "ALK ALK:FUSION BRAF BRAF:V600 BRAF:V600E EGFR KRAS KRAS:G12C MET MET:EXON14 NTRK NTRK:FUSION RET "
                        + "RET:FUSION ROS1 ROS1:FUSION", "");
    }

    @Test
    void anExon20InsertionAfterTwoGenesBelongsToBoth() {
        assertInclusion("Phase 2: Documented EGFR or HER2 exon 20 insertion mutations (including duplication "
                        + "mutations) in NSCLC patients", // NCT04402008
                "EGFR EGFR:EXON20INS ERBB2 ERBB2:EXON20INS", "");
    }

    @Test
    void aStateSpelledWithNumbersOrSignsCounts() {
        assertInclusion("HER2 overexpression 3+ by immunohistochemistry (IHC) or fluorescence in situ hybridization "
                + "(FISH)", "ERBB2 ERBB2:POSITIVE", ""); // NCT00006228
        assertInclusion("ER-positive and/or PR-positive by IHC", "HR:POSITIVE", ""); // NCT00499681
        assertInclusion("Patients with advanced unresectable or metastatic MSIhi or MMR deficient (dMMR) solid tumors "
                + "who have progressed after or are intolerant to prior standard therapy.", // NCT05838768
                "MSI:HIGH", "");
        assertInclusion("Philadelphia chromosome- OR BCR/ABL-positive disease by cytogenetics, fluorescence in situ "
                + "hybridization, or polymerase chain reaction", "BCR-ABL", ""); // NCT00006364, a suspended hyphen
    }

    @Test
    void aNegatorBeforeATreatmentNegatesTheTreatmentNotTheMarker() {
        assertInclusion("No prior therapy for metastatic ALK+ NSCLC including therapy with ALK inhibitors. However, "
                        + "1 or 2 cycles of chemotherapy, chemo-immunotherapy or immunotherapy as well as cerebral "
                        + "irradiation before inclusion in the study will be allowed.", // NCT04318938
                "ALK ALK:FUSION", "");
    }

    // ---- PD-L1 levels --------------------------------------------------------------------------------------------

    @Test
    void pdL1LevelsNameExpressionHighOrNegative() {
        assertInclusion("Tumor tissue that demonstrates PD-L1 expression in ≥1% of tumor cells (TPS ≥1%) as assessed "
                + "by IHC 22C3 pharmDx.", "PDL1", ""); // NCT05078931
        assertInclusion("Biopsy tissue or pathological sections can be obtained, and tumor PD-L1 expression is positive "
                + "(defined as ≥ 1% of TPS);", "PDL1", ""); // NCT06097962
        assertInclusion("The most recent tumor tissue sample prior to the first dose of the study drug demonstrated "
                + "PD-L1 TPS \\<1% 9. appropriate organ function", "", "PDL1 PDL1:HIGH"); // NCT07134413
        assertInclusion("PD-L1 negative；", "", "PDL1 PDL1:HIGH"); // NCT06496009, full-width semicolon
    }

    // ---- negated in an inclusion criterion: excluded -------------------------------------------------------------

    @Test
    void wildTypeAndNegativeExcludeTheMarkerAndEverythingBelowIt() {
        assertInclusion("Wild-type EGFR/ALK;", "", "ALK ALK:FUSION " + ALL_EGFR); // NCT06496009
        assertInclusion("Patients with histologically or cytologically confirmed locally advanced or metastatic EGFR "
                + "wild-type non-small cell lung cancer;", "", ALL_EGFR); // NCT06382129
        assertInclusion("Epidermal growth factor receptor (EGFR) gene mutation negative, ROS oncogene 1 (ROS1) negative, "
                        + "and anaplastic lymphoma kinase (ALK) negative, stage III or IV non-small cell lung cancer "
                        + "that cannot be operated on or treated with radiotherapy, locally advanced or relapsed or "
                        + "metastatic non-small cell lung cancer;", // NCT06097962
                "", "ALK ALK:FUSION ROS1 ROS1:FUSION " + ALL_EGFR);
        assertInclusion("Patients must have metastatic colorectal cancer that has been histologically or cytologically "
                + "confirmed; confirmation may be from either the primary tumor or a metastasis; patients must have "
                + "wild type KRAS", "", "KRAS KRAS:G12C KRAS:G12D"); // NCT00499369
    }

    @Test
    void hormoneReceptorAndHer2NegativeExcludeThePositiveKeys() {
        assertInclusion("HER2/neu-negative tumor by IHC", "", "ERBB2:POSITIVE"); // NCT00499083
        assertInclusion("Estrogen Receptor negative, Progesterone Receptor negative and HER-2 negative disease (IHC 0 or "
                + "1+ and/or FISH negative)", "", "ERBB2:POSITIVE HR:POSITIVE"); // NCT00491816
        assertInclusion("Has HER2 nonamplified disease, confirmed by FISH", "", "ERBB2:POSITIVE"); // NCT00493870
    }

    @Test
    void aNegatorReachesEveryMarkerOfItsList() {
        assertInclusion("No evidence of concomitant drivers including KRAS mutations, HER2 mutations, ALK or ROS1 "
                        + "rearrangements, MET mutations, BRAF mutations;", // NCT04811001
                "", "ALK:FUSION BRAF BRAF:V600 BRAF:V600E ERBB2 ERBB2:EXON20INS ERBB2:LOW ERBB2:POSITIVE KRAS "
                        + "KRAS:G12C KRAS:G12D MET MET:AMP MET:EXON14 ROS1:FUSION");
        assertInclusion("Patients must not have EGFR sensitizing mutations, EGFR T790M mutation, ALK gene fusion, and "
                        + "ROS 1 gene rearrangement, and BRAF V600E mutation.", // NCT05816499
                "", "ALK:FUSION BRAF:V600E ROS1:FUSION " + ALL_EGFR);
        assertInclusion("Participants with nonsquamous tumors were required to have available genetic testing to "
                        + "confirm without EGFR, ALK, or ROS1 driver mutations;", // NCT06480136
                "", "ALK ALK:FUSION ROS1 ROS1:FUSION " + ALL_EGFR);
    }

    @Test
    void aNegativeLaterInTheClauseNegatesThePhrase() {
        assertInclusion("Provide detectable specimens (tissue or cancerous pleural effusion) for genotype testing "
                        + "before enrollment, and patients whose EGFR, ALK and ROS1 gene test results are all "
                        + "negative;", // NCT04691388
                "", "ALK ALK:FUSION ROS1 ROS1:FUSION " + ALL_EGFR);
    }

    @Test
    void otherThanExcludesTheVariantButRequiresTheGene() {
        assertInclusion("Histologically confirmed NSCLC with an associated G12A, G12D, G12F, G12R, G12S, G12V, or G13D "
                        + "KRAS mutation, or, any pathogenic KRAS mutation other than G12C, as determined by a "
                        + "Sponsor-approved laboratory", // NCT05651269
                "KRAS KRAS:G12D", "KRAS:G12C");
    }

    @Test
    void requiredVariantsWithOtherVariantsOfTheGeneExcluded() {
        assertInclusion("Pathological diagnosis of adenocarcinoma of the lung carrying common EGFR activating mutations "
                        + "associated with EGFR-TKI sensitivity (Del19 or L858R); performed locally; no other EGFR "
                        + "mutations will be allowed. In case of other (than EGFR) concomitant mutations, discussion "
                        + "with EORTC Headquarters is mandatory;", // NCT02856893
                "EGFR EGFR:EXON19DEL EGFR:L858R", "EGFR:EXON20INS EGFR:T790M");
        assertInclusion("Confirmed uncommon EGFR mutations (e.g. G719X, S768I, L861Q, G719X + S768I, G719X + L861Q, "
                        + "L861Q + S768I, L747S, S720A, E709A, exon 18 deletion) without common EGFR mutations "
                        + "including exon 19 deletion, L858R, exon 20 insertion, or T790M. (The result from both "
                        + "cell-free DNA or tissue-based DNA is allowed.)", // NCT05277701
                "EGFR", "EGFR:EXON19DEL EGFR:EXON20INS EGFR:L858R EGFR:T790M");
    }

    @Test
    void whatIsOnlyAllowedIsNeitherRequiredNorExcluded() {
        assertInclusion("Documented EGFR mutations known to be associated with EGFR-TKI sensitivity, including Ex19del "
                        + "or L858R. Except for EGFR-TKI sensitive mutation, coexisting with other EGFR mutation types "
                        + "such as T790M can be allowed.", // NCT05994131
                "EGFR EGFR:EXON19DEL EGFR:L858R", "");
        assertInclusion("T1-3N1-3M0 if ER positive or negative", "", ""); // NCT00493870
    }

    // ---- exclusion criteria --------------------------------------------------------------------------------------

    @Test
    void anAffirmedMarkerInAnExclusionCriterionIsExcluded() {
        assertExclusion("Documented KRAS G12C mutation and previously untreated with sotorasib", // NCT05651269
                "", "KRAS:G12C");
        assertExclusion("Participants with known EGFR mutations or ALK translocations (non-squamous NSCLC subjects "
                + "must have confirmed EGFR/ALK mutation status);", "", "ALK:FUSION " + ALL_EGFR); // NCT07050056
        assertExclusion("Genetic tests suggesting ALK fusion, ROS1 fusion, BRAF mutation, ERBB2 (HER2) "
                        + "amplification/mutation, RET rearrangement, MET amplification/MET14 exon jumping mutation "
                        + "and NTRK fusion positivity.", // NCT06332300
                "", "ALK:FUSION BRAF BRAF:V600 BRAF:V600E ERBB2 ERBB2:EXON20INS ERBB2:LOW ERBB2:POSITIVE MET:AMP "
                        + "MET:EXON14 NTRK:FUSION RET:FUSION ROS1:FUSION");
    }

    @Test
    void aNegatedMarkerInAnExclusionCriterionIsRequired() {
        assertExclusion("NSCLC without known ALK rearrangements", "ALK ALK:FUSION", ""); // NCT06620835
        assertExclusion("EGFR sensitive mutations were negative or EGFR mutation status was not detected.", // NCT06604689
                "EGFR", "");
    }

    @Test
    void aTherapyForAMarkerInAnExclusionCriterionExcludesTheTherapyOnly() {
        assertExclusion("Previously treated by other third-generation epidermal growth factor receptor tyrosine kinase "
                + "inhibitor(EGFR-TKI) for T790M (for example Osimertinib).", "", ""); // NCT04204473
    }

    @Test
    void aCriterionThatSaysNotEligibleExcludesWhereverItStands() {
        assertInclusion("All patients who are Her-2/neu negative will be ineligible for the study.", // NCT00496808
                "ERBB2 ERBB2:POSITIVE", "");
    }

    // ---- no biomarker at all -------------------------------------------------------------------------------------

    @Test
    void drugTargetsAreNoMarkers() {
        assertInclusion("Patients receiving first-line immunotherapy (such as PD-1/PD-L1 inhibitors).", "", ""); // NCT06496009
        assertExclusion("Previous treatment with HER2 targeted antibody or tyrosine kinase inhibitor including "
                + "afatinib.", "", ""); // NCT02369484
        assertExclusion("Previous treatment with sotorasib or any experimental anti-KRAS targeted agent, and/or "
                + "previous treatment with gemcitabine", "", ""); // NCT05651269
        assertExclusion("Prior therapy with an anti-PD-1, anti-PD-L1 (except during durvalumab consolidation), "
                + "anti-PD-L2, anti-CD137, or anti-Cytotoxic T-lymphocyte-associated antigen-4 (CTLA-4) antibody "
                + "(including ipilimumab or any other antibody or drug specifically targeting T-cell co-stimulation "
                + "or checkpoint pathways)", "", ""); // NCT03955198
        assertExclusion("Have received drugs targeting the HGF and/or MET pathways prior to study administration.", // NCT05821933
                "", "");
        assertExclusion("Previously received medications targeting MerTK and/or FLT3", "", ""); // NCT04946890
        assertExclusion("Patients who had previously been treated with ALK-TKI, but who had previously only been "
                + "treated with ALK-TKI as neoadjuvant and/or adjunctive treatment could be enrolled.", "", ""); // NCT06644495
    }

    @Test
    void testsAndStatusAreNoResults() {
        assertInclusion("Availability of a representative tumor specimen that is suitable for BOTH determination of "
                + "PD-L1 status via local testing and, independently, other required correlative study biomarkers. "
                + "Tissue submission should include:", "", ""); // NCT05798663
        assertInclusion("All patients (Arm A, B and C) will have available archival tumor tissue obtained prior to "
                + "study treatment initiation (in addition to newly obtained tumor biopsy at screening for Arm A), to "
                + "allow retrospective MSIhi/dMMR status confirmation.", "", ""); // NCT05838768
    }

    @Test
    void theKidneyValueIsNeverTheGene() {
        assertInclusion("Adequate renal function as evidenced by an estimated glomerular filtration rate (eGFR) ≥ 60 "
                + "mL/min/1.73 m2 of body surface area.", "", ""); // NCT05651269
        assertExclusion("Clinically significant kidney disease (eGFR \\< 60 ml/min / 1.73 m² or to creatinine \\> 1.5 x "
                + "ULN)", "", ""); // NCT04066023
        assertExclusion("Participants presenting with severe renal insufficiency, defined as an estimated glomerular "
                + "filtration rate (eGFR) \\< 30 mL/min/1.73 m\\^2, derived from a serum creatinine sample obtained "
                + "within 48 hours prior to the first contrast agent injection in the study", "", ""); // NCT05915728
        // written for the test: the capital spelling with the kidney's units
        assertInclusion("EGFR ≥ 60 mL/min", "", "");
    }

    @Test
    void ordinaryWordsAndOtherAbbreviationsAreNoMarkers() {
        assertInclusion("A participant will be eligible for entry into the study if all of the following criteria "
                + "are met:", "", ""); // NCT05838625
        assertExclusion("AST, ALT and Alkaline phosphatase ≤ 2.5 ⋅ ULN", "", ""); // NCT05798663
        assertExclusion("AML, BPDCN, or HR-MDS participants with prior treatment with cellular therapy, eg, chimeric "
                + "antigen receptor T cell (CAR-T) or chimeric antigen receptor NK cell (CAR-NK). Prior CAR-T "
                + "therapy is allowed for participants with B-ALL.", "", ""); // NCT05086315
        assertInclusion("b) Early relapse (ER) AML, defined as AML in relapse with CR duration \\< 6 months on prior "
                + "induction treatment", "", ""); // NCT05086315
        assertInclusion("Patients who showed complete (CR) or partial response (PR) ≥ 4 months, or", "", ""); // NCT04007835
        assertExclusion("Any clinically important abnormalities in rhythm, conduction conduction or morphology of "
                + "resting ECG eg complete left bundle branch block, third degree heart block, second degree heart "
                + "block, PR interval \\> 250 msec", "", ""); // NCT05277701
        // MET, KIT, SET, CAT in capitals but not as markers (written for the test)
        assertInclusion("Activity of at least 3 MET hours per week; CAT scan of the chest; SET domain", "", "");
    }

    @Test
    void metCountsOnlyWithAStateWordOrBesideOtherMarkers() {
        assertInclusion("Must provide a tumor tissue sample that meets the central laboratory's testing requirements "
                + "and has MET (IHC) expression of 1+, 2+, or 3+ as determined by the central laboratory.", // NCT05821933
                "MET", "");
        assertInclusion("Genetic testing confirmed the presence of C-MET amplification, HER-2 amplification and KRAS "
                        + "mutations, and other genetic mutations that clearly confirm resistance to EGFR-TKI.", // NCT06001671
                "ERBB2 ERBB2:POSITIVE KRAS MET MET:AMP", "");
    }

    // ---- sections ------------------------------------------------------------------------------------------------

    @Test
    void theSameMarkerCountsByItsSection() {
        String criteria = """
                Inclusion Criteria:

                * Histologically confirmed NSCLC with an associated G12A, G12D, G12F, G12R, G12S, G12V, or G13D KRAS \
                mutation, or, any pathogenic KRAS mutation other than G12C, as determined by a Sponsor-approved \
                laboratory
                * Adequate renal function as evidenced by an estimated glomerular filtration rate (eGFR) ≥ 60 \
                mL/min/1.73 m2 of body surface area.

                Exclusion Criteria:

                * Previous treatment with sotorasib or any experimental anti-KRAS targeted agent, and/or previous \
                treatment with gemcitabine
                * Documented KRAS G12C mutation and previously untreated with sotorasib
                """; // NCT05651269, shortened to these four criteria
        assertMentions(BiomarkerMentions.inEligibility(criteria), "KRAS KRAS:G12D", "KRAS:G12C");
    }

    @Test
    void aRequiredKeyWinsOverTheSameKeyExcludedElsewhere() {
        String criteria = """
                Inclusion Criteria:
                * Confirmed with Exon 19 deletion or L858R EGFR mutation
                Exclusion Criteria:
                * Patient identified with T790M mutation
                * Patients with EGFR mutation previously treated with osimertinib or other third-generation EGFR \
                inhibitor drugs (eg, ivelitinib, emetinib, and eflotinib) ;
                """; // NCT02795884 and NCT06001671
        // the excluded "EGFR mutation" excludes the EGFR keys the trial does not require
        assertMentions(BiomarkerMentions.inEligibility(criteria), "EGFR EGFR:EXON19DEL EGFR:L858R",
                "EGFR:EXON20INS EGFR:T790M");
    }

    // ---- titles and conditions -----------------------------------------------------------------------------------

    @Test
    void titlesAndConditionsRequireWhatTheyNameAffirmatively() {
        assertText("Osimertinib Treatment on EGFR T790M Plasma Positive NSCLC Patients (APPLE)", "EGFR EGFR:T790M", ""); // NCT02856893
        assertText("Tipifarnib and Osimertinib in EGFR-mutated Non-Small Cell Lung Cancer", "EGFR", ""); // NCT05693090
        assertText("Advancing Brigatinib Properties in ALK+ NSCLC Patients by Deep Phenotyping", "ALK ALK:FUSION", ""); // NCT04318938
        assertText("HER2-positive Breast Cancer", "ERBB2 ERBB2:POSITIVE", ""); // NCT00003440
        assertText("ph+ Acute Lymphoblastic Leukemia", "BCR-ABL", ""); // NCT04747912
        assertText("FLT3-ITD", "FLT3 FLT3:ITD", ""); // NCT05918692
    }

    @Test
    void titlesAndConditionsExcludeWhatTheyNegate() {
        assertText("A Study Comparing BL-B01D1 With Docetaxel in Patients With Unresectable Locally Advanced or "
                + "Metastatic EGFR Wild-type Non-small Cell Lung Cancer(PANKU-Lung02)", "", ALL_EGFR); // NCT06382129
        assertText("The Clinical Characteristics and Efficacy of Immunotherapy in First-line PD-L1-negative Advanced "
                + "NSCLC Patients", "", "PDL1 PDL1:HIGH"); // NCT06496009
        assertText("Triple Negative Breast Cancer", "", "ERBB2:POSITIVE HR:POSITIVE"); // NCT02576665
        assertText("Enasidenib in MDS &Non-proliferative Chronic Myelomonocytic Leukemia w/o IDH2 Mutation", "", "IDH2"); // NCT05282459
        assertText("Toripalimab Therapy After Resection in High-risk Stage IA2-IB NSCLC With no Driver Alterations "
                + "(EGFR or ALK)", "", "ALK ALK:FUSION " + ALL_EGFR); // NCT06221670
    }

    @Test
    void titlesAboutDrugsOrTestsNameNoMarker() {
        assertText("AI-guided Prognostication and Cranial Radiotherapy Optimization in EGFR-TKI-treated Non-small Cell "
                + "Lung Cancer Patients With Baseline Brain Metastases", "", ""); // NCT06604689
        assertText("Antitumor Activity and Safety of BEBT-109, a Novel EGFR Inhibitor, in Previously Treated NSCLC", "",
                ""); // NCT06001671
        assertText("A Study of PM8002 (Anti-PD-L1/VEGF) in Combination With Chemotherapy in Patients With NSCLC", "",
                ""); // NCT05756972
        assertText("A Retrospective Molecular Epidemiology Study in Singapore Patients With Advanced Non Small Cell Lung "
                + "Cancer (NSCLC) of Adenocarcinoma Histology to Assess Epidermal Growth Factor Receptor (EGFR) "
                + "Mutation Status", "", ""); // NCT01100827
        assertText("Continuous Positive Airway Pressure as a Potential New Treatment for Cluster Headache", "", ""); // NCT03397563
    }

    // ---- German (written for the test in the style of DRKS criteria) ---------------------------------------------

    @Test
    void germanCriteriaAndSections() {
        assertMentions(BiomarkerMentions.inEligibility("""
                Einschlusskriterien:
                - Histologisch gesichertes NSCLC im Stadium IV
                - Nachweis einer aktivierenden EGFR-Mutation (Exon-19-Deletion oder L858R)
                Ausschlusskriterien:
                - Nachweis einer EGFR-T790M-Mutation
                - Vorbehandlung mit einem EGFR-TKI
                """), "EGFR EGFR:EXON19DEL EGFR:L858R", "EGFR:T790M");
        assertMentions(BiomarkerMentions.inEligibility("""
                Einschlusskriterien:
                - Metastasiertes Mammakarzinom, HER2-negativ und Hormonrezeptor-positiv
                - Keine Vorbehandlung mit CDK4/6-Inhibitoren
                """), "HR:POSITIVE", "ERBB2:POSITIVE");
        assertMentions(BiomarkerMentions.inEligibility("""
                Einschlusskriterien:
                - Kolorektales Karzinom mit RAS-Wildtyp (KRAS und NRAS)
                - Nierenfunktion: eGFR ≥ 45 ml/min
                Ausschlusskriterien:
                - BRAF-V600E-Mutation
                - Patienten ohne nachgewiesene Mikrosatelliteninstabilität (MSI-H)
                """), "MSI:HIGH", "BRAF:V600E KRAS KRAS:G12C KRAS:G12D NRAS");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static void assertInclusion(String criterion, String required, String excluded) {
        assertMentions(BiomarkerMentions.inEligibility("Inclusion Criteria:\n\n* " + criterion), required, excluded,
                criterion);
    }

    private static void assertExclusion(String criterion, String required, String excluded) {
        assertMentions(BiomarkerMentions.inEligibility("Exclusion Criteria:\n\n* " + criterion), required, excluded,
                criterion);
    }

    private static void assertText(String text, String required, String excluded) {
        assertMentions(BiomarkerMentions.inText(text), required, excluded, text);
    }

    static void assertMentions(BiomarkerMentions found, String required, String excluded) {
        assertMentions(found, required, excluded, "");
    }

    static void assertMentions(BiomarkerMentions found, String required, String excluded, String text) {
        assertEquals(keys(required), found.requiredKeys(), () -> "required by: " + text);
        assertEquals(keys(excluded), found.excludedKeys(), () -> "excluded by: " + text);
    }

    private static List<String> keys(String spaceSeparated) {
        return spaceSeparated.isBlank() ? List.of()
                : Arrays.stream(spaceSeparated.strip().split("\\s+")).sorted().toList();
    }
}
