package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.criteria.EligibilityTextParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The patient view's short lists of criteria, from criteria as ClinicalTrials.gov writes them. */
class KeyCriteriaTest {

    private static final String CRITERIA = """
            Inclusion Criteria:

            * Age 18 years or older
            * Histologically confirmed non-small cell lung cancer
              * stage IIIB or IV
            * EGFR mutation (exon 19 deletion or L858R)
            * ECOG performance status 0 or 1
            * Adequate organ function
            * Measurable disease per RECIST 1.1
            * Able to swallow tablets
            * Signed informed consent

            Exclusion Criteria:

            * Symptomatic brain metastases
            * Prior EGFR inhibitor
            """;

    @Test
    void listsTheTopLevelCriteriaOfEachKindSixFirst() {
        KeyCriteria criteria = KeyCriteria.of(EligibilityTextParser.parse(CRITERIA));

        assertEquals(8, criteria.inclusion().size(), "sub-items stay with the full record: " + criteria.inclusion());
        assertEquals("Age 18 years or older", criteria.inclusionFirst().getFirst());
        assertEquals(6, criteria.inclusionFirst().size());
        assertEquals(List.of("Able to swallow tablets", "Signed informed consent"), criteria.inclusionRest());
        assertEquals(List.of("Symptomatic brain metastases", "Prior EGFR inhibitor"), criteria.exclusionFirst());
        assertTrue(criteria.exclusionRest().isEmpty());
    }

    @Test
    void noCriteriaIsEmpty() {
        assertTrue(KeyCriteria.of(EligibilityTextParser.parse(null)).isEmpty());
    }
}
