package de.dnpm.registry.rest;

import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.search.domain.criteria.TrialCriterion;
import de.dnpm.registry.search.domain.matching.CriterionCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Turns a {@link MatchResult} into the API's {@link MatchResponse}: reasons as codes and as texts in the caller's
 * language (bundle key {@code match.reason.<code>} of the pages' messages; the code itself where there is none), scores
 * to three decimals. Nothing of the profile is repeated but the values a criterion was compared with.
 */
public final class MatchResponseAssembler {

    static final String MESSAGES = "de.dnpm.registry.web.messages";
    static final String REASON_KEY = "match.reason.";

    private final Locale locale;
    private final Function<String, String> studyUrl;

    /** {@code studyUrl}: the API link of a study by its primary registry id. */
    public MatchResponseAssembler(Locale locale, Function<String, String> studyUrl) {
        this.locale = locale;
        this.studyUrl = studyUrl;
    }

    public MatchResponse toResponse(MatchResult result) {
        List<MatchResponse.Study> studies = new ArrayList<>(result.studies().size());
        for (MatchResult.StudyMatch study : result.studies()) {
            studies.add(study(study, studies.size() + 1));
        }
        return new MatchResponse(result.candidatesAssessed(), result.tookMillis(), studies);
    }

    private MatchResponse.Study study(MatchResult.StudyMatch study, int rank) {
        MatchResult.NearestRecruitingSite site = study.nearestSite();
        return new MatchResponse.Study(rank, study.primaryRegistryId(), study.registryIds(),
                studyUrl.apply(study.primaryRegistryId()), study.title(), study.phases(), study.overallStatus(),
                study.verdict().name(), study.tier().name(), Math.round(study.score() * 1000) / 1000.0,
                site == null ? null : new MatchResponse.NearestSite(site.facility(), site.town(), site.postalCode(),
                        site.country(), site.distanceKm()),
                study.checks().stream().map(this::criterion).toList());
    }

    private MatchResponse.Criterion criterion(CriterionCheck check) {
        TrialCriterion c = check.criterion();
        return new MatchResponse.Criterion(c.type().name(), c.exclusion(), c.key(), c.lower(), c.upper(),
                check.status().name(), check.reason(), reasonText(check.reason()), check.patientValue(),
                c.evidence());
    }

    /** The reason in the caller's language; the code itself when the bundle has no text for it. */
    String reasonText(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            // no fallback to the server's locale: an English caller gets English on a German server
            return ResourceBundle.getBundle(MESSAGES, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(REASON_KEY + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
