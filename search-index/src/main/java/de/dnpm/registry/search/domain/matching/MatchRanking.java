package de.dnpm.registry.search.domain.matching;

import java.util.Comparator;

/**
 * The order of a match, as issue 12 asks: trials a patient may join (ELIGIBLE and POSSIBLY_ELIGIBLE together) before
 * those that exclude them; then the tier (variant before gene, exact type before bucket); then the score (share of
 * inclusion criteria met, minus penalties); last the distance to the nearest recruiting site, nearest first, unknown
 * last. {@link #ASSESSMENTS} is the order without places; {@link #MATCHES} adds the distance and the study id, so
 * the order is total and the same on every run.
 */
public final class MatchRanking {

    /** Verdict group, tier, score (higher first). */
    public static final Comparator<TrialAssessment> ASSESSMENTS = Comparator
            .comparingInt((TrialAssessment a) -> a.verdict() == Verdict.NOT_ELIGIBLE ? 1 : 0)
            .thenComparing(TrialAssessment::tier)
            .thenComparing(Comparator.comparingDouble(TrialAssessment::score).reversed());

    /** {@link #ASSESSMENTS}, then the nearest recruiting site's distance (none last), then the study id. */
    public static final Comparator<TrialMatch> MATCHES = Comparator
            .comparing(TrialMatch::assessment, ASSESSMENTS)
            .thenComparingDouble(m -> m.nearestRecruitingSite() == null ? Double.MAX_VALUE
                    : m.nearestRecruitingSite().distanceKm())
            .thenComparingLong(TrialMatch::studyId);

    private MatchRanking() {
    }
}
