package de.dnpm.registry.importer.domain;

import java.util.List;

/**
 * The free texts of a record in one language: {@code language} is an ISO 639-1 code ("de", "en", ...) or null when
 * the source does not say. DRKS holds every text per locale; the other sources give one language. Lists are never
 * null.
 */
public record TrialText(String language, String briefTitle, String officialTitle, String acronym,
                        String briefSummary, String detailedDescription, List<String> conditions,
                        String inclusionCriteria, String exclusionCriteria, String primaryOutcome,
                        String secondaryOutcome, List<String> arms) {
    public TrialText {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        arms = arms == null ? List.of() : List.copyOf(arms);
    }
}
