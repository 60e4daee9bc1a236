package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/** One page of a job's problems, in the order the import met them; the job's {@code failed} counter is their number. */
@JsonbPropertyOrder({"jobId", "page", "size", "problems", "csvUrl"})
public record ImportProblemPage(long jobId, int page, int size, List<ImportProblemRecord> problems, String csvUrl) {
}
