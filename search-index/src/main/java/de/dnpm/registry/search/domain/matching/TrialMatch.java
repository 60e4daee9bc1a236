package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.NearestSite;

import java.util.List;

/**
 * One trial of a match as the index answers it: what is shown of the trial (ids, title, phases, status), its
 * assessment for the patient, and its nearest recruiting site (null when no place is known or none is placed).
 */
public record TrialMatch(long studyId, String primaryRegistryId, List<String> registryIds, String title,
                         List<String> phases, String overallStatus, TrialAssessment assessment,
                         NearestSite nearestRecruitingSite) {

    public TrialMatch {
        registryIds = List.copyOf(registryIds);
        phases = List.copyOf(phases);
    }
}
