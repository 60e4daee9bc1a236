package de.dnpm.registry.importer.ctgov;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CtgovVocabularyTest {

    @Test
    void translatesEveryLegacyOverallStatusToItsV2Code() {
        assertEquals("COMPLETED", CtgovVocabulary.status("Completed"));
        assertEquals("ACTIVE_NOT_RECRUITING", CtgovVocabulary.status("Active, not recruiting"));
        assertEquals("NOT_YET_RECRUITING", CtgovVocabulary.status("Not yet recruiting"));
        assertEquals("ENROLLING_BY_INVITATION", CtgovVocabulary.status("Enrolling by invitation"));
        assertEquals("UNKNOWN", CtgovVocabulary.status("Unknown status"));
        assertEquals("WITHDRAWN", CtgovVocabulary.status("Withdrawn"));
        assertEquals("SUSPENDED", CtgovVocabulary.status("Suspended"));
        assertEquals("TERMINATED", CtgovVocabulary.status("Terminated"));
        assertEquals("RECRUITING", CtgovVocabulary.status("Recruiting"));
        assertEquals("AVAILABLE", CtgovVocabulary.status("Available"));
        assertEquals("NO_LONGER_AVAILABLE", CtgovVocabulary.status("No longer available"));
        assertEquals("TEMPORARILY_NOT_AVAILABLE", CtgovVocabulary.status("Temporarily not available"));
        assertEquals("APPROVED_FOR_MARKETING", CtgovVocabulary.status("Approved for marketing"));
        assertEquals("WITHHELD", CtgovVocabulary.status("Withheld"));
        assertNull(CtgovVocabulary.status(null));
    }

    @Test
    void splitsCombinedPhases() {
        assertEquals(List.of("PHASE1", "PHASE2"), CtgovVocabulary.phases("Phase 1/Phase 2"));
        assertEquals(List.of("PHASE2", "PHASE3"), CtgovVocabulary.phases("Phase 2/Phase 3"));
        assertEquals(List.of("EARLY_PHASE1"), CtgovVocabulary.phases("Early Phase 1"));
        assertEquals(List.of("PHASE4"), CtgovVocabulary.phases("Phase 4"));
        assertEquals(List.of("NA"), CtgovVocabulary.phases("N/A"));
        assertEquals(List.of(), CtgovVocabulary.phases(null));
    }

    @Test
    void translatesStudyTypesSexesVolunteersAndInterventionTypes() {
        assertEquals("INTERVENTIONAL", CtgovVocabulary.studyType("Interventional"));
        assertEquals("OBSERVATIONAL", CtgovVocabulary.studyType("Observational"));
        assertEquals("OBSERVATIONAL", CtgovVocabulary.studyType("Observational [Patient Registry]"));
        assertEquals("EXPANDED_ACCESS", CtgovVocabulary.studyType("Expanded Access"));
        assertEquals("FEMALE", CtgovVocabulary.code("Female"));
        assertEquals("ALL", CtgovVocabulary.code("All"));
        assertEquals(Boolean.TRUE, CtgovVocabulary.healthyVolunteers("Accepts Healthy Volunteers"));
        assertEquals(Boolean.FALSE, CtgovVocabulary.healthyVolunteers("No"));
        assertNull(CtgovVocabulary.healthyVolunteers(null));
        assertEquals("DIETARY_SUPPLEMENT", CtgovVocabulary.code("Dietary Supplement"));
        assertEquals("DIAGNOSTIC_TEST", CtgovVocabulary.code("Diagnostic Test"));
        assertEquals("SUB_INVESTIGATOR", CtgovVocabulary.code("Sub-Investigator"));
        assertEquals("ESTIMATED", CtgovVocabulary.enrollmentType("Anticipated"));
        assertEquals("ACTUAL", CtgovVocabulary.enrollmentType("Actual"));
    }

    @Test
    void writesLegacyDatesAsIsoWithTheirPrecision() {
        assertEquals("2007-01", CtgovVocabulary.isoDate("January 2007"));
        assertEquals("2009-10-15", CtgovVocabulary.isoDate("October 15, 2009"));
        assertEquals("2015-03-09", CtgovVocabulary.isoDate("March 9, 2015"));
        assertEquals("2024-08", CtgovVocabulary.isoDate("2024-08"));
        assertNull(CtgovVocabulary.isoDate("sometime soon"));
        assertNull(CtgovVocabulary.isoDate(null));
    }
}
