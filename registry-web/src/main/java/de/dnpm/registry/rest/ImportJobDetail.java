package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;

/**
 * One import job in the admin API: what it reads, its state (QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED,
 * INTERRUPTED), its counters, progress and speed, and the URLs of the job and of its problem list.
 */
@JsonbPropertyOrder({"id", "source", "state", "startedBy", "createdAt", "startedAt", "finishedAt", "read", "created",
        "updated", "unchanged", "olderVersions", "failed", "warnings", "bytesRead", "bytesTotal", "percent", "recordsPerSecond",
        "message", "url", "problemsUrl"})
public record ImportJobDetail(long id, String source, String state, String startedBy, Instant createdAt,
                              Instant startedAt, Instant finishedAt, long read, long created, long updated,
                              long unchanged, long olderVersions, long failed, long warnings, long bytesRead,
                              long bytesTotal,
                              int percent, double recordsPerSecond, String message, String url, String problemsUrl) {
}
