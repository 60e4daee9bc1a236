package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.PlaceSource;
import de.dnpm.registry.search.domain.SiteLocation;
import de.dnpm.registry.search.domain.BiomarkerMentions;
import de.dnpm.registry.search.domain.EligibilitySections;
import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.PartialDate;
import de.dnpm.registry.search.domain.StaleRecruitment;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.StudyHit;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static de.dnpm.registry.search.infrastructure.StudyFields.*;

/**
 * Turns a {@link StudyDocument} into the Lucene document of the schema in {@link StudyFields}, and the stored part of
 * a Lucene document back into a {@link StudyHit}. Null strings and lists count as absent.
 */
public final class StudyDocumentMapper {

    /** The stored fields a hit needs; loading only these keeps the (long) texts out of result paging. */
    public static final Set<String> HIT_FIELDS = Set.of(STUDY_ID, PRIMARY_REGISTRY_ID, BRIEF_TITLE, STATUS, PHASE,
            STUDY_TYPE, CONDITION, SITE_COUNT, LAST_UPDATE, COMPLETION_DUE);
    /** The hit's fields and its sites' locations, for a search near a place. */
    public static final Set<String> HIT_FIELDS_WITH_SITES = java.util.stream.Stream.concat(HIT_FIELDS.stream(),
            Stream.of(SITE_LOCATION)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final FacetsConfig facetsConfig;

    public StudyDocumentMapper(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** The term that identifies a study's document, for {@code updateDocument} and {@code deleteDocuments}. */
    public static Term key(long studyId) {
        return new Term(STUDY_ID, Long.toString(studyId));
    }

    public Document toDocument(StudyDocument study) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(STUDY_ID, Long.toString(study.studyId()), Store.YES));
        doc.add(new NumericDocValuesField(STUDY_ID, study.studyId()));
        doc.add(new NumericDocValuesField(STUDY_VERSION, study.version()));

        Set<String> ids = new LinkedHashSet<>();
        Stream.concat(Stream.of(study.primaryRegistryId()), values(study.registryIds()).stream())
                .filter(StudyDocumentMapper::present)
                .forEach(id -> ids.add(RegistryIds.normalise(id)));
        ids.forEach(id -> doc.add(new StringField(REGISTRY_ID, id, Store.NO)));
        storeIfPresent(doc, PRIMARY_REGISTRY_ID, study.primaryRegistryId());
        storeIfPresent(doc, BRIEF_TITLE, study.briefTitle());

        addText(doc, TITLE, Store.NO, List.of(nullToEmpty(study.briefTitle()), nullToEmpty(study.officialTitle()),
                nullToEmpty(study.acronym())));
        addText(doc, SUMMARY, Store.NO, List.of(nullToEmpty(study.summary())));
        storeSnippetText(doc, SUMMARY, study.summary());
        addText(doc, CONDITION, Store.YES, values(study.conditions()));
        addText(doc, CONDITION_TERM, Store.NO, values(study.conditionTerms()));
        addText(doc, INTERVENTION, Store.NO, values(study.interventions()));
        addText(doc, KEYWORD, Store.NO, values(study.keywords()));
        addMarkers(doc, study);
        EligibilitySections criteria = EligibilitySections.of(study.eligibilityCriteria());
        addText(doc, ELIGIBILITY, Store.NO, List.of(criteria.inclusion()));
        addText(doc, EXCLUSION, Store.NO, List.of(criteria.exclusion()));
        storeSnippetText(doc, ELIGIBILITY, criteria.inclusion());
        storeSnippetText(doc, EXCLUSION, criteria.exclusion());
        for (StudyDocument.Text text : study.texts()) {
            if ("de".equals(text.language())) {
                addText(doc, TITLE_DE, Store.YES, List.of(nullToEmpty(text.briefTitle())));
                addText(doc, TITLE_DE, Store.NO, List.of(nullToEmpty(text.officialTitle())));
                addText(doc, SUMMARY_DE, Store.NO, List.of(nullToEmpty(text.summary())));
                storeSnippetText(doc, SUMMARY_DE, text.summary());
                addText(doc, CONDITION_DE, Store.YES, text.conditions());
                EligibilitySections german = EligibilitySections.of(text.eligibilityCriteria());
                addText(doc, ELIGIBILITY_DE, Store.NO, List.of(german.inclusion()));
                addText(doc, EXCLUSION_DE, Store.NO, List.of(german.exclusion()));
                storeSnippetText(doc, ELIGIBILITY_DE, german.inclusion());
                storeSnippetText(doc, EXCLUSION_DE, german.exclusion());
            }
        }

        addCode(doc, STATUS, List.of(nullToEmpty(study.overallStatus())), true);
        addCode(doc, PHASE, values(study.phases()), true);
        addCode(doc, STUDY_TYPE, List.of(nullToEmpty(study.studyType())), true);
        addCode(doc, COUNTRY, values(study.countries()), false);
        addCode(doc, SPONSOR_TYPE, study.sponsorType() == null ? List.of() : List.of(study.sponsorType()), false);
        if (study.hasResults() != null) {
            addCode(doc, RESULTS, List.of(study.hasResults() ? Facet.YES : Facet.NO), false);
        }
        addCode(doc, SOURCE, values(study.sources()), false);
        addDay(doc, START_DAY, study.startDate());
        addDay(doc, UPDATE_DAY, study.lastUpdate());
        storeIfPresent(doc, COMPLETION_DUE, present(study.primaryCompletionDate()) ? study.primaryCompletionDate()
                : study.completionDate());
        List<String> conditions = new java.util.ArrayList<>(values(study.conditions()));
        study.texts().forEach(text -> conditions.addAll(text.conditions()));
        suggestable(conditions).forEach(c -> doc.add(new StringField(SUGGEST_CONDITION, c, Store.NO)));
        suggestable(study.interventions()).forEach(i -> doc.add(new StringField(SUGGEST_INTERVENTION, i, Store.NO)));

        if (present(study.overallStatus())) {
            doc.add(new StringField(STATUS_CODE, study.overallStatus().strip(), Store.NO));
        }
        String sex = study.sex() == null ? "" : study.sex().strip().toUpperCase(java.util.Locale.ROOT);
        doc.add(new StringField(SEX, sex.equals("FEMALE") || sex.equals("MALE") ? sex : "ALL", Store.NO));
        if (study.healthyVolunteers() != null) {
            doc.add(new StringField(HEALTHY_VOLUNTEERS, study.healthyVolunteers().toString(), Store.NO));
        }
        for (SiteLocation site : study.siteLocations()) {
            doc.add(new LatLonPoint(SITE_POINT, site.point().lat(), site.point().lon()));
            doc.add(new LatLonDocValuesField(SITE_POINT, site.point().lat(), site.point().lon()));
            doc.add(new StoredField(SITE_LOCATION, site.point().lat() + "|" + site.point().lon() + "|" + site.source()
                    + "|" + site.recruiting() + "|" + clean(site.facility()) + "|" + clean(site.city())));
        }
        addAge(doc, MIN_AGE_DAYS, study.minimumAgeDays(), Integer.MIN_VALUE);
        addAge(doc, MAX_AGE_DAYS, study.maximumAgeDays(), Integer.MAX_VALUE);
        doc.add(new StoredField(SITE_COUNT, study.siteCount()));
        if (present(study.lastUpdate())) {
            doc.add(new SortedDocValuesField(LAST_UPDATE, new BytesRef(study.lastUpdate().strip())));
            doc.add(new StoredField(LAST_UPDATE, study.lastUpdate().strip()));
        }
        addStatistics(doc, study);
        addCriteria(doc, study);
        return facetsConfig.build(doc);
    }

    // --- statistics (RegistryStatisticsReader counts these doc values) ---
    private static void addStatistics(Document doc, StudyDocument study) {
        values(study.registries()).stream().filter(StudyDocumentMapper::present).map(String::strip).distinct()
                .forEach(registry -> doc.add(new SortedSetDocValuesField(STATS_REGISTRY, new BytesRef(registry))));
        values(study.conditions()).stream().map(RegistryStatisticsReader::conditionLabel)
                .filter(StudyDocumentMapper::present).distinct()
                .forEach(condition -> doc.add(new SortedSetDocValuesField(STATS_CONDITION, new BytesRef(condition))));
        RegistryStatisticsReader.year(study.startDate())
                .ifPresent(year -> doc.add(new NumericDocValuesField(STATS_START_YEAR, year)));
        study.siteLocations().stream().filter(SiteLocation::recruiting).map(RecruitingPlaceValue::of)
                .flatMap(java.util.Optional::stream).distinct()
                .forEach(place -> doc.add(new SortedSetDocValuesField(STATS_RECRUITING_PLACE, new BytesRef(place))));
    }
    // --- end of statistics ---

    // --- matching (TrialMatcher reads these) ---
    private static void addCriteria(Document doc, StudyDocument study) {
        Stream.concat(Stream.of(study.primaryRegistryId()), values(study.registryIds()).stream())
                .filter(StudyDocumentMapper::present).map(String::strip).distinct()
                .forEach(id -> doc.add(new StoredField(REGISTRY_ID_SHOWN, id)));
        de.dnpm.registry.search.domain.criteria.TrialCriteria criteria = study.criteria();
        if (criteria.criteria().isEmpty()) {
            return;
        }
        doc.add(new BinaryDocValuesField(MATCH_CRITERIA, new BytesRef(criteria.encode())));
        for (de.dnpm.registry.search.domain.criteria.TrialCriterion c : criteria.criteria()) {
            if (c.exclusion() || !present(c.key())) {
                continue;
            }
            switch (c.type()) {
                case DIAGNOSIS -> doc.add(new StringField(MATCH_DIAGNOSIS, c.key(), Store.NO));
                case BIOMARKER -> doc.add(new StringField(MATCH_BIOMARKER, c.key(), Store.NO));
                default -> {
                }
            }
        }
    }
    // --- end of matching ---

    /**
     * How much of a long text (summary, criteria) is stored for snippets: its beginning, which is what a brief summary
     * or the first criteria are; a match beyond it gives no snippet from that text. Measured on the 10,634 shared
     * ClinicalTrials.gov and DRKS records: the index was 13.2 MB; storing the whole texts made it 28.1 MB, their
     * first 1,000 characters 22.3 MB (2,000: 25.9 MB), and with stored fields compressed harder
     * ({@code StudyIndex}) 17.1 MB.
     */
    public static final int SNIPPET_TEXT_CHARS = 1000;

    /* The beginning of a long text, cut at a word, stored (not indexed) under the field's name for its snippet. */
    private static void storeSnippetText(Document doc, String field, String text) {
        if (!present(text)) {
            return;
        }
        String stripped = text.strip();
        if (stripped.length() > SNIPPET_TEXT_CHARS) {
            int cut = stripped.lastIndexOf(' ', SNIPPET_TEXT_CHARS);
            stripped = stripped.substring(0, cut > SNIPPET_TEXT_CHARS / 2 ? cut : SNIPPET_TEXT_CHARS);
        }
        doc.add(new StoredField(field, stripped));
    }

    /* The longest condition or intervention name offered as a suggestion: longer ones are sentences, not names. */
    static final int MAX_SUGGESTION_LENGTH = 80;

    private static java.util.Collection<String> suggestable(List<String> names) {
        java.util.Set<String> once = new LinkedHashSet<>();
        values(names).stream().map(n -> n.strip().replaceAll("\\s+", " "))
                .filter(n -> n.length() >= 2 && n.length() <= MAX_SUGGESTION_LENGTH).forEach(once::add);
        return once;
    }

    /* A date (possibly partial: its first day) as epoch day, for range facets, range filters and sorting. */
    private static void addDay(Document doc, String field, String isoDate) {
        PartialDate.firstDay(isoDate).ifPresent(day -> {
            doc.add(new LongPoint(field, day.toEpochDay()));
            doc.add(new NumericDocValuesField(field, day.toEpochDay()));
        });
    }

    /** The hit shown in a result list, from a document loaded with (at least) {@link #HIT_FIELDS}. */
    public StudyHit toHit(Document stored, float score, java.time.LocalDate today) {
        String lastUpdate = stored.get(LAST_UPDATE);
        return toHit(stored, score).withRecency(lastUpdate, StaleRecruitment.isStale(stored.get(STATUS), lastUpdate,
                stored.get(COMPLETION_DUE), today));
    }

    /** The hit without its recency (last update, staleness). */
    public StudyHit toHit(Document stored, float score) {
        IndexableField siteCount = stored.getField(SITE_COUNT);
        return new StudyHit(
                Long.parseLong(stored.get(STUDY_ID)),
                stored.get(PRIMARY_REGISTRY_ID),
                stored.get(BRIEF_TITLE),
                stored.get(STATUS),
                List.of(stored.getValues(PHASE)),
                stored.get(STUDY_TYPE),
                List.of(stored.getValues(CONDITION)),
                siteCount == null ? 0 : siteCount.numericValue().intValue(),
                score);
    }

    /** The stored sites' locations of a hit loaded with {@link #HIT_FIELDS_WITH_SITES}. */
    public List<SiteLocation> siteLocations(Document stored) {
        List<SiteLocation> sites = new java.util.ArrayList<>();
        for (String value : stored.getValues(SITE_LOCATION)) {
            String[] part = value.split("\\|", -1);
            sites.add(new SiteLocation(new GeoPoint(Double.parseDouble(part[0]), Double.parseDouble(part[1])),
                    PlaceSource.valueOf(part[2]), Boolean.parseBoolean(part[3]), part[4].isEmpty() ? null : part[4],
                    part[5].isEmpty() ? null : part[5]));
        }
        return sites;
    }

    /* The biomarkers the trial asks for and those it rules out, in every language it is written in. */
    private static void addMarkers(Document doc, StudyDocument study) {
        java.util.Set<String> required = new java.util.TreeSet<>();
        java.util.Set<String> excluded = new java.util.TreeSet<>();
        List<BiomarkerMentions> mentions = new java.util.ArrayList<>();
        mentions.add(BiomarkerMentions.inText(String.join("\n", nullToEmpty(study.briefTitle()),
                nullToEmpty(study.officialTitle()), String.join("\n", values(study.conditions())),
                String.join("\n", values(study.keywords())))));
        mentions.add(BiomarkerMentions.inEligibility(study.eligibilityCriteria()));
        study.texts().forEach(text -> mentions.add(BiomarkerMentions.inEligibility(text.eligibilityCriteria())));
        mentions.forEach(m -> {
            required.addAll(m.requiredKeys());
            excluded.addAll(m.excludedKeys());
        });
        excluded.removeAll(required); // a trial that names a marker both ways asks for it in some form
        required.forEach(key -> doc.add(new StringField(MARKER_REQUIRED, key, Store.NO)));
        excluded.forEach(key -> doc.add(new StringField(MARKER_EXCLUDED, key, Store.NO)));
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('|', '/').replaceAll("\\s+", " ").strip();
    }

    private static void addText(Document doc, String field, Store store, List<String> values) {
        values.stream().filter(StudyDocumentMapper::present)
                .forEach(value -> doc.add(new TextField(field, value, store)));
    }

    /** A registry code: a facet value (one per study and value) and, where the hit shows it, a stored value. */
    private static void addCode(Document doc, String field, List<String> values, boolean stored) {
        values.stream().filter(StudyDocumentMapper::present).map(String::strip).distinct().forEach(value -> {
            doc.add(new SortedSetDocValuesFacetField(field, value));
            if (stored) {
                doc.add(new StoredField(field, value));
            }
        });
    }

    /* A missing bound is indexed as the widest value, so one range query per bound serves all studies. */
    private static void addAge(Document doc, String field, Integer days, int unbounded) {
        doc.add(new IntPoint(field, days == null ? unbounded : days));
        if (days != null) {
            doc.add(new StoredField(field, days));
        }
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (present(value)) {
            doc.add(new StoredField(field, value));
        }
    }

    private static List<String> values(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
