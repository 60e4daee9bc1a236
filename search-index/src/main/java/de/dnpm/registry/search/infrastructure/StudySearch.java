package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.NearestSite;
import de.dnpm.registry.search.domain.SearchNotes;
import de.dnpm.registry.search.domain.SiteLocation;
import de.dnpm.registry.search.domain.StudyHit;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One search on one acquired searcher: builds the query, collects the requested page with exact totals and the facet
 * counts in the same pass, and reads the hits from stored fields. A hit's score is its relevance, or 0 in a list
 * that is not ranked (blank text, ordered by last update). Thread-safe.
 */
public final class StudySearch {

    private final StudyQueryBuilder queryBuilder;
    private final FacetCounter facetCounter;
    private final StudyDocumentMapper mapper;
    private final HitSnippets snippets;
    private final java.time.Clock clock;

    public StudySearch(Analyzer analyzer, FacetsConfig facetsConfig,
                       java.util.function.Supplier<ConceptDictionary> dictionary) {
        this(analyzer, facetsConfig, dictionary, java.time.Clock.systemDefaultZone());
    }

    /** {@code clock}: what "today" is for date-range facets and stale recruiting studies. */
    public StudySearch(Analyzer analyzer, FacetsConfig facetsConfig,
                       java.util.function.Supplier<ConceptDictionary> dictionary, java.time.Clock clock) {
        this.queryBuilder = new StudyQueryBuilder(analyzer, facetsConfig, dictionary);
        this.facetCounter = new FacetCounter(facetsConfig);
        this.mapper = new StudyDocumentMapper(facetsConfig);
        this.snippets = new HitSnippets(analyzer);
        this.clock = clock;
    }

    /* The stored fields of a hit on the page, with what its nearest site and its snippet need where asked for. */
    private static final java.util.Set<String> HIT_FIELDS_WITH_SNIPPETS = union(StudyDocumentMapper.HIT_FIELDS,
            HitSnippets.STORED_FIELDS);
    private static final java.util.Set<String> ALL_HIT_FIELDS = union(HIT_FIELDS_WITH_SNIPPETS,
            StudyDocumentMapper.HIT_FIELDS_WITH_SITES);

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.addAll(b);
        return java.util.Set.copyOf(both);
    }

    /**
     * Words that ask for studies nearby ("in meiner Nähe") are no topic ({@link NearMeInText}). A place in plain text
     * ("Lungenkrebs Heidelberg") becomes a radius around it ({@link PlaceInText}). Every word is
     * required first; when that finds nothing and the text is plain words (no query syntax, at least two words), the
     * search is run again with each word optional, so the studies covering most of the text come first
     * ({@link SearchNotes#relaxed()}).
     */
    public StudyHits run(IndexSearcher searcher, StudyQuery typed) throws IOException {
        Optional<StudyQuery> nearMe = NearMeInText.read(typed);
        StudyQuery query = nearMe.orElse(typed);
        Optional<StudyQuery> placed = PlaceInText.read(query, GazetteerLoader.shared());
        StudyHits hits = strictThenRelaxed(searcher, placed.orElse(query));
        SearchNotes notes = placed.map(p -> hits.notes().withPlace(p.nearby())).orElse(hits.notes());
        if (nearMe.isPresent() && query.nearby() == null && placed.isEmpty()) {
            notes = notes.withPlaceWanted();
        }
        return notes == hits.notes() ? hits : new StudyHits(hits.total(), hits.hits(), hits.facets(), notes);
    }

    private StudyHits strictThenRelaxed(IndexSearcher searcher, StudyQuery query) throws IOException {
        StudyHits strict = run(searcher, query, false);
        if (strict.total() > 0 || !StudyQueryBuilder.canRelax(SpokenOperators.read(query.text()))) {
            return strict;
        }
        StudyHits relaxed = run(searcher, query, true);
        return relaxed.total() == 0 ? strict : new StudyHits(relaxed.total(), relaxed.hits(), relaxed.facets(),
                relaxed.notes().asRelaxed());
    }

    private StudyHits run(IndexSearcher searcher, StudyQuery query, boolean relaxed) throws IOException {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        StudyQueryBuilder.Built built = queryBuilder.build(query, searcher.getIndexReader(), relaxed, today);
        int from = (int) Math.min((long) query.page() * query.size(), Integer.MAX_VALUE);
        // Never more slots than documents: a page number far beyond the end must not allocate a huge queue.
        int wanted = (int) Math.max(1, Math.min((long) from + query.size(), searcher.getIndexReader().maxDoc()));
        TopFieldCollectorManager topHits = new TopFieldCollectorManager(built.sort(), wanted, null,
                Integer.MAX_VALUE); // count every match: the total is shown, not estimated
        FacetCounter.Counted<TopFieldDocs> counted = facetCounter.search(searcher, built.query(), topHits, today);

        TopFieldDocs top = counted.hits();
        StoredFields stored = searcher.storedFields();
        List<StudyHit> hits = new ArrayList<>();
        for (int i = from; i < top.scoreDocs.length; i++) {
            ScoreDoc doc = top.scoreDocs[i];
            boolean near = query.nearby() != null;
            // a snippet shows the words searched for: there are none in a list of all studies
            boolean snippet = built.ranked();
            Document document = stored.document(doc.doc, near && snippet ? ALL_HIT_FIELDS
                    : near ? StudyDocumentMapper.HIT_FIELDS_WITH_SITES
                    : snippet ? HIT_FIELDS_WITH_SNIPPETS : StudyDocumentMapper.HIT_FIELDS);
            StudyHit hit = mapper.toHit(document, built.ranked() ? score(doc) : 0f, today);
            if (near) {
                hit = hit.withNearest(nearest(mapper.siteLocations(document), query.nearby().place().point()));
            }
            if (snippet) {
                java.util.Optional<HitSnippets.Snippet> found = snippets.of(document, built.query().getBaseQuery());
                if (found.isPresent()) {
                    hit = hit.withSnippet(found.get().field().name(), found.get().html());
                }
            }
            hits.add(hit);
        }
        return new StudyHits(top.totalHits.value(), List.copyOf(hits), counted.facets(), built.notes());
    }

    /* A field-sorted collector leaves ScoreDoc.score unset (NaN); ranked, the score is among the sort values. */
    private static float score(ScoreDoc doc) {
        if (doc instanceof FieldDoc fieldDoc) {
            for (Object value : fieldDoc.fields) {
                if (value instanceof Float score) {
                    return score;
                }
            }
        }
        return 0f;
    }

    /** The site nearest to the point (a recruiting one wins a tie), with its distance rounded to 0.1 km. */
    static NearestSite nearest(List<SiteLocation> sites, GeoPoint from) {
        NearestSite best = null;
        for (SiteLocation site : sites) {
            double km = Math.round(site.point().distanceKm(from) * 10) / 10.0;
            if (best == null || km < best.distanceKm() || (km == best.distanceKm() && site.recruiting()
                    && !best.site().recruiting())) {
                best = new NearestSite(site, km);
            }
        }
        return best;
    }
}
