package de.dnpm.registry.search.domain;

import java.util.List;

/**
 * What the index knows of one study: built from the database, never edited in the index.
 * {@code studyId} is the database id; {@code registryIds} are all its identifiers (NCT..., DRKS..., EudraCT ...),
 * {@code primaryRegistryId} the one shown. Ages are in days (null = no limit); {@code sex} is ALL, FEMALE or MALE.
 * {@code version} is the study's version in the database (its optimistic-lock counter): the index keeps it, so a
 * check after a crash can tell a stale or missing document from a current one (0 = unknown).
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
        String lastUpdate,
        long version) {

    /** A document whose database version is unknown (0), e.g. one built by hand. */
    public StudyDocument(long studyId, String primaryRegistryId, List<String> registryIds, String briefTitle,
                         String officialTitle, String acronym, String summary, List<String> conditions,
                         List<String> conditionTerms, List<String> interventions, List<String> keywords,
                         String eligibilityCriteria, String overallStatus, List<String> phases, String studyType,
                         List<String> countries, Integer minimumAgeDays, Integer maximumAgeDays, String sex,
                         int siteCount, String lastUpdate) {
        this(studyId, primaryRegistryId, registryIds, briefTitle, officialTitle, acronym, summary, conditions,
                conditionTerms, interventions, keywords, eligibilityCriteria, overallStatus, phases, studyType, countries,
                minimumAgeDays, maximumAgeDays, sex, siteCount, lastUpdate, 0);
    }
}
