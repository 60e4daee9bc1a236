package de.dnpm.registry.application;

import de.dnpm.registry.search.domain.matching.PatientProfile;

/**
 * Matches one pseudonymised patient against every study: candidates from the index by diagnosis (with the concept
 * hierarchy), biomarker and place, each assessed criterion by criterion, ranked by tier, score and distance. Stateless:
 * nothing of the profile is stored or logged.
 */
public interface StudyMatching {

    MatchResult match(PatientProfile profile, MatchOptions options);
}
