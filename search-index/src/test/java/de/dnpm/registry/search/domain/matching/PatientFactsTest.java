package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary.Row;
import de.dnpm.registry.search.domain.matching.PatientProfile.Biomarker;
import de.dnpm.registry.search.domain.matching.PatientProfile.Diagnosis;
import de.dnpm.registry.search.domain.matching.PatientProfile.PriorTherapy;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a board's profile (synthetic values, German and English) is read into the vocabularies' keys. */
class PatientFactsTest {

    private static ConceptDictionary concepts;
    private static final TherapyVocabulary THERAPIES = new TherapyVocabulary(List.of(
            new Row("osimertinib", List.of("EGFR_TKI", "TKI"), List.of("Tagrisso")),
            new Row("carboplatin", List.of("PLATINUM", "CHEMOTHERAPY"), List.of()),
            new Row("pemetrexed", List.of("ANTIFOLATE", "CHEMOTHERAPY"), List.of("Alimta")),
            new Row("FOLFOX", List.of("PLATINUM", "FLUOROPYRIMIDINE", "CHEMOTHERAPY"), List.of())));

    @BeforeAll
    static void load() {
        concepts = ConceptDictionaryLoader.shared();
    }

    private static PatientFacts read(Diagnosis diagnosis, List<Biomarker> biomarkers, List<PriorTherapy> therapies) {
        return PatientFacts.read(new PatientProfile("c", 60, "male", diagnosis, null, 1, biomarkers, therapies, null,
                List.of(), null, null, null), concepts, BiomarkerVocabulary.standard(), THERAPIES);
    }

    private static PatientFacts markers(Biomarker... biomarkers) {
        return read(null, List.of(biomarkers), List.of());
    }

    private static Biomarker gene(String gene, String alteration) {
        return new Biomarker(gene, alteration, null, null);
    }

    private static Biomarker marker(String marker, String value) {
        return new Biomarker(null, null, marker, value);
    }

    @Test
    void oncoTreeCodeGivesTheTypeItsAncestorsAndTheSolidBucket() {
        PatientFacts luad = read(new Diagnosis("Adenokarzinom der Lunge", "LUAD", null), List.of(), List.of());
        assertTrue(luad.diagnosisKeys().containsAll(Set.of("DOID:3910", "DOID:3908", "DOID:1324", "DOID:162",
                PatientFacts.SOLID)), luad.diagnosisKeys().toString());
        assertFalse(luad.diagnosisKeys().contains(PatientFacts.LIQUID));
    }

    @Test
    void germanAndEnglishDiagnosisTextsMeanTheSameConcept() {
        PatientFacts german = read(new Diagnosis("nicht-kleinzelliges Lungenkarzinom", null, null), List.of(),
                List.of());
        PatientFacts english = read(new Diagnosis("non-small cell lung cancer", null, null), List.of(), List.of());
        assertTrue(german.diagnosisConcepts().contains("DOID:3908"), german.diagnosisConcepts().toString());
        assertEquals(german.diagnosisKeys(), english.diagnosisKeys());
        assertTrue(german.diagnosisDescendants().contains("DOID:3910"), "adenocarcinoma is more specific");
    }

    @Test
    void textRefinesACodeButAddsNoOtherDisease() {
        PatientFacts english = read(new Diagnosis("lung adenocarcinoma", null, "C34.1"), List.of(), List.of());
        assertEquals(Set.of("DOID:3910"), english.diagnosisConcepts(), "the code's lung cancer gives way to the text's");
        assertTrue(english.diagnosisKeys().contains("DOID:1324"));
        PatientFacts coded = read(new Diagnosis("NSCLC mit Hirnmetastasen und Diabetes mellitus", "NSCLC", null),
                List.of(), List.of());
        assertEquals(Set.of("DOID:3908"), coded.diagnosisConcepts(), "diabetes is no refinement of NSCLC");
    }

    @Test
    void haematologicalCancersAreLiquidAndInflammationHasNoBucket() {
        assertEquals(PatientFacts.LIQUID, read(new Diagnosis(null, null, "C90.0"), List.of(), List.of()).bucket());
        assertEquals(PatientFacts.LIQUID, read(new Diagnosis("acute myeloid leukemia", null, null), List.of(),
                List.of()).bucket());
        assertNull(read(new Diagnosis("Colitis ulcerosa", null, "K51.0"), List.of(), List.of()).bucket());
        assertNull(read(new Diagnosis("xyzzy", null, null), List.of(), List.of()).bucket(), "unknown: no bucket");
    }

    @Test
    void variantsImplyTheirGeneGermanAndEnglishAlike() {
        for (String written : List.of("Exon-19-Deletion", "exon 19 deletion", "Deletion in Exon 19")) {
            PatientFacts facts = markers(gene("EGFR", written));
            assertEquals(Set.of("EGFR", "EGFR:EXON19DEL"), facts.biomarkerKeys(), written);
        }
        assertEquals(Set.of("BRAF", "BRAF:V600", "BRAF:V600E"), markers(gene("BRAF", "V600E")).biomarkerKeys());
        assertEquals(Set.of("MET", "MET:AMP"), markers(gene("MET", "Amplifikation")).biomarkerKeys());
        assertEquals(Set.of("MET", "MET:AMP"), markers(gene("MET", "amplification")).biomarkerKeys());
        assertEquals(Set.of("ERBB2", "ERBB2:POSITIVE"), markers(marker("HER2", "IHC 3+")).biomarkerKeys());
    }

    @Test
    void aNegativeGeneIsAbsentWithEveryDetailOfIt() {
        for (String written : List.of("negativ", "negative", "Wildtyp", "nicht nachgewiesen")) {
            PatientFacts facts = markers(gene("ALK", written));
            assertTrue(facts.absentBiomarkerKeys().containsAll(Set.of("ALK", "ALK:FUSION")), written);
            assertTrue(facts.biomarkerKeys().isEmpty(), written);
        }
        PatientFacts her2 = markers(marker("HER2", "negativ"));
        assertEquals(Set.of("ERBB2:POSITIVE"), her2.absentBiomarkerKeys(), "HER2-negative may still be HER2-low");
    }

    @Test
    void measuredValuesMeetTheVocabularysThresholds() {
        assertTrue(markers(marker("PD-L1", "TPS 60%")).biomarkerKeys().contains("PDL1:HIGH"));
        PatientFacts low = markers(marker("PD-L1", "TPS 20%"));
        assertEquals(Set.of("PDL1"), low.biomarkerKeys());
        assertEquals(Set.of("PDL1:HIGH"), low.absentBiomarkerKeys());
        PatientFacts none = markers(marker("PD-L1", "TPS 0%"));
        assertTrue(none.biomarkerKeys().isEmpty());
        assertTrue(none.absentBiomarkerKeys().containsAll(Set.of("PDL1", "PDL1:HIGH")));
        assertTrue(markers(marker("TMB", "12 mut/Mb")).biomarkerKeys().contains("TMB:HIGH"));
        assertTrue(markers(marker("TMB", "5 mut/Mb")).absentBiomarkerKeys().contains("TMB:HIGH"));
    }

    @Test
    void microsatelliteResultsExcludeEachOther() {
        PatientFacts high = markers(marker("MSI", "MSI-H"));
        assertTrue(high.biomarkerKeys().contains("MSI:HIGH"));
        assertTrue(high.absentBiomarkerKeys().contains("MMR:PROFICIENT"));
        PatientFacts stable = markers(marker("MSI", "MSS"));
        assertTrue(stable.biomarkerKeys().contains("MMR:PROFICIENT"));
        assertTrue(stable.absentBiomarkerKeys().contains("MSI:HIGH"));
    }

    @Test
    void inflammationMarkersInGermanAndEnglish() {
        assertEquals(Set.of("HLA-B27"), markers(marker("HLA-B27", "positiv")).biomarkerKeys());
        assertEquals(Set.of("HLA-B27"), markers(marker("HLA-B27", "positive")).biomarkerKeys());
        assertEquals(Set.of("HLA-B27"), markers(marker("HLA-B27", "negativ")).absentBiomarkerKeys());
        assertEquals(Set.of("ACPA"), markers(marker("anti-CCP", "positiv")).biomarkerKeys());
    }

    @Test
    void therapiesGiveDrugsClassesAndTheNumberOfLines() {
        PatientFacts facts = read(null, List.of(), List.of(new PriorTherapy(null, "Carboplatin/Pemetrexed", 1, "PR"),
                new PriorTherapy("Tagrisso", null, 2, "PD")));
        assertTrue(facts.therapiesReceived().containsAll(Set.of("DRUG:osimertinib", "CLASS:EGFR_TKI",
                "DRUG:carboplatin", "CLASS:PLATINUM", "DRUG:pemetrexed")), facts.therapiesReceived().toString());
        assertEquals(2, facts.priorLines());
        assertEquals("Tagrisso (2)", facts.therapyValue("CLASS:EGFR_TKI"));
        assertTrue(facts.unrecognisedTherapies().isEmpty());
    }

    @Test
    void noTherapyIsZeroLinesWhileSilenceIsUnknown() {
        PatientFacts naive = read(null, List.of(), List.of(new PriorTherapy("keine", null, null, null)));
        assertTrue(naive.therapiesKnown());
        assertEquals(0, naive.priorLines());
        PatientFacts silent = read(null, List.of(), List.of());
        assertFalse(silent.therapiesKnown());
        assertNull(silent.priorLines());
        PatientFacts unnumbered = read(null, List.of(), List.of(new PriorTherapy("FOLFOX", null, null, null)));
        assertNull(unnumbered.priorLines(), "a therapy without its line: how many lines is not known");
        PatientFacts unknownDrug = read(null, List.of(), List.of(new PriorTherapy("Zauberkraut", null, 1, null)));
        assertEquals(List.of("Zauberkraut"), unknownDrug.unrecognisedTherapies());
    }

    @Test
    void anEmptyOrOddProfileIsReadAsUnknownWithoutFailing() {
        PatientFacts empty = PatientFacts.read(new PatientProfile(null, null, null, null, null, null, null, null, null,
                null, null, null, null), concepts, BiomarkerVocabulary.standard(), THERAPIES);
        assertTrue(empty.diagnosisKeys().isEmpty() && empty.biomarkerKeys().isEmpty());
        assertNull(empty.bucket());
        assertNull(empty.priorLines());
        PatientFacts odd = PatientFacts.read(new PatientProfile("x", -3, "divers",
                new Diagnosis("  ", "NO-SUCH-CODE", "Z99.99.99"), null, 9,
                List.of(new Biomarker(null, null, null, null), gene("XYZ9", "?"), marker("PD-L1", "TPS 120%")),
                List.of(new PriorTherapy(null, null, -1, null)), null, null, null, null, null), concepts,
                BiomarkerVocabulary.standard(), THERAPIES);
        assertNull(odd.sex());
        assertNull(odd.ecog(), "ECOG runs from 0 to 5");
        assertTrue(odd.diagnosisConcepts().isEmpty());
        assertTrue(odd.biomarkerKeys().contains("PDL1:HIGH"));
    }

    @Test
    void sexAndAgeInGermanOrEnglish() {
        PatientFacts facts = PatientFacts.read(new PatientProfile("c", 18, "weiblich", null, null, null, List.of(),
                List.of(), null, List.of(), null, null, null), concepts, BiomarkerVocabulary.standard(), THERAPIES);
        assertEquals("FEMALE", facts.sex());
        assertEquals(6575, facts.ageDays(), "18 × 365.25 = 6574.5, rounded");
        assertEquals("MALE", PatientFacts.read(new PatientProfile("c", null, "male", null, null, null, null, null,
                null, null, null, null, null), concepts, BiomarkerVocabulary.standard(), THERAPIES).sex());
    }
}
