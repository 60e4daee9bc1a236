package de.dnpm.registry.search.domain;

import java.util.List;

/** One search result, carrying what a result list shows without touching the database. */
public record StudyHit(long studyId, String primaryRegistryId, String briefTitle, String overallStatus,
                       List<String> phases, String studyType, List<String> conditions, int siteCount, float score) {
}
