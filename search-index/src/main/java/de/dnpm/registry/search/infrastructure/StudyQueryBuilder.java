package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.DateBucket;
import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.StudyQuery;
import de.dnpm.registry.search.domain.ConceptDictionary;
import de.dnpm.registry.search.domain.Nearby;
import de.dnpm.registry.search.domain.PatientFilter;
import de.dnpm.registry.search.domain.PatientNote;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import de.dnpm.registry.search.domain.SearchNotes;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link StudyQuery} into a Lucene query and sort order:
 * <ul>
 * <li>A text that is exactly a public registry's number of an indexed study ("NCT06576635", "2006-002087-26", any
 * case; not a sponsor's or other free-text id, see {@link RegistryIds#isPublicRegistryId}) finds that
 * study alone. Otherwise the text is parsed by {@link StudyTextQueryParser}, and each word of it that could be an id
 * also finds the study with that id.</li>
 * <li>Blank text (or text that leaves no words, such as "&gt;= %") matches every study; such a list is ordered by the
 * most recent registry update, newest first (studies without a date last). Ranked lists are ordered by relevance.
 * Ties go to the lower database id, so the order never depends on how the index was built.</li>
 * <li>Age: see {@link #ageFilter(int)}.</li>
 * <li>Facet filters: values of one facet ORed, facets ANDed, as a {@link DrillDownQuery} whose dimensions
 * {@link FacetCounter} counts sideways.</li>
 * </ul>
 */
public final class StudyQueryBuilder {

    /** Days counted per year of a patient's age; see {@link #ageFilter(int)}. */
    static final int DAYS_PER_YEAR = 365;
    private static final float ID_BOOST = 10f;
    /**
     * How much more a study open to patients (recruiting, or about to) scores than a closed one, ranked by relevance:
     * enough to lift it above closed studies of similar relevance, not above ones that fit the words far better.
     */
    static final float OPEN_BOOST = 3f;
    private static final Query OPEN = new BooleanQuery.Builder()
            .add(new TermQuery(new Term(StudyFields.STATUS_CODE, "RECRUITING")), Occur.SHOULD)
            .add(new TermQuery(new Term(StudyFields.STATUS_CODE, "NOT_YET_RECRUITING")), Occur.SHOULD).build();

    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig;
    private final ConceptExpansion concepts;
    private final PatientNoteQuery patientNotes;

    public StudyQueryBuilder(Analyzer analyzer, FacetsConfig facetsConfig,
                             java.util.function.Supplier<ConceptDictionary> dictionary) {
        this.analyzer = analyzer;
        this.facetsConfig = facetsConfig;
        this.concepts = new ConceptExpansion(dictionary, analyzer);
        this.patientNotes = new PatientNoteQuery(dictionary, concepts, analyzer);
    }

    /**
     * The query and its order. {@code ranked} is false when there is no text to rank by; {@code notes} say what the
     * text was read as (never {@code relaxed}: the caller decides that).
     */
    public record Built(DrillDownQuery query, Sort sort, boolean ranked, SearchNotes notes) {
    }

    public Built build(StudyQuery query, IndexReader reader) throws IOException {
        return build(query, reader, false);
    }

    public Built build(StudyQuery query, IndexReader reader, boolean relaxed) throws IOException {
        return build(query, reader, relaxed, java.time.LocalDate.now());
    }

    /**
     * {@code relaxed}: each word of plain text optional rather than required (see {@link StudySearch});
     * {@code today}: what the date-range filters count back from.
     */
    public Built build(StudyQuery query, IndexReader reader, boolean relaxed, java.time.LocalDate today)
            throws IOException {
        SearchNotes[] notes = {SearchNotes.NONE};
        Optional<Query> text = withPatientNote(textQuery(query, reader, relaxed, notes), query, reader, notes);
        boolean plainWords = query.text() == null || !StudyTextQueryParser.usesSyntax(SpokenOperators.read(query.text()));
        text = text.map(ranked -> BiomarkerRanking.apply(ranked, plainWords, query.text(), query.patientNote()))
                .map(ranked -> ChildrenInText.apply(ranked, query.text()));
        if (query.openFirst()) {
            text = text.map(ranked -> org.apache.lucene.queries.function.FunctionScoreQuery.boostByQuery(ranked, OPEN,
                    OPEN_BOOST));
        }
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        base.add(text.orElseGet(MatchAllDocsQuery::new), Occur.MUST);
        if (query.ageYears() != null) {
            base.add(ageFilter(query.ageYears()), Occur.FILTER);
        }
        patientFilter(query.patient()).ifPresent(filter -> base.add(filter, Occur.FILTER));
        Nearby nearby = query.nearby();
        if (nearby != null) {
            base.add(LatLonPoint.newDistanceQuery(StudyFields.SITE_POINT, nearby.place().point().lat(),
                    nearby.place().point().lon(), nearby.radiusKm() * 1000), Occur.FILTER);
        }
        DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, base.build());
        for (Map.Entry<Facet, Set<String>> filter : query.filters().entrySet()) {
            if (filter.getKey().isDateRange()) {
                dateRanges(filter.getKey(), filter.getValue(), today)
                        .ifPresent(ranges -> drillDown.add(StudyFields.dimension(filter.getKey()), ranges));
            } else if (!filter.getValue().isEmpty()) {
                String dimension = StudyFields.dimension(filter.getKey());
                filter.getValue().forEach(value -> drillDown.add(dimension, value)); // same dimension: ORed
            }
        }
        boolean ranked = text.isPresent();
        Sort sort = switch (query.order()) {
            case UPDATED -> byLastUpdate();
            case START -> byStart();
            case RELEVANCE -> nearby != null && nearby.byDistance() ? byDistance(nearby)
                    : ranked ? byRelevance() : byLastUpdate();
        };
        return new Built(drillDown, sort, ranked, notes[0]);
    }

    /**
     * The studies whose date lies in any of the selected ranges ({@link DateBucket}, relative to today); keys that
     * name no range of the facet are ignored (the interfaces reject them before), so empty when none is left.
     */
    static Optional<Query> dateRanges(Facet facet, Set<String> keys, java.time.LocalDate today) {
        String field = facet == Facet.STARTED ? StudyFields.START_DAY : StudyFields.UPDATE_DAY;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean found = false;
        for (String key : keys) {
            Optional<DateBucket> bucket = DateBucket.of(facet, key);
            if (bucket.isPresent()) {
                long[] bounds = bounds(bucket.get(), today);
                any.add(LongPoint.newRangeQuery(field, bounds[0], bounds[1]), Occur.SHOULD);
                found = true;
            }
        }
        return found ? Optional.of(any.build()) : Optional.empty();
    }

    /** A bucket's inclusive bounds in epoch days (Long.MIN_VALUE / MAX_VALUE where it is open). */
    static long[] bounds(DateBucket bucket, java.time.LocalDate today) {
        java.time.LocalDate from = bucket.from(today);
        java.time.LocalDate to = bucket.to(today);
        return new long[]{from == null ? Long.MIN_VALUE : from.toEpochDay(),
                to == null ? Long.MAX_VALUE : to.toEpochDay() - 1};
    }

    /*
     * A patient description ranks the studies by what it says of the patient: alone it is the query; beside typed text
     * the text decides which studies are found and the description only how they are ranked.
     */
    private Optional<Query> withPatientNote(Optional<Query> text, StudyQuery query, IndexReader reader,
                                            SearchNotes[] notes) {
        if (query.patientNote() == null) {
            return text;
        }
        PatientNoteQuery.Read note = patientNotes.build(PatientNote.read(query.patientNote()), reader);
        if (!note.conditions().isEmpty()) {
            java.util.List<String> names = new java.util.ArrayList<>(notes[0].expansions());
            note.conditions().stream().filter(c -> !names.contains(c)).forEach(names::add);
            notes[0] = new SearchNotes(false, names, notes[0].suggestion(), notes[0].understoodAs());
        }
        if (note.query().isEmpty()) {
            return text;
        }
        if (text.isEmpty()) {
            return note.query();
        }
        return Optional.of(new BooleanQuery.Builder().add(text.get(), Occur.MUST)
                .add(note.query().get(), Occur.SHOULD).build());
    }

    /** Whether a search for this text may be relaxed: plain words, at least two of them. */
    static boolean canRelax(String text) {
        return text != null && !StudyTextQueryParser.usesSyntax(text) && text.strip().split("\\s+").length >= 2;
    }

    private Optional<Query> textQuery(StudyQuery typed, IndexReader reader, boolean relaxed, SearchNotes[] notes)
            throws IOException {
        if (typed.text() == null || typed.text().isBlank()) {
            return Optional.empty();
        }
        String text = SpokenOperators.read(typed.text());
        StudyQuery query = typed;
        if (!text.equals(typed.text())) {
            notes[0] = new SearchNotes(false, java.util.List.of(), null, text);
            query = new StudyQuery(text, typed.filters(), typed.ageYears(), typed.page(), typed.size(), typed.exact(),
                    typed.patient(), typed.nearby(), typed.patientNote(), typed.openFirst(), typed.order());
        }
        String normalisedId = RegistryIds.normalise(text);
        if (text.length() <= StudyTextQueryParser.MAX_LENGTH && RegistryIds.isPublicRegistryId(normalisedId)) {
            Term wholeId = new Term(StudyFields.REGISTRY_ID, normalisedId);
            if (reader.docFreq(wholeId) > 0) {
                return Optional.of(new TermQuery(wholeId));
            }
        }
        Optional<Query> parsed = conceptQuery(query, reader, relaxed, notes)
                .or(() -> StudyTextQueryParser.parse(text, analyzer, !relaxed));
        Set<String> ids = new LinkedHashSet<>();
        for (String word : text.strip().split("\\s+")) {
            String id = RegistryIds.normalise(word);
            if (RegistryIds.couldBeId(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return parsed;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        parsed.ifPresent(q -> either.add(q, Occur.SHOULD));
        ids.forEach(id -> either.add(new BoostQuery(new TermQuery(new Term(StudyFields.REGISTRY_ID, id)), ID_BOOST),
                Occur.SHOULD));
        return Optional.of(either.build());
    }

    /**
     * Plain text (no query syntax) in broad matching, read through the concept dictionary; empty when it names no
     * disease the dictionary knows (the text is then parsed as it is).
     */
    private Optional<Query> conceptQuery(StudyQuery query, IndexReader reader, boolean relaxed, SearchNotes[] notes) {
        if (query.exact() || StudyTextQueryParser.usesSyntax(query.text())
                || query.text().length() > StudyTextQueryParser.MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            ConceptExpansion.Expanded expanded = concepts.expand(query.text(), true, reader, analyzer);
            if (!expanded.found()) {
                return Optional.empty();
            }
            notes[0] = new SearchNotes(false, expanded.expansions(), expanded.suggestion());
            Optional<Query> rest = expanded.rest().isBlank() ? Optional.empty()
                    : StudyTextQueryParser.parse(expanded.rest(), analyzer, !relaxed);
            return Optional.of(ConceptExpansion.combine(expanded.conceptClauses(), rest, !relaxed));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The studies a patient's sex, wish to join now and health leave open; empty when nothing is asked. */
    static Optional<Query> patientFilter(PatientFilter patient) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        if (patient.sex() != null) {
            all.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(StudyFields.SEX, "ALL")), Occur.SHOULD)
                    .add(new TermQuery(new Term(StudyFields.SEX, patient.sex())), Occur.SHOULD).build(), Occur.FILTER);
            any = true;
        }
        if (patient.recruitingOnly()) {
            all.add(new TermQuery(new Term(StudyFields.STATUS_CODE, "RECRUITING")), Occur.FILTER);
            any = true;
        }
        if (patient.healthyVolunteer()) {
            all.add(new TermQuery(new Term(StudyFields.HEALTHY_VOLUNTEERS, "true")), Occur.FILTER);
            any = true;
        }
        return any ? Optional.of(all.build()) : Optional.empty();
    }

    /**
     * Studies a patient of {@code years} whole years may join. Such a patient is between {@code years} and
     * {@code years + 1} years old, so a study qualifies when its limits overlap that span:
     * {@code min <= (years + 1) * 365 - 1} and {@code max >= years * 365} (a missing limit is unbounded). Counting 365
     * days a year (while the importer converts "18 Years" with 365.25, to 6574 days) absorbs the rounding of that
     * conversion from age 4 on: a 17-year-old is not offered an "18 Years" study, a 75-year-old is offered a
     * "75 Years" maximum.
     */
    public static Query ageFilter(int years) {
        if (years < 0 || years > 150) {
            throw new IllegalArgumentException("age must be between 0 and 150 years, was " + years);
        }
        int youngest = years * DAYS_PER_YEAR;
        int oldest = (years + 1) * DAYS_PER_YEAR - 1;
        return new BooleanQuery.Builder()
                .add(IntPoint.newRangeQuery(StudyFields.MIN_AGE_DAYS, Integer.MIN_VALUE, oldest), Occur.FILTER)
                .add(IntPoint.newRangeQuery(StudyFields.MAX_AGE_DAYS, youngest, Integer.MAX_VALUE), Occur.FILTER)
                .build();
    }

    /** Nearest site first, then relevance (a tie at the same site), then id. */
    private static Sort byDistance(Nearby nearby) {
        return new Sort(LatLonDocValuesField.newDistanceSort(StudyFields.SITE_POINT, nearby.place().point().lat(),
                nearby.place().point().lon()), SortField.FIELD_SCORE,
                new SortField(StudyFields.STUDY_ID, SortField.Type.LONG));
    }

    private static Sort byRelevance() {
        return new Sort(SortField.FIELD_SCORE, new SortField(StudyFields.STUDY_ID, SortField.Type.LONG));
    }

    /* Newest update first (studies without a date last), then relevance where there is text, then id. */
    private static Sort byLastUpdate() {
        SortField lastUpdate = new SortField(StudyFields.LAST_UPDATE, SortField.Type.STRING, true);
        lastUpdate.setMissingValue(SortField.STRING_FIRST); // reversed: studies without a date come last
        return new Sort(lastUpdate, SortField.FIELD_SCORE, new SortField(StudyFields.STUDY_ID, SortField.Type.LONG));
    }

    /* Latest start first (planned studies before running ones; studies without a date last), then relevance, id. */
    private static Sort byStart() {
        SortField start = new SortField(StudyFields.START_DAY, SortField.Type.LONG, true);
        start.setMissingValue(Long.MIN_VALUE); // reversed: studies without a date come last
        return new Sort(start, SortField.FIELD_SCORE, new SortField(StudyFields.STUDY_ID, SortField.Type.LONG));
    }
}
