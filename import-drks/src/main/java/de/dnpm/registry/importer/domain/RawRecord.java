package de.dnpm.registry.importer.domain;

/**
 * One source document exactly as the registry delivered it (for JSON: the study object, re-serialised without loss),
 * with its registry key, the registry's version date (ISO, may be partial or null) and a SHA-256 hex hash of {@code content}.
 */
public record RawRecord(SourceFormat format, String sourceId, String versionDate, String content, String contentHash) {
}
