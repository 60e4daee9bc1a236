package de.dnpm.registry.importer.domain;

/**
 * One source document exactly as the registry delivered it (for JSON: the study object, re-serialised without loss),
 * with its registry key, the registry's version date (ISO, may be partial or null) and a SHA-256 hex hash of the
 * content's canonical form: blind to layout, member order and download dates, so a re-download of an unchanged record
 * has the same hash.
 */
public record RawRecord(SourceFormat format, String sourceId, String versionDate, String content, String contentHash) {
}
