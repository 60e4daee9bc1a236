package de.dnpm.registry.search.application;

import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.StudyHit;
import de.dnpm.registry.search.domain.StudyQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic trials (labelled so) whose criteria are sentences of real ones: biomarkers asked for vs ruled out. */
class BiomarkerSearchTest {

    private StudyIndex index;

    @BeforeEach
    void index() throws IOException {
        index = StudyIndex.inMemory();
        index.rebuild(java.util.stream.Stream.of(
                trial(1, "SYNTHETIC-G12C-EXCLUDED", """
                        Inclusion Criteria:
                        - Histologically confirmed non-small cell lung cancer
                        Exclusion Criteria:
                        - Known KRAS G12C mutation"""),
                trial(2, "SYNTHETIC-OTHER-THAN-G12C", """
                        Inclusion Criteria:
                        - Non-small cell lung cancer with a KRAS mutation other than G12C"""),
                trial(3, "SYNTHETIC-G12C-REQUIRED", """
                        Inclusion Criteria:
                        - Non-small cell lung cancer with KRAS G12C mutation"""),
                trial(4, "SYNTHETIC-MSI", """
                        Inclusion Criteria:
                        - Colorectal cancer, microsatellite instability-high or mismatch repair deficient"""),
                trial(5, "SYNTHETIC-KIDNEY", """
                        Inclusion Criteria:
                        - Lung cancer
                        - eGFR ≥ 60 mL/min""")), "test");
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static StudyDocument trial(long id, String registryId, String criteria) {
        return StudyDocument.builder(id).primaryRegistryId(registryId).briefTitle("Synthetic trial " + id)
                .eligibilityCriteria(criteria).overallStatus("RECRUITING").build();
    }

    private List<String> ids(String text) throws IOException {
        return index.search(StudyQuery.of(text).withOpenFirst(false)).hits().stream()
                .map(StudyHit::primaryRegistryId).toList();
    }

    @Test
    void aTrialRequiringTheMarkerComesBeforeThoseThatRuleItOut() throws IOException {
        List<String> ranked = ids("KRAS G12C");

        assertEquals("SYNTHETIC-G12C-REQUIRED", ranked.getFirst(), ranked::toString);
        assertTrue(ranked.containsAll(List.of("SYNTHETIC-G12C-EXCLUDED", "SYNTHETIC-OTHER-THAN-G12C")),
                "ruled out, yet shown: " + ranked);
    }

    @Test
    void msiHighFindsTheTrialThatSpellsItOut() throws IOException {
        assertEquals(List.of("SYNTHETIC-MSI"), ids("MSI-H"));
    }

    @Test
    void theGeneIsNotTheKidneyValue() throws IOException {
        assertFalse(ids("EGFR").contains("SYNTHETIC-KIDNEY"));
        assertEquals(List.of("SYNTHETIC-KIDNEY"), ids("eGFR"));
    }
}
