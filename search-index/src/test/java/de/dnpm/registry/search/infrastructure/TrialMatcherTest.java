package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.PlaceSource;
import de.dnpm.registry.search.domain.SiteLocation;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.criteria.CriterionType;
import de.dnpm.registry.search.domain.criteria.TrialCriteria;
import de.dnpm.registry.search.domain.criteria.TrialCriterion;
import de.dnpm.registry.search.domain.matching.MatchQuery;
import de.dnpm.registry.search.domain.matching.MatchTier;
import de.dnpm.registry.search.domain.matching.TrialAssessment;
import de.dnpm.registry.search.domain.matching.TrialMatch;
import de.dnpm.registry.search.domain.matching.TrialMatches;
import de.dnpm.registry.search.domain.matching.Verdict;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Candidate retrieval, filters, nearest site and rank order of the matcher. The trials are SYNTHETIC (hand-built
 * criteria, invented ids "SYN-..."), and each trial's assessment is given by the test, so what is tested here is the
 * matcher's own work, not the assessor's.
 */
class TrialMatcherTest {

    private static final GeoPoint HEIDELBERG = new GeoPoint(49.4093, 8.6937);
    private static final GeoPoint BERLIN = new GeoPoint(52.5200, 13.4050);
    private static final GeoPoint MUNICH = new GeoPoint(48.1374, 11.5755);

    private static final Set<String> NSCLC_KEYS = Set.of("ONCOTREE:NSCLC", "ONCOTREE:LUNG", "BUCKET:SOLID");
    private static final Set<String> EGFR_L858R = Set.of("EGFR:L858R", "EGFR");

    private final FacetsConfig facets = StudyFields.facetsConfig();
    private final Map<String, TrialAssessment> assessments = new HashMap<>();
    private final Function<TrialCriteria, TrialAssessment> assess = criteria -> assessments.getOrDefault(
            criteria.criteria().getFirst().evidence(), new TrialAssessment(Verdict.POSSIBLY_ELIGIBLE, MatchTier.OTHER,
                    0.5, List.of()));
    private ByteBuffersDirectory directory;
    private DirectoryReader reader;

    @BeforeEach
    void index() throws IOException {
        directory = new ByteBuffersDirectory();
        StudyDocumentMapper mapper = new StudyDocumentMapper(facets);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(StudyAnalyzers.perField()))) {
            for (StudyDocument study : List.of(
                    trial(1, "RECRUITING", "PHASE2", List.of(BERLIN), diagnosis("ONCOTREE:NSCLC", false, "nsclc-berlin")),
                    trial(2, "RECRUITING", "PHASE3", List.of(HEIDELBERG),
                            biomarker("EGFR:L858R", false, "egfr-heidelberg")),
                    trial(3, "RECRUITING", "PHASE1", List.of(MUNICH), diagnosis("BUCKET:SOLID", false, "solid-munich")),
                    trial(4, "COMPLETED", "PHASE2", List.of(HEIDELBERG), diagnosis("ONCOTREE:NSCLC", false, "done")),
                    trial(5, "RECRUITING", "PHASE2", List.of(HEIDELBERG), diagnosis("ONCOTREE:BRCA", false, "breast")),
                    trial(6, "NOT_YET_RECRUITING", "PHASE2", List.of(HEIDELBERG),
                            diagnosis("ONCOTREE:NSCLC", true, "excludes-nsclc"), diagnosis("ONCOTREE:SCLC", false,
                                    "sclc")),
                    trial(7, "RECRUITING", "PHASE2", List.of(), biomarker("ALK:POSITIVE", false, "alk-only"),
                            diagnosis("ONCOTREE:NSCLC", false, "alk-nsclc")))) {
                writer.addDocument(mapper.toDocument(study));
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void findsTrialsByTheDiagnosisOrBiomarkerTheirInclusionCriteriaName() throws IOException {
        TrialMatches found = match(NSCLC_KEYS, EGFR_L858R, query(null, null, Set.of(), Set.of(), 50));
        // 4 completed, 5 another disease, 6 names NSCLC only among its exclusions
        assertEquals(Set.of(1L, 2L, 3L, 7L), ids(found));
        assertEquals(4, found.candidatesAssessed());
    }

    @Test
    void aBiomarkerAloneMakesACandidate() throws IOException {
        assertEquals(Set.of(2L), ids(match(Set.of(), EGFR_L858R, query(null, null, Set.of(), Set.of(), 50))));
    }

    @Test
    void aPatientWithNothingToLookUpByGetsNoTrials() throws IOException {
        assertTrue(match(Set.of(), Set.of(), query(null, null, Set.of(), Set.of(), 50)).matches().isEmpty());
    }

    @Test
    void narrowsByStatusAndPhase() throws IOException {
        assertEquals(Set.of(1L, 4L, 7L), ids(match(NSCLC_KEYS, Set.of(),
                query(null, null, Set.of("RECRUITING", "COMPLETED"), Set.of("PHASE2"), 50))));
        assertEquals(Set.of(4L), ids(match(NSCLC_KEYS, Set.of(), query(null, null, Set.of("COMPLETED"), Set.of(), 50))));
        assertEquals(Set.of(2L, 3L), ids(match(NSCLC_KEYS, EGFR_L858R,
                query(null, null, Set.of(), Set.of("PHASE1", "PHASE3"), 50))));
    }

    @Test
    void withinTheTravelRadiusOnlyAndWithTheNearestSite() throws IOException {
        TrialMatches near = match(NSCLC_KEYS, EGFR_L858R, query(HEIDELBERG, 100, Set.of(), Set.of(), 50));
        assertEquals(Set.of(2L), ids(near));
        assertEquals(0.0, near.matches().getFirst().nearestRecruitingSite().distanceKm());

        TrialMatches anywhere = match(NSCLC_KEYS, EGFR_L858R, query(HEIDELBERG, null, Set.of(), Set.of(), 50));
        TrialMatch berlin = anywhere.matches().stream().filter(m -> m.studyId() == 1).findFirst().orElseThrow();
        assertEquals(478, berlin.nearestRecruitingSite().distanceKm(), 5); // Heidelberg–Berlin by air
        TrialMatch unplaced = anywhere.matches().stream().filter(m -> m.studyId() == 7).findFirst().orElseThrow();
        assertNull(unplaced.nearestRecruitingSite());
    }

    @Test
    void ranksJoinableTrialsFirstThenByTierScoreAndDistanceAndKeepsTheIneligibleWithTheirReasons()
            throws IOException {
        assessments.put("alk-only", new TrialAssessment(Verdict.NOT_ELIGIBLE, MatchTier.GENE_AND_TYPE, 0.9, List.of()));
        assessments.put("egfr-heidelberg", new TrialAssessment(Verdict.POSSIBLY_ELIGIBLE,
                MatchTier.VARIANT_AND_TYPE, 0.4, List.of()));
        assessments.put("nsclc-berlin", new TrialAssessment(Verdict.ELIGIBLE, MatchTier.TYPE, 1.0, List.of()));
        assessments.put("solid-munich", new TrialAssessment(Verdict.ELIGIBLE, MatchTier.TYPE, 1.0, List.of()));

        TrialMatches ranked = match(NSCLC_KEYS, EGFR_L858R, query(HEIDELBERG, null, Set.of(), Set.of(), 50));

        // variant before type; Munich (~240 km) before Berlin (~480 km) at equal tier and score; not eligible last
        assertEquals(List.of(2L, 3L, 1L, 7L), ranked.matches().stream().map(TrialMatch::studyId).toList());
        assertEquals("SYN-7", ranked.matches().getLast().primaryRegistryId());
        assertEquals(Verdict.NOT_ELIGIBLE, ranked.matches().getLast().assessment().verdict());
    }

    @Test
    void cutsTheRankedListToTheLimitAfterRanking() throws IOException {
        assessments.put("egfr-heidelberg", new TrialAssessment(Verdict.ELIGIBLE, MatchTier.VARIANT_AND_TYPE, 1.0,
                List.of()));
        TrialMatches one = match(NSCLC_KEYS, EGFR_L858R, query(null, null, Set.of(), Set.of(), 1));
        assertEquals(List.of(2L), one.matches().stream().map(TrialMatch::studyId).toList());
        assertEquals(4, one.candidatesAssessed());
    }

    @Test
    void answersWithTheTrialsIdsTitleAndCriteriaAsStored() throws IOException {
        TrialMatch trial = match(Set.of(), EGFR_L858R, query(null, null, Set.of(), Set.of(), 5)).matches().getFirst();
        assertEquals(List.of("SYN-2", "SYN-EU-2"), trial.registryIds());
        assertEquals("Synthetic trial 2", trial.title());
        assertEquals(List.of("PHASE3"), trial.phases());
        assertEquals("RECRUITING", trial.overallStatus());
    }

    private TrialMatches match(Set<String> diagnosis, Set<String> biomarkers, MatchQuery query) throws IOException {
        return new TrialMatcher(facets).match(new IndexSearcher(reader), diagnosis, biomarkers, query, assess);
    }

    private static MatchQuery query(GeoPoint from, Integer km, Set<String> statuses, Set<String> phases, int limit) {
        return new MatchQuery(statuses, phases, from, km, limit);
    }

    private static Set<Long> ids(TrialMatches matches) {
        return matches.matches().stream().map(TrialMatch::studyId).collect(java.util.stream.Collectors.toSet());
    }

    private static TrialCriterion diagnosis(String key, boolean exclusion, String evidence) {
        return new TrialCriterion(CriterionType.DIAGNOSIS, exclusion, key, null, null, evidence);
    }

    private static TrialCriterion biomarker(String key, boolean exclusion, String evidence) {
        return new TrialCriterion(CriterionType.BIOMARKER, exclusion, key, null, null, evidence);
    }

    private static StudyDocument trial(long id, String status, String phase, List<GeoPoint> sites,
                                       TrialCriterion... criteria) {
        return StudyDocument.builder(id).primaryRegistryId("SYN-" + id).registryIds(List.of("SYN-" + id, "SYN-EU-" + id))
                .briefTitle("Synthetic trial " + id).overallStatus(status).phases(List.of(phase))
                .siteLocations(sites.stream().map(p -> new SiteLocation(p, PlaceSource.REGISTRY, true, "Site", "Town"))
                        .toList())
                .criteria(new TrialCriteria(1, List.of(criteria))).build();
    }
}
