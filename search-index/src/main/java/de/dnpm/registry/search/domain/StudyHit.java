package de.dnpm.registry.search.domain;

import java.util.List;

/**
 * One search result, carrying what a result list shows without touching the database; {@code nearest} is the site
 * nearest to the place searched from (null when the search is not "near" a place).
 */
public record StudyHit(long studyId, String primaryRegistryId, String briefTitle, String overallStatus,
                       List<String> phases, String studyType, List<String> conditions, int siteCount, float score,
                       NearestSite nearest) {

    public StudyHit(long studyId, String primaryRegistryId, String briefTitle, String overallStatus,
                    List<String> phases, String studyType, List<String> conditions, int siteCount, float score) {
        this(studyId, primaryRegistryId, briefTitle, overallStatus, phases, studyType, conditions, siteCount, score,
                null);
    }

    public StudyHit withNearest(NearestSite site) {
        return new StudyHit(studyId, primaryRegistryId, briefTitle, overallStatus, phases, studyType, conditions,
                siteCount, score, site);
    }
}
