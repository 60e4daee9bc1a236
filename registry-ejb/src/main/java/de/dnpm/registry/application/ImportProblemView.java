package de.dnpm.registry.application;

/** One record an import job could not take: where it was (file or zip entry, position), its id when known, and why. */
public record ImportProblemView(long sequence, String source, String position, String recordId, String reason,
                                String severity) {
}
