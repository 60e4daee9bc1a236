package de.dnpm.registry.search.domain.matching;

import java.util.List;

/**
 * One trial assessed for one patient: verdict, tier, the score within the tier (share of inclusion criteria met,
 * unknown counting against, minus penalties for violations), and every criterion checked.
 */
public record TrialAssessment(Verdict verdict, MatchTier tier, double score, List<CriterionCheck> checks) {

    public TrialAssessment {
        checks = List.copyOf(checks);
    }
}
