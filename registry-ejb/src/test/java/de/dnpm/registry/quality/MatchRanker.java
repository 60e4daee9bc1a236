package de.dnpm.registry.quality;

import de.dnpm.registry.search.application.StudyIndex;
import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.criteria.TherapyVocabulary;
import de.dnpm.registry.search.domain.matching.MatchQuery;
import de.dnpm.registry.search.domain.matching.PatientFacts;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import de.dnpm.registry.search.domain.matching.TrialMatch;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The board matcher as a ranker: the topic becomes a {@link PatientProfile} (by {@link TopicProfiles}, or the board
 * case's own profile), is read into {@link PatientFacts} and matched against the whole corpus, every recruitment status
 * (TREC's judged trials are mostly closed) and no place; the trials come in the match's order (verdict, tier, score).
 * Trials that are no candidate of the match are absent, or — with {@code portalAfter} — follow in the portal's order,
 * as a page could show "further trials by text" below the matches.
 */
final class MatchRanker implements Ranker, AutoCloseable {

    private final StudyIndex index;
    private final Set<String> allStatuses;
    private final ConceptDictionary concepts = ConceptDictionaryLoader.shared();
    private final TopicProfiles topicProfiles = new TopicProfiles(concepts, TherapyVocabulary.standard());
    private Map<String, PatientProfile> profilesByTopic = Map.of();
    private PortalRanker portalAfter;

    MatchRanker(Collection<StudyDocument> documents) throws IOException {
        this.index = StudyIndex.inMemory();
        index.rebuild(documents.stream(), "evaluation");
        this.allStatuses = documents.stream().map(StudyDocument::overallStatus).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Topics given by their profile (board cases), keyed by the topic text the other rankers get. */
    MatchRanker profiles(Map<String, PatientProfile> byTopicText) {
        this.profilesByTopic = Map.copyOf(byTopicText);
        return this;
    }

    /** With a portal ranker, the trials the match does not return follow in its order; null: they are absent. */
    MatchRanker portalAfter(PortalRanker portal) {
        this.portalAfter = portal;
        return this;
    }

    PatientProfile profileOf(String topic) {
        PatientProfile given = profilesByTopic.get(topic);
        return given != null ? given : topicProfiles.read("topic", topic);
    }

    @Override
    public List<String> rank(String topic, boolean patientNote, int depth) throws IOException {
        PatientFacts facts = PatientFacts.read(profileOf(topic), concepts, BiomarkerVocabulary.standard(),
                TherapyVocabulary.standard());
        // the corpus has fewer than 10,000 studies: every candidate comes back
        List<TrialMatch> matches = index.match(facts, new MatchQuery(allStatuses, Set.of(), null, null,
                Math.min(depth, 10_000))).matches();
        Set<String> ranking = new LinkedHashSet<>();
        matches.forEach(m -> ranking.add(m.primaryRegistryId()));
        if (portalAfter != null && ranking.size() < depth) {
            ranking.addAll(portalAfter.rank(topic, patientNote, depth));
        }
        return new ArrayList<>(ranking).subList(0, Math.min(depth, ranking.size()));
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
