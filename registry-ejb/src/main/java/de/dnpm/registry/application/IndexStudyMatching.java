package de.dnpm.registry.application;

import de.dnpm.registry.infrastructure.SearchIndex;
import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.NearestSite;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.matching.MatchQuery;
import de.dnpm.registry.search.domain.matching.PatientFacts;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import de.dnpm.registry.search.domain.matching.TrialMatch;
import de.dnpm.registry.search.domain.matching.TrialMatches;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import de.dnpm.registry.search.infrastructure.GazetteerLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * {@link StudyMatching} from the study index alone: the profile read into the portal's vocabularies, its postal code
 * placed by the gazetteer (as the search places one), the index's candidates assessed and ranked there. Nothing of
 * the profile is kept or logged: the log gets counts and time only.
 */
@ApplicationScoped
public class IndexStudyMatching implements StudyMatching {

    private static final System.Logger LOG = System.getLogger(IndexStudyMatching.class.getName());

    @Inject
    SearchIndex searchIndex;

    /**
     * @throws UnknownPlaceException when the profile's postal code is no German postal code or town the gazetteer knows
     */
    @Override
    public MatchResult match(PatientProfile profile, MatchOptions options) {
        long start = System.nanoTime();
        PatientFacts patient = PatientFacts.read(profile, ConceptDictionaryLoader.shared(),
                BiomarkerVocabulary.standard(), TherapyVocabulary.standard());
        GeoPoint from = place(profile.postalCode());
        MatchQuery query = new MatchQuery(options.statuses(), options.phases(), from,
                from == null ? null : profile.maxDistanceKm(), options.limit());
        TrialMatches matches;
        try {
            matches = searchIndex.index().match(patient, query);
        } catch (IOException e) {
            throw new UncheckedIOException("Matching against the study index failed", e);
        }
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.log(System.Logger.Level.DEBUG, "Match: {0} of {1} candidate studies assessed in {2} ms",
                matches.candidatesAssessed(), matches.candidatesFound(), tookMillis);
        return new MatchResult(matches.matches().stream().map(IndexStudyMatching::studyMatch).toList(),
                matches.candidatesAssessed(), tookMillis);
    }

    /* A postal code as the search reads one ("69120"); a town is accepted too, as the search accepts it. */
    private static GeoPoint place(String postalCode) {
        if (postalCode == null || postalCode.isBlank()) {
            return null;
        }
        return GazetteerLoader.shared().resolve(postalCode.strip(), "DE").map(Place::point)
                .orElseThrow(UnknownPlaceException::new);
    }

    private static MatchResult.StudyMatch studyMatch(TrialMatch trial) {
        NearestSite nearest = trial.nearestRecruitingSite();
        MatchResult.NearestRecruitingSite site = nearest == null ? null : new MatchResult.NearestRecruitingSite(
                nearest.site().facility(), nearest.site().city(), null, nearest.site().country(),
                nearest.distanceKm());
        return new MatchResult.StudyMatch(trial.studyId(), trial.primaryRegistryId(), trial.registryIds(),
                trial.title(), trial.phases(), trial.overallStatus(), trial.assessment().verdict(),
                trial.assessment().tier(), trial.assessment().score(), site, trial.assessment().checks());
    }

    /** The profile's postal code names no place the gazetteer knows; the message names the field, not its value. */
    public static final class UnknownPlaceException extends IllegalArgumentException {
        UnknownPlaceException() {
            super("postalCode: no German postal code or town of that name is known");
        }
    }
}
