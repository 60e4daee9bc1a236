package de.dnpm.registry.search.domain.matching;

/**
 * A trial for a patient: ELIGIBLE when every criterion read is met; POSSIBLY_ELIGIBLE when none is violated but some
 * are unknown; NOT_ELIGIBLE when an inclusion is not met or an exclusion applies (shown with its reasons, never hidden).
 */
public enum Verdict {
    ELIGIBLE, POSSIBLY_ELIGIBLE, NOT_ELIGIBLE
}
