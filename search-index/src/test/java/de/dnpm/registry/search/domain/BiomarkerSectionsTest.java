package de.dnpm.registry.search.domain;

import de.dnpm.registry.search.domain.CriteriaSections.Criterion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How {@link CriteriaSections} cuts criteria as the registries write them into inclusion and exclusion. */
class BiomarkerSectionsTest {

    @Test
    void ctGovHeadingsAndBullets() {
        List<Criterion> criteria = CriteriaSections.criteria("""
                Key Inclusion Criteria:

                1. Age ≥ 18 years.
                2. Patients with EGFR mutation

                Key Exclusion Criteria:

                * Prior EGFR-TKI
                * Exclusion of patients with brain metastases
                """);
        assertEquals(List.of(new Criterion("Age ≥ 18 years.", false), new Criterion("Patients with EGFR mutation", false),
                new Criterion("Prior EGFR-TKI", true),
                new Criterion("Exclusion of patients with brain metastases", true)), criteria);
    }

    @Test
    void legacyXmlLinesWrappedAtEightyCharactersAreOneCriterion() {
        List<Criterion> criteria = CriteriaSections.criteria("""
                        Inclusion Criteria:

                          -  Histologically confirmed metastatic breast cancer with human epidermal growth factor
                             receptor 2 (HER2/neu)-positive disease

                        Exclusion Criteria:

                          -  Prior anti-HER2 therapy
                """);
        assertEquals(List.of(new Criterion("Histologically confirmed metastatic breast cancer with human epidermal "
                        + "growth factor receptor 2 (HER2/neu)-positive disease", false),
                new Criterion("Prior anti-HER2 therapy", true)), criteria);
    }

    @Test
    void germanHeadingsAndEligibilitySentences() {
        List<Criterion> criteria = CriteriaSections.criteria("""
                Einschlusskriterien: NSCLC mit ALK-Translokation
                Ausschlusskriterien:
                - EGFR-Mutation
                You may be eligible for this study if you:
                - have cancer
                You will not be eligible for this study if you:
                - are pregnant
                """);
        assertEquals(List.of(new Criterion("NSCLC mit ALK-Translokation", false), new Criterion("EGFR-Mutation", true),
                new Criterion("have cancer", false), new Criterion("are pregnant", true)), criteria);
    }

    @Test
    void aSentenceNamingBothSectionsIsNoHeading() {
        List<Criterion> criteria = CriteriaSections.criteria("""
                Exclusion Criteria:
                - Other protocol-defined inclusion/exclusion criteria may apply
                """);
        assertEquals(List.of(new Criterion("Other protocol-defined inclusion/exclusion criteria may apply", true)),
                criteria);
    }
}
