package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;

/** One stored version of a study's source record, with the raw JSON or XML text as {@code content}. */
@JsonbPropertyOrder({"format", "sourceId", "versionDate", "contentHash", "importedFrom", "importedAt", "content"})
public record SourceRecord(String format, String sourceId, String versionDate, String contentHash, String importedFrom,
                           Instant importedAt, String content) {
}
