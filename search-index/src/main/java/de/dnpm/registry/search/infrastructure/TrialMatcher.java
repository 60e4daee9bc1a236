package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.NearestSite;
import de.dnpm.registry.search.domain.SiteLocation;
import de.dnpm.registry.search.domain.criteria.TrialCriteria;
import de.dnpm.registry.search.domain.matching.MatchQuery;
import de.dnpm.registry.search.domain.matching.MatchRanking;
import de.dnpm.registry.search.domain.matching.TrialAssessment;
import de.dnpm.registry.search.domain.matching.TrialMatch;
import de.dnpm.registry.search.domain.matching.TrialMatches;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One patient against the index: candidates are the trials whose inclusion criteria name one of the patient's
 * diagnosis keys (the concepts, their ancestors, the bucket) or require one of the patient's biomarker keys, narrowed
 * by recruitment status, phase and travel radius; the best {@value #MAX_CANDIDATES} of them by a cheap score (a
 * required biomarker the patient has weighs most, the exact disease more than a bucket) are decoded from their
 * criteria (doc values), assessed and ranked; only the trials that reach the answer are read whole (stored fields)
 * and given their nearest recruiting site. Reads the index only, no database. Thread-safe.
 */
public final class TrialMatcher {

    /**
     * How many candidates are assessed at most. The shared corpus gives a few hundred for a common cancer; the cap
     * bounds one match's time on a large corpus, and the cheap score keeps the trials that ask for the patient's
     * variant within it. How many were found is in {@link TrialMatches#candidatesFound()}.
     */
    public static final int MAX_CANDIDATES = 2000;

    /** The statuses matched when the caller names none: trials a patient can still join. */
    public static final Set<String> OPEN_STATUSES = Set.of("RECRUITING", "NOT_YET_RECRUITING");

    private static final Set<String> FIELDS = Set.of(StudyFields.STUDY_ID, StudyFields.PRIMARY_REGISTRY_ID,
            StudyFields.REGISTRY_ID_SHOWN, StudyFields.BRIEF_TITLE, StudyFields.PHASE, StudyFields.STATUS,
            StudyFields.SITE_LOCATION);

    private final FacetsConfig facetsConfig;
    private final StudyDocumentMapper mapper;

    public TrialMatcher(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
        this.mapper = new StudyDocumentMapper(facetsConfig);
    }

    /**
     * Finds, assesses and ranks the trials for a patient given by the keys candidate retrieval looks up and the
     * assessment of one trial's criteria ({@code assess}: the patient's facts checked by the TrialAssessor).
     */
    public TrialMatches match(IndexSearcher searcher, Set<String> diagnosisKeys, Set<String> biomarkerKeys,
                              MatchQuery query, Function<TrialCriteria, TrialAssessment> assess) throws IOException {
        Query candidates = candidates(diagnosisKeys, biomarkerKeys, query);
        TopDocs top = searcher.search(candidates, MAX_CANDIDATES);
        List<Assessed> assessed = assess(searcher, top.scoreDocs, assess);
        boolean radius = query.from() != null && query.maxDistanceKm() != null;
        assessed.sort(Comparator.comparing(Assessed::assessment, MatchRanking.ASSESSMENTS));
        int limit = Math.max(0, Math.min(query.limit(), assessed.size()));
        // only the trials that can reach the answer are read whole: the first `limit` and those tied with the last
        // of them (the distance orders ties); with a radius every candidate, since a trial beyond it is left out
        int shown = limit;
        while (!radius && shown > 0 && shown < assessed.size() && MatchRanking.ASSESSMENTS.compare(
                assessed.get(shown).assessment(), assessed.get(limit - 1).assessment()) == 0) {
            shown++;
        }
        StoredFields stored = searcher.storedFields();
        List<TrialMatch> matches = new ArrayList<>(radius ? assessed.size() : shown);
        for (Assessed trial : radius ? assessed : assessed.subList(0, shown)) {
            Document doc = stored.document(trial.doc(), FIELDS);
            NearestSite nearest = query.from() == null ? null
                    : nearestRecruiting(mapper.siteLocations(doc), query.from());
            if (radius && (nearest == null || nearest.distanceKm() > query.maxDistanceKm())) {
                continue; // a site within the radius that is not recruiting is no reason to travel
            }
            matches.add(new TrialMatch(Long.parseLong(doc.get(StudyFields.STUDY_ID)),
                    doc.get(StudyFields.PRIMARY_REGISTRY_ID), List.of(doc.getValues(StudyFields.REGISTRY_ID_SHOWN)),
                    doc.get(StudyFields.BRIEF_TITLE), List.of(doc.getValues(StudyFields.PHASE)),
                    doc.get(StudyFields.STATUS), trial.assessment(), nearest));
        }
        matches.sort(MatchRanking.MATCHES); // verdict group, tier, score, distance, id
        return new TrialMatches(matches.subList(0, Math.min(limit, matches.size())), top.scoreDocs.length,
                top.totalHits.value());
    }

    /*
     * Every candidate's criteria from doc values, in index order per segment: stored fields would decompress a block
     * for each of up to 2,000 candidates, which was most of a match's time.
     */
    private static List<Assessed> assess(IndexSearcher searcher, ScoreDoc[] hits,
                                         Function<TrialCriteria, TrialAssessment> assess) throws IOException {
        ScoreDoc[] byDoc = hits.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(hit -> hit.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<Assessed> assessed = new ArrayList<>(byDoc.length);
        int leafIndex = -1;
        BinaryDocValues criteria = null;
        LeafReaderContext leaf = null;
        for (ScoreDoc hit : byDoc) {
            int index = ReaderUtil.subIndex(hit.doc, leaves);
            if (index != leafIndex) {
                leafIndex = index;
                leaf = leaves.get(index);
                criteria = DocValues.getBinary(leaf.reader(), StudyFields.MATCH_CRITERIA);
            }
            String encoded = criteria.advanceExact(hit.doc - leaf.docBase)
                    ? criteria.binaryValue().utf8ToString() : null;
            assessed.add(new Assessed(hit.doc, assess.apply(TrialCriteria.decode(encoded))));
        }
        return assessed;
    }

    /** A candidate (its index document) and its assessment. */
    private record Assessed(int doc, TrialAssessment assessment) {
    }

    /*
     * Constant-score clauses summed: a required variant the patient has 4, a required gene 3, a named disease 2 (its
     * ancestors too: the dictionary's hierarchy is shallow), a solid / liquid bucket 1. The sum orders the candidates
     * before the cap only; the assessment decides the rank.
     */
    Query candidates(Set<String> diagnosisKeys, Set<String> biomarkerKeys, MatchQuery query) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String key : diagnosisKeys) {
            any.add(weighted(StudyFields.MATCH_DIAGNOSIS, key, key.startsWith("BUCKET:") ? 1f : 2f), Occur.SHOULD);
            clauses++;
        }
        for (String key : biomarkerKeys) {
            any.add(weighted(StudyFields.MATCH_BIOMARKER, key, key.contains(":") ? 4f : 3f), Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return new MatchNoDocsQuery("the patient has no diagnosis or biomarker to look trials up by");
        }
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
        BooleanQuery.Builder statuses = new BooleanQuery.Builder();
        (query.statuses().isEmpty() ? OPEN_STATUSES : query.statuses()).forEach(status -> statuses.add(
                new TermQuery(new Term(StudyFields.STATUS_CODE, status.strip())), Occur.SHOULD));
        base.add(statuses.build(), Occur.FILTER);
        if (query.from() != null && query.maxDistanceKm() != null) {
            base.add(LatLonPoint.newDistanceQuery(StudyFields.SITE_POINT, query.from().lat(), query.from().lon(),
                    query.maxDistanceKm() * 1000.0), Occur.FILTER);
        }
        if (query.phases().isEmpty()) {
            return base.build();
        }
        DrillDownQuery phases = new DrillDownQuery(facetsConfig, base.build());
        query.phases().forEach(phase -> phases.add(StudyFields.PHASE, phase.strip())); // one dimension: ORed
        return phases;
    }

    private static Query weighted(String field, String key, float weight) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, key))), weight);
    }

    /*
     * The nearest site that recruits now; a trial whose record marks no site as recruiting (DRKS gives no status per
     * site) has its nearest site instead, since the trial as a whole recruits.
     */
    static NearestSite nearestRecruiting(List<SiteLocation> sites, GeoPoint from) {
        List<SiteLocation> recruiting = sites.stream().filter(SiteLocation::recruiting).toList();
        return StudySearch.nearest(recruiting.isEmpty() ? sites : recruiting, from);
    }
}
