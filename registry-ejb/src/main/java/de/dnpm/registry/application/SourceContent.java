package de.dnpm.registry.application;

/** The verbatim text of one stored source version and its media type (application/json or application/xml). */
public record SourceContent(String mediaType, String content) {
}
