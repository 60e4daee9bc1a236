package de.dnpm.registry.importer.domain;

/**
 * Who may take part: the criteria text as written, age limits (null where the source has none or "N/A"),
 * {@code sex} as ALL, FEMALE or MALE, and whether healthy volunteers are accepted (null if unknown).
 */
public record Eligibility(String criteria, Age minimumAge, Age maximumAge, String sex, Boolean healthyVolunteers) {
}
