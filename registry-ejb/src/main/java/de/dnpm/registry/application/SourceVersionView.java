package de.dnpm.registry.application;

import java.time.Instant;

/**
 * One stored version of a registry entry's source document, without its content: which registry and id, the
 * registry's version date, the hash of its canonical content, its media type and when and from where it was imported.
 */
public record SourceVersionView(long id, String registry, String registryId, String format, String mediaType,
                                String versionDate, String contentHash, boolean current, String importedFrom,
                                Instant importedAt) {
}
