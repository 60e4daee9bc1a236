package de.dnpm.registry.application;

import de.dnpm.registry.search.domain.matching.CriterionCheck;
import de.dnpm.registry.search.domain.matching.MatchTier;
import de.dnpm.registry.search.domain.matching.Verdict;

import java.util.List;

/**
 * A match's answer: the studies in rank order (eligible and possibly eligible first, then those not eligible, each
 * with its reasons), how many candidates were assessed, and how long it took.
 */
public record MatchResult(List<StudyMatch> studies, int candidatesAssessed, long tookMillis) {

    public MatchResult {
        studies = List.copyOf(studies);
    }

    /**
     * One study for the patient: registry ids, title, phases, status, verdict, tier, score, the nearest recruiting
     * site (null when no place was given or no site could be placed) and every criterion checked with its evidence.
     */
    public record StudyMatch(long studyId, String primaryRegistryId, List<String> registryIds, String title,
                             List<String> phases, String overallStatus, Verdict verdict, MatchTier tier, double score,
                             NearestRecruitingSite nearestSite, List<CriterionCheck> checks) {

        public StudyMatch {
            registryIds = List.copyOf(registryIds);
            phases = List.copyOf(phases);
            checks = List.copyOf(checks);
        }
    }

    /** Facility, town, postal code, country and distance (km, one decimal) of the nearest recruiting site. */
    public record NearestRecruitingSite(String facility, String town, String postalCode, String country,
                                        double distanceKm) {
    }
}
