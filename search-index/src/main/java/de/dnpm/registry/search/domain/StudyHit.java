package de.dnpm.registry.search.domain;

import java.util.List;

/**
 * One search result, carrying what a result list shows without touching the database; {@code nearest} is the site
 * nearest to the place searched from (null when the search is not "near" a place). {@code lastUpdate} is the ISO date
 * of the registry's last update (null when unknown); {@code staleRecruiting} says that the study claims to recruit
 * although its record looks abandoned ({@link StaleRecruitment}). {@code snippetHtml} is a passage of the field
 * {@code snippetField} ({@link SnippetField}) with the matched words in {@code <mark>}, escaped HTML otherwise; both are
 * null when the text matched no field a snippet is taken from (or the list is not ranked by text).
 */
public record StudyHit(long studyId, String primaryRegistryId, String briefTitle, String overallStatus,
                       List<String> phases, String studyType, List<String> conditions, int siteCount, float score,
                       NearestSite nearest, String lastUpdate, boolean staleRecruiting, String snippetField,
                       String snippetHtml) {

    public StudyHit(long studyId, String primaryRegistryId, String briefTitle, String overallStatus,
                    List<String> phases, String studyType, List<String> conditions, int siteCount, float score) {
        this(studyId, primaryRegistryId, briefTitle, overallStatus, phases, studyType, conditions, siteCount, score,
                null, null, false, null, null);
    }

    public StudyHit withNearest(NearestSite site) {
        return new StudyHit(studyId, primaryRegistryId, briefTitle, overallStatus, phases, studyType, conditions,
                siteCount, score, site, lastUpdate, staleRecruiting, snippetField, snippetHtml);
    }

    /** This hit with its last update date and whether it claims to recruit on a stale record. */
    public StudyHit withRecency(String lastUpdateDate, boolean stale) {
        return new StudyHit(studyId, primaryRegistryId, briefTitle, overallStatus, phases, studyType, conditions,
                siteCount, score, nearest, lastUpdateDate, stale, snippetField, snippetHtml);
    }

    /** This hit with a snippet ({@code field}: a {@link SnippetField} name); nulls for none. */
    public StudyHit withSnippet(String field, String html) {
        return new StudyHit(studyId, primaryRegistryId, briefTitle, overallStatus, phases, studyType, conditions,
                siteCount, score, nearest, lastUpdate, staleRecruiting, field, html);
    }
}
