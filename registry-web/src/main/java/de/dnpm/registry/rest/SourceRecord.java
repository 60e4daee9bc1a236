package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;

/**
 * One stored version of a study's source record, without its text: which registry entry it belongs to, its format
 * and media type, the registry's version date, whether it is the entry's current version, where and when it was
 * imported. The verbatim text is at {@code contentUrl}.
 */
@JsonbPropertyOrder({"id", "registry", "registryId", "format", "mediaType", "versionDate", "contentHash", "current",
        "importedFrom", "importedAt", "contentUrl"})
public record SourceRecord(long id, String registry, String registryId, String format, String mediaType,
                           String versionDate, String contentHash, boolean current, String importedFrom,
                           Instant importedAt, String contentUrl) {
}
