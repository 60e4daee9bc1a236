package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** A record an import could not take: where it was (file, position), its registry id if known, and why. */
@JsonbPropertyOrder({"sequence", "severity", "source", "position", "recordId", "reason"})
public record ImportProblemRecord(long sequence, String severity, String source, String position, String recordId,
                                  String reason) {
}
