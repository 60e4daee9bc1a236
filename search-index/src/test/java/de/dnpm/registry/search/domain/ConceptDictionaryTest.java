package de.dnpm.registry.search.domain;

import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dictionary as the portal ships it (the committed resources), asked what patients and clinicians type. */
class ConceptDictionaryTest {

    private static final String LUNG_CANCER = "DOID:1324";
    private static final String BREAST_CANCER = "DOID:1612";
    private static final String LEUKEMIA = "DOID:1240";
    private static final String CHILDHOOD_LEUKEMIA = "DOID:7757";
    private static final String DIABETES_MELLITUS = "DOID:9351";

    private static ConceptDictionary dictionary;

    @BeforeAll
    static void load() {
        dictionary = ConceptDictionaryLoader.load();
    }

    @Test
    void lungenkrebsIsLungCancerWithNonSmallCellAndSmallCellCarcinomaBelowIt() {
        assertEquals(List.of(LUNG_CANCER), ids(dictionary.find("Lungenkrebs")));
        assertEquals("lung cancer", dictionary.get(LUNG_CANCER).orElseThrow().name());
        List<String> below = ids(dictionary.descendants(LUNG_CANCER));
        assertTrue(below.contains("DOID:3908"), "lung non-small cell carcinoma");
        assertTrue(below.contains("DOID:5409"), "lung small cell carcinoma");
        assertEquals("lung non-small cell carcinoma", dictionary.get("DOID:3908").orElseThrow().name());
        assertEquals("lung small cell carcinoma", dictionary.get("DOID:5409").orElseThrow().name());
    }

    @Test
    void brustkrebsAndMammaCaAreBreastCancer() {
        for (String phrase : List.of("Brustkrebs", "brustkrebs", "Mamma-Ca", "Mamma Ca", "MAMMA-CA", "breast cancer")) {
            assertEquals(List.of(BREAST_CANCER), ids(dictionary.find(phrase)), phrase);
        }
    }

    @Test
    void leukaemiaInChildrenIsOnePhraseForChildhoodLeukemiaAndLeukemia() {
        List<ConceptMatch> matches = dictionary.findIn(List.of("leukämie", "bei", "kindern"));
        assertEquals(1, matches.size());
        assertEquals(0, matches.get(0).start());
        assertEquals(3, matches.get(0).end());
        // trials for children name their leukaemia, seldom "childhood leukemia": the lay term means both
        assertEquals(java.util.Set.of(CHILDHOOD_LEUKEMIA, LEUKEMIA), java.util.Set.copyOf(matches.get(0).conceptIds()));
        assertEquals("childhood leukemia", dictionary.get(CHILDHOOD_LEUKEMIA).orElseThrow().name());
        assertTrue(dictionary.get(CHILDHOOD_LEUKEMIA).orElseThrow().parents().contains(LEUKEMIA));
        assertEquals(List.of(LEUKEMIA), ids(dictionary.find("Leukämie")));
    }

    @Test
    void leukaemiaIsFoundInEverySpellingAndInThePlural() {
        for (String phrase : List.of("Leukämie", "Leukaemie", "Leukamie", "LEUKÄMIE", "Leukämien", "leukemia",
                "leukaemia", "Leukemias")) {
            assertEquals(List.of(LEUKEMIA), ids(dictionary.find(phrase)), phrase);
        }
    }

    @Test
    void zuckerkrankheitIsDiabetesMellitus() {
        assertEquals(List.of(DIABETES_MELLITUS), ids(dictionary.find("Zuckerkrankheit")));
        assertEquals("diabetes mellitus", dictionary.get(DIABETES_MELLITUS).orElseThrow().name());
        assertTrue(ids(dictionary.descendants(DIABETES_MELLITUS)).contains("DOID:9352"), "type 2 diabetes mellitus");
    }

    @Test
    void germanIcd10TitlesAreGermanNames() {
        assertEquals(List.of("DOID:9352"), ids(dictionary.find("Diabetes mellitus, Typ 2")));
        assertTrue(ids(dictionary.find("Bösartige Neubildung der Brustdrüse")).contains(BREAST_CANCER),
                "the ICD-10-GM title C50 without its bracketed [Mamma]");
    }

    @Test
    void icd10CodesFindTheirConcepts() {
        // DO maps lung cancer to C34.1-C34.3 only, and "bronchus cancer" to C34.
        assertEquals(List.of("DOID:1325", LUNG_CANCER), ids(dictionary.byIcd10("C34")));
        assertEquals(List.of(LUNG_CANCER), ids(dictionary.byIcd10("C34.1")));
        assertTrue(ids(dictionary.byIcd10("C34.9")).contains(LUNG_CANCER), "unspecified lobe: the category");
        assertEquals(List.of(BREAST_CANCER), ids(dictionary.byIcd10("C50.9")), "the concepts below it left out");
        assertEquals(List.of(BREAST_CANCER), ids(dictionary.byIcd10("c50.-")));
        assertEquals(List.of("DOID:9352"), ids(dictionary.byIcd10("E11.90")), "a German five-character code");
        assertEquals(List.of(DIABETES_MELLITUS), ids(dictionary.byIcd10("E12.9")),
                "a code of ICD-10-GM alone, found through DO's range E08-E13 for diabetes mellitus");
        assertTrue(dictionary.byIcd10("U99").isEmpty());
    }

    @Test
    void meshIdsFindTheirConcepts() {
        // Breast Neoplasms: DO maps both breast cancer and breast carcinoma to it.
        assertEquals(List.of(BREAST_CANCER, "DOID:3459"), ids(dictionary.byMesh("D001943")));
        assertEquals(List.of(BREAST_CANCER, "DOID:3459"), ids(dictionary.byMesh("mesh:D001943")));
        assertTrue(ids(dictionary.byMesh("D002289")).contains("DOID:3908"), "Carcinoma, Non-Small-Cell Lung");
        assertTrue(dictionary.get(LEUKEMIA).orElseThrow().mesh().contains("D007938"));
    }

    @Test
    void oncoTreeCodesFindTheirConceptsAndAddTumourTypesTheDiseaseOntologyLacks() {
        assertEquals(List.of("DOID:3908"), ids(dictionary.byOncoTree("NSCLC")));
        assertTrue(dictionary.get("DOID:3908").orElseThrow().oncoTree().contains("NSCLC"));
        assertEquals(List.of("ONCOTREE:HGSOC"), ids(dictionary.find("high grade serous ovarian cancer")));
        assertTrue(ids(dictionary.descendants("DOID:2394")).contains("ONCOTREE:HGSOC"), "below ovarian cancer");
        assertEquals(List.of(), dictionary.find("BRCA"), "OncoTree's code for breast carcinoma, but typed it is the gene");
    }

    @Test
    void suggestsTheKnownTermForATypo() {
        assertEquals(Optional.of("Brustkrebs"), dictionary.suggest("Brustkebs"));
        assertEquals(Optional.of("Migräne"), dictionary.suggest("Migrene"));
        assertEquals(Optional.of("Schizophrenie"), dictionary.suggest("Schizofrenie"));
        assertEquals(Optional.empty(), dictionary.suggest("xq"));
    }

    @Test
    void egfrIsNoDiseaseConceptInAnyCase() {
        for (String phrase : List.of("EGFR", "eGFR", "egfr")) {
            assertEquals(List.of(), dictionary.find(phrase), phrase);
            assertEquals(List.of(), dictionary.findIn(List.of(phrase)), phrase);
        }
        assertEquals(List.of(), dictionary.findIn(List.of("eGFR", "<", "30")));
    }

    @Test
    void nonSmallCellLungCancerIsOnePhraseBeforeAGene() {
        List<ConceptMatch> matches = dictionary.findIn(List.of("non", "small", "cell", "lung", "cancer", "egfr"));
        assertEquals(1, matches.size());
        assertEquals(0, matches.get(0).start());
        assertEquals(5, matches.get(0).end());
        assertEquals(List.of("DOID:3908"), matches.get(0).conceptIds());
        List<ConceptMatch> hyphenated = dictionary.findIn(List.of("Non-small", "cell", "lung", "cancer"));
        assertEquals(List.of("DOID:3908"), hyphenated.get(0).conceptIds());
        assertEquals(4, hyphenated.get(0).end());
    }

    @Test
    void findsSeveralPhrasesInOneQuery() {
        List<ConceptMatch> matches = dictionary.findIn(List.of("Brustkrebs", "und", "Diabetes", "Typ", "2"));
        assertEquals(List.of(List.of(BREAST_CANCER), List.of("DOID:9352")),
                matches.stream().map(ConceptMatch::conceptIds).toList());
        assertEquals(List.of(0, 2), matches.stream().map(ConceptMatch::start).toList());
    }

    @Test
    void abbreviationsThatAreWordsCountOnlyInCapitals() {
        assertEquals(List.of("DOID:9952"), ids(dictionary.find("ALL")));
        assertEquals(List.of(), dictionary.find("all"));
        assertEquals(List.of(), dictionary.findIn(List.of("all", "patients")));
        assertEquals(List.of("DOID:3083"), ids(dictionary.find("COLD")));
        assertFalse(ids(dictionary.find("cold")).contains("DOID:3083"));
        assertEquals(List.of("DOID:3083"), ids(dictionary.find("copd")), "a lay-table abbreviation counts in any case");
        assertFalse(dictionary.termsOf("DOID:9952").contains("ALL"), "'ALL' in a text search would find 'all'");
    }

    @Test
    void termsOfGiveEnglishAndGermanNames() {
        List<String> terms = dictionary.termsOf(BREAST_CANCER);
        assertEquals("breast cancer", terms.get(0));
        assertTrue(terms.containsAll(List.of("malignant neoplasm of breast", "Brustkrebs", "Mamma-Ca")), terms.toString());
        assertEquals(List.of(), dictionary.termsOf("DOID:0"));
    }

    @Test
    void descendantsAreBoundedNearestFirst() {
        List<Concept> belowCancer = dictionary.descendants("DOID:162");
        assertEquals(ConceptDictionary.MAX_DESCENDANTS, belowCancer.size(), "cancer has more than the bound");
        assertTrue(belowCancer.get(0).parents().contains("DOID:162"), "children first");
        assertEquals(5, dictionary.descendants("DOID:162", 5).size());
        assertEquals(List.of(), dictionary.descendants("DOID:0"));
    }

    private static List<String> ids(List<Concept> concepts) {
        return concepts.stream().map(Concept::id).toList();
    }
}
