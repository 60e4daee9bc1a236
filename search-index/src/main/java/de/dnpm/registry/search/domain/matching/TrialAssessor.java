package de.dnpm.registry.search.domain.matching;

import de.dnpm.registry.search.domain.criteria.TrialCriteria;

/** Checks every criterion of a trial against a patient's facts and ranks the trial: pure, thread-safe. */
public final class TrialAssessor {

    public TrialAssessment assess(PatientFacts patient, TrialCriteria trial) {
        throw new UnsupportedOperationException("skeleton: to be implemented");
    }
}
