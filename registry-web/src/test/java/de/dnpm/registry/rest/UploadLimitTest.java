package de.dnpm.registry.rest;

import de.dnpm.registry.application.ImportSourceException;
import de.dnpm.registry.importer.domain.ImportLimits;
import de.dnpm.registry.infrastructure.RegistryConfiguration;
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
    void isTwoGibibytesUnlessConfigured() {
        String before = System.getProperty("registry.upload.max.bytes");
        try {
            System.clearProperty("registry.upload.max.bytes");
            assertEquals(2L * 1024 * 1024 * 1024, new RegistryConfiguration().maxUploadBytes());
            assertEquals(ImportLimits.MAX_UPLOAD_BYTES, new RegistryConfiguration().maxUploadBytes());
            System.setProperty("registry.upload.max.bytes", "1048576");
            assertEquals(1048576, new RegistryConfiguration().maxUploadBytes());
            System.setProperty("registry.upload.max.bytes", "0");
            assertThrows(IllegalArgumentException.class, () -> new RegistryConfiguration().maxUploadBytes());
        } finally {
            if (before == null) {
                System.clearProperty("registry.upload.max.bytes");
            } else {
                System.setProperty("registry.upload.max.bytes", before);
            }
        }
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
        long limit = 5000;
        assertFalse(BoundedUploadFilter.exceeds("1024", limit));
        assertFalse(BoundedUploadFilter.exceeds(Long.toString(limit), limit));
        assertTrue(BoundedUploadFilter.exceeds(Long.toString(limit + 1), limit));
        assertTrue(BoundedUploadFilter.exceeds("99999999999999999999999", limit));
        assertFalse(BoundedUploadFilter.exceeds("garbage", limit));
    }
}
