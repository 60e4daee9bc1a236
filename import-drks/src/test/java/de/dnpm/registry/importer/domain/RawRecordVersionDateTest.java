package de.dnpm.registry.importer.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Version dates fit their column (20 characters) and keep their order, whatever the registry wrote. */
class RawRecordVersionDateTest {

    @Test
    void aTimestampWithAnOffsetBecomesAnInstantInUtc() {
        // DRKS legacy CSV's last-update
        assertEquals("2015-01-12T15:14:16Z", RawRecord.versionDate("2015-01-12T16:14:16.542+01:00"));
        assertEquals("2012-09-05T09:43:54Z", RawRecord.versionDate("2012-09-05T11:43:54.561+02:00"));
    }

    @Test
    void datesAndShortFormsStayAsWritten() {
        assertEquals("2025-12-17", RawRecord.versionDate("2025-12-17"));
        assertEquals("2024-05", RawRecord.versionDate(" 2024-05 "));
        assertNull(RawRecord.versionDate("  "));
        assertNull(RawRecord.versionDate(null));
    }

    @Test
    void otherLongTextKeepsItsDateOrIsCut() {
        assertEquals("2020-03-01", RawRecord.versionDate("2020-03-01 (estimated, see protocol)"));
        assertEquals(RawRecord.MAX_VERSION_DATE_LENGTH, RawRecord.versionDate("x".repeat(40)).length());
    }
}
