package de.dnpm.registry.search.application;

import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.StudyHit;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic studies (labelled so): how a patient description ranks, and how open studies are lifted. */
class PatientDescriptionSearchTest {

    private static final int ADULT = 18 * 365;
    private StudyIndex index;

    @BeforeEach
    void index() throws IOException {
        index = StudyIndex.inMemory();
        index.rebuild(java.util.stream.Stream.of(
                study(1, "SYNTHETIC-NSCLC-ALL", "Non-small cell lung cancer", "ALL", ADULT, null, "COMPLETED"),
                study(2, "SYNTHETIC-NSCLC-WOMEN", "Non-small cell lung cancer in women, lung cancer, NSCLC",
                        "FEMALE", ADULT, null, "COMPLETED"),
                study(3, "SYNTHETIC-NSCLC-CHILDREN", "Non-small cell lung cancer", "ALL", 0, 17 * 365, "COMPLETED"),
                study(4, "SYNTHETIC-BREAST", "Breast cancer", "ALL", ADULT, null, "RECRUITING"),
                study(5, "SYNTHETIC-LUNG-OPEN", "Lung cancer", "ALL", ADULT, null, "RECRUITING"),
                study(6, "SYNTHETIC-LUNG-CLOSED", "Lung cancer, lung cancer screening, lung cancer", "ALL", ADULT,
                        null, "COMPLETED"),
                study(7, "SYNTHETIC-AML-ADULTS", "Acute myeloid leukemia, leukemia", "ALL", ADULT, null, "RECRUITING"),
                study(8, "SYNTHETIC-ALL-CHILDREN", "Acute lymphoblastic leukemia", "ALL", 365, 21 * 365,
                        "RECRUITING")), "test");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static StudyDocument study(long id, String registryId, String condition, String sex, Integer minDays,
                                       Integer maxDays, String status) {
        return StudyDocument.builder(id).primaryRegistryId(registryId).briefTitle("Synthetic study: " + condition)
                .conditions(List.of(condition)).sex(sex).minimumAgeDays(minDays).maximumAgeDays(maxDays)
                .overallStatus(status).build();
    }

    private List<String> ids(StudyQuery query) throws IOException {
        return index.search(query).hits().stream().map(StudyHit::primaryRegistryId).toList();
    }

    @Test
    void trialsWhoseLimitsExcludeThePatientComeAfterThoseThatFit() throws IOException {
        List<String> ranked = ids(StudyQuery.of(null).withPatientNote(
                "A 60-year-old man with non-small cell lung cancer. He has no history of breast cancer.")
                .withOpenFirst(false));

        assertEquals("SYNTHETIC-NSCLC-ALL", ranked.getFirst(), ranked::toString);
        assertTrue(ranked.indexOf("SYNTHETIC-NSCLC-WOMEN") > ranked.indexOf("SYNTHETIC-NSCLC-ALL"),
                "a trial for women only is shown, but after one a man can join: " + ranked);
        assertTrue(ranked.indexOf("SYNTHETIC-NSCLC-CHILDREN") > ranked.indexOf("SYNTHETIC-NSCLC-ALL"), ranked::toString);
        assertFalse(ranked.contains("SYNTHETIC-BREAST"), "what the description denies is not searched for: " + ranked);
    }

    @Test
    void theDescriptionSaysWhichDiseasesItWasReadAs() throws IOException {
        StudyHits hits = index.search(StudyQuery.of(null).withPatientNote("62-jährige Patientin mit Lungenkrebs"));

        assertTrue(hits.notes().expansions().stream().anyMatch(name -> name.toLowerCase().contains("lung")),
                hits.notes()::toString);
        assertTrue(hits.total() >= 4, "the lung cancer trials, German description: " + hits.total());
    }

    @Test
    void aDescriptionLongerThan5000CharactersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StudyQuery.of(null).withPatientNote("x".repeat(5001)));
    }

    @Test
    void leukaemiaInChildrenFindsTheLeukaemiaTrialsThatAdmitChildrenFirst() throws IOException {
        List<String> ranked = ids(StudyQuery.of("Leukämie bei Kindern").withOpenFirst(false));

        assertEquals(List.of("SYNTHETIC-ALL-CHILDREN", "SYNTHETIC-AML-ADULTS"), ranked,
                "no trial says 'childhood leukemia'; the one open to children comes first");
    }

    @Test
    void britishSpellingFindsWhatAmericanSpellingFinds() throws IOException {
        List<String> american = ids(StudyQuery.of("leukemia").withExact(true).withOpenFirst(false));
        assertEquals(american, ids(StudyQuery.of("leukaemia").withExact(true).withOpenFirst(false)));
        assertEquals(2, american.size(), american::toString);
    }

    @Test
    void openStudiesAreLiftedAboveClosedOnesUnlessSortedByRelevance() throws IOException {
        List<String> byRelevance = ids(StudyQuery.of("lung cancer").withOpenFirst(false));
        List<String> lifted = ids(StudyQuery.of("lung cancer"));

        assertTrue(byRelevance.indexOf("SYNTHETIC-LUNG-CLOSED") < byRelevance.indexOf("SYNTHETIC-LUNG-OPEN"),
                "the closed trial names lung cancer three times: " + byRelevance);
        assertTrue(lifted.indexOf("SYNTHETIC-LUNG-OPEN") < lifted.indexOf("SYNTHETIC-LUNG-CLOSED"),
                "the recruiting one is lifted above the closed one of similar relevance: " + lifted);
    }
}
