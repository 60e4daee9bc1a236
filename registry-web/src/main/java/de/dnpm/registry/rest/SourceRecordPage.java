package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** One page of {@code GET /api/studies/{id}/sources}: the study's stored source versions, newest first. */
@JsonbPropertyOrder({"id", "page", "size", "sources"})
public record SourceRecordPage(String id, int page, int size, List<SourceRecord> sources) {
}
