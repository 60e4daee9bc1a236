package de.dnpm.registry.search.domain;

import java.util.List;

/**
 * What the index knows of one study: built from the database, never edited in the index.
 * {@code studyId} is the database id; {@code registryIds} are all its identifiers (NCT..., DRKS..., EudraCT ...),
 * {@code primaryRegistryId} the one shown. Ages are in days (null = no limit); {@code sex} is ALL, FEMALE or MALE.
 */
public record StudyDocument(
        long studyId,
        String primaryRegistryId,
        List<String> registryIds,
        String briefTitle,
        String officialTitle,
        String acronym,
        String summary,
        List<String> conditions,
        List<String> conditionTerms,
        List<String> interventions,
        List<String> keywords,
        String eligibilityCriteria,
        String overallStatus,
        List<String> phases,
        String studyType,
        List<String> countries,
        Integer minimumAgeDays,
        Integer maximumAgeDays,
        String sex,
        int siteCount,
        String lastUpdate) {
}
