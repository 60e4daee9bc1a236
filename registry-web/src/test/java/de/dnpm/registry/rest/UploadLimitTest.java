package de.dnpm.registry.rest;

import de.dnpm.registry.application.ImportSourceException;
import de.dnpm.registry.importer.domain.ImportLimits;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadLimitTest {

    @Test
    void isTheImportersLimitOfTwoGibibytes() {
        assertEquals(ImportLimits.MAX_UPLOAD_BYTES, UploadLimit.MAX_BYTES);
        assertEquals(2L * 1024 * 1024 * 1024, UploadLimit.MAX_BYTES);
    }

    @Test
    void passesABodyUpToTheLimit() throws IOException {
        try (InputStream in = UploadLimit.bounded(new ByteArrayInputStream(new byte[100]), 100)) {
            assertEquals(100, in.readAllBytes().length);
        }
    }

    @Test
    void refusesTheFirstByteBeyondTheLimitAsTooLarge() throws IOException {
        try (InputStream in = UploadLimit.bounded(new ByteArrayInputStream(new byte[101]), 100)) {
            ImportSourceException refused = assertThrows(ImportSourceException.class, in::readAllBytes);
            assertEquals(ImportSourceException.Reason.TOO_LARGE, refused.reason());
        }
        try (InputStream in = UploadLimit.bounded(new ByteArrayInputStream(new byte[2]), 1)) {
            assertEquals(0, in.read());
            assertThrows(ImportSourceException.class, in::read);
        }
    }

    @Test
    void aDeclaredLengthBeyondTheLimitIsRefusedBeforeReading() {
        assertFalse(BoundedUploadFilter.exceeds("1024"));
        assertFalse(BoundedUploadFilter.exceeds(Long.toString(BoundedUploadFilter.LIMIT)));
        assertTrue(BoundedUploadFilter.exceeds(Long.toString(BoundedUploadFilter.LIMIT + 1)));
        assertTrue(BoundedUploadFilter.exceeds("99999999999999999999999"));
        assertFalse(BoundedUploadFilter.exceeds("garbage"));
    }
}
