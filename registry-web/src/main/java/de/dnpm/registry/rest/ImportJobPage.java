package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** One page of {@code GET /api/admin/imports}: all jobs ever started ({@code total}), newest first. */
@JsonbPropertyOrder({"total", "page", "size", "jobs"})
public record ImportJobPage(long total, int page, int size, List<ImportJobDetail> jobs) {
}
