package de.dnpm.registry.importer.drks;

import de.dnpm.registry.importer.domain.RawRecord;
import de.dnpm.registry.importer.domain.SourceFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The registry key, format and version date of a raw record, and a SHA-256 hex hash. */
final class ParsedRecordCheck {

    private ParsedRecordCheck() {
    }

    static void raw(RawRecord raw, SourceFormat format, String sourceId, String versionDate) {
        assertEquals(format, raw.format());
        assertEquals(sourceId, raw.sourceId());
        assertEquals(versionDate, raw.versionDate());
        assertEquals(64, raw.contentHash().length());
    }
}
