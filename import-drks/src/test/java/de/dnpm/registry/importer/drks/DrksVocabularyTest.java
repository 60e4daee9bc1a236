package de.dnpm.registry.importer.drks;

import de.dnpm.registry.importer.domain.Age;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DrksVocabularyTest {

    @Test
    void mapsEveryRecruitmentStatusOfTheSchema() {
        assertEquals("NOT_YET_RECRUITING", DrksVocabulary.status("PENDING"));
        assertEquals("RECRUITING", DrksVocabulary.status("RECRUITING"));
        assertEquals("ENROLLING_BY_INVITATION", DrksVocabulary.status("INVITE_ONLY"));
        assertEquals("SUSPENDED", DrksVocabulary.status("SUSPENDED"));
        assertEquals("ACTIVE_NOT_RECRUITING", DrksVocabulary.status("COMPLETE_FOLLOW_UP_CONTINUING"));
        assertEquals("COMPLETED", DrksVocabulary.status("COMPLETE_FOLLOW_UP_COMPLETE"));
        assertEquals("TERMINATED", DrksVocabulary.status("DISCONTINIUED")); // sic, the schema's spelling
        assertEquals("WITHDRAWN", DrksVocabulary.status("WITHDRAWN"));
        assertEquals("COMPLETED", DrksVocabulary.status("Recruiting complete, follow-up complete"));
    }

    @Test
    void mapsCombinedPhasesToBoth() {
        assertEquals(List.of("PHASE1", "PHASE2"), DrksVocabulary.phases("PHASE_I_II"));
        assertEquals(List.of("PHASE2", "PHASE3"), DrksVocabulary.phases("PHASE_II_III"));
        assertEquals(List.of("NA"), DrksVocabulary.phases("N_A"));
        assertEquals(List.of("PHASE2"), DrksVocabulary.legacyPhases("IIa"));
        assertEquals(List.of("PHASE2", "PHASE3"), DrksVocabulary.legacyPhases("II-III"));
    }

    @Test
    void readsAgesWithTheirUnits() {
        assertEquals(new Age("6 Months", 183), DrksVocabulary.age(6, "MONTHS"));
        assertNull(DrksVocabulary.age(null, "NO_MIN_AGE"));
        assertNull(DrksVocabulary.age(99, "NO_MAX_AGE"));
        assertNull(DrksVocabulary.age(null, "no maximum age"));
        // an age before birth: the text is kept, and as days since birth it is 0
        assertEquals(new Age("24 Weeks of pregnancy", 0), DrksVocabulary.age(24, "WEEK_OF_PREGNANCY"));
    }
}
