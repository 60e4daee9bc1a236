package de.dnpm.registry.domain;

import java.util.List;

/**
 * The free texts of a study in one language, as its registry wrote them: DRKS has German and English side by side,
 * ClinicalTrials.gov English only. {@code language} is an ISO 639-1 code ("de", "en"), or null when the source does
 * not say. Lists are never null.
 */
public record StudyText(String language, String briefTitle, String officialTitle, String acronym,
                        String briefSummary, String detailedDescription, List<String> conditions,
                        String inclusionCriteria, String exclusionCriteria, String primaryOutcome,
                        String secondaryOutcome, List<String> arms) {

    public StudyText {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        arms = arms == null ? List.of() : List.copyOf(arms);
    }

    /** Whether this is the text in the given language (its language tag, ignoring case). */
    public boolean isIn(String wanted) {
        return language != null && language.equalsIgnoreCase(wanted);
    }
}
