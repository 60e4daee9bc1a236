package de.dnpm.registry.search.infrastructure;

import de.dnpm.registry.search.domain.Facet;
import org.apache.lucene.facet.FacetsConfig;

import java.util.List;

/**
 * The index schema: every Lucene field name and facet dimension of a study document, in one place.
 * How each field is indexed is described here and done in {@link StudyDocumentMapper}.
 */
public final class StudyFields {

    /** Database id: StringField (stored; the {@code updateDocument} key) plus NumericDocValues (sort tie-breaker). */
    public static final String STUDY_ID = "studyId";
    /** The study's database version, as doc values only (see {@link de.dnpm.registry.search.domain.StudyDocument}). */
    public static final String STUDY_VERSION = "studyVersion";
    /** Every registry id of the study, normalised by {@link RegistryIds#normalise}: StringField, not stored. */
    public static final String REGISTRY_ID = "registryId";
    /** Stored only, for the result list. */
    public static final String PRIMARY_REGISTRY_ID = "primaryRegistryId";
    /** Stored only, for the result list (its words are searchable through {@link #TITLE}). */
    public static final String BRIEF_TITLE = "briefTitle";

    /** Analysed, multi-valued: brief title, official title, acronym. */
    public static final String TITLE = "title";
    /** Analysed: the brief summary. */
    public static final String SUMMARY = "summary";
    /** Analysed and stored, multi-valued: conditions as the registry lists them. */
    public static final String CONDITION = "condition";
    /** Analysed, multi-valued: MeSH (or other vocabulary) terms derived for the conditions. */
    public static final String CONDITION_TERM = "conditionTerm";
    /** Analysed, multi-valued: intervention names, their other (brand, code) names and their MeSH terms. */
    public static final String INTERVENTION = "intervention";
    /** Analysed, multi-valued: the registry's keywords. */
    public static final String KEYWORD = "keyword";
    /** Analysed: the eligibility criteria text (long; matches here weigh least). */
    public static final String ELIGIBILITY = "eligibility";
    /**
     * Analysed: the exclusion criteria ({@link de.dnpm.registry.search.domain.EligibilitySections}); {@link #ELIGIBILITY}
     * holds the rest. A trial that names a disease only here is not a trial for it, so a match here weighs least.
     */
    public static final String EXCLUSION = "exclusion";

    /** German texts (DRKS): titles, summary and description, conditions, eligibility criteria. */
    public static final String TITLE_DE = "title_de";
    public static final String SUMMARY_DE = "summary_de";
    public static final String CONDITION_DE = "condition_de";
    public static final String ELIGIBILITY_DE = "eligibility_de";
    public static final String EXCLUSION_DE = "exclusion_de";

    /**
     * Not analysed: the biomarkers a trial requires and those it excludes or negates
     * ({@link de.dnpm.registry.search.domain.BiomarkerMentions}: "EGFR", "KRAS:G12C", "MSI:HIGH"), from its title,
     * conditions, keywords and eligibility criteria.
     */
    public static final String MARKER_REQUIRED = "markerRequired";
    public static final String MARKER_EXCLUDED = "markerExcluded";

    /**
     * One analysed text field: its name, the language whose analysis it gets ({@link StudyAnalyzers}), how much a
     * match in it weighs for an unqualified word, and the field name a user may type for it ({@code title:}).
     * Conditions are what a patient searches for; eligibility text is long and mentions many diseases in passing
     * ("no other malignancy except non-melanoma skin cancer"), so it weighs least.
     */
    public record TextField(String name, String language, float boost, String alias) {
    }

    /** The analysed free-text fields, declared once: the mapper, the analyzers and the query parser read this. */
    public static final List<TextField> TEXT = List.of(
            new TextField(CONDITION, "en", 4f, "condition"),
            new TextField(CONDITION_TERM, "en", 3f, "condition"),
            new TextField(TITLE, "en", 3f, "title"),
            new TextField(KEYWORD, "en", 2f, "keyword"),
            new TextField(INTERVENTION, "en", 2f, "intervention"),
            new TextField(SUMMARY, "en", 1f, "summary"),
            new TextField(ELIGIBILITY, "en", 0.5f, "eligibility"),
            new TextField(EXCLUSION, "en", 0.1f, "eligibility"),
            new TextField(CONDITION_DE, "de", 4f, "condition"),
            new TextField(TITLE_DE, "de", 3f, "title"),
            new TextField(SUMMARY_DE, "de", 1f, "summary"),
            new TextField(ELIGIBILITY_DE, "de", 0.5f, "eligibility"),
            new TextField(EXCLUSION_DE, "de", 0.1f, "eligibility"));

    /** The names of {@link #TEXT}. */
    public static final List<String> TEXT_FIELDS = TEXT.stream().map(TextField::name).toList();

    /**
     * The version of this schema and its analysis, recorded in every index commit: an index written under another
     * version is rebuilt from the database at start-up. Raise it with every change to fields or analysis.
     */
    public static final String SCHEMA_VERSION = "12"; // 11: matching criteria; 12: criteria as doc values
    /** Commit user-data key of {@link #SCHEMA_VERSION}. */
    public static final String SCHEMA = "schema";

    /** Stored codes for the result list; the same names are the facet dimensions below. */
    public static final String STATUS = "status";
    public static final String PHASE = "phase";
    public static final String STUDY_TYPE = "studyType";
    public static final String COUNTRY = "country";

    /** The overall status again as a StringField, for filters that must not touch the status facet's counts. */
    public static final String STATUS_CODE = "statusCode";
    /** Who may join: ALL, FEMALE or MALE as a StringField; ALL when the registry does not say. */
    public static final String SEX = "sex";
    /** "true" or "false" as a StringField; absent when the registry does not say. */
    public static final String HEALTHY_VOLUNTEERS = "healthyVolunteers";

    /** Each site's point: LatLonPoint (radius filter) plus LatLonDocValuesField (sort by the nearest site). */
    public static final String SITE_POINT = "sitePoint";
    /** Each site's location, stored for the nearest site of a hit: "lat|lon|source|recruiting|facility|city". */
    public static final String SITE_LOCATION = "siteLocation";

    /** IntPoint (missing bound indexed as Integer.MIN_VALUE) plus StoredField when present. */
    public static final String MIN_AGE_DAYS = "minAgeDays";
    /** IntPoint (missing bound indexed as Integer.MAX_VALUE) plus StoredField when present. */
    public static final String MAX_AGE_DAYS = "maxAgeDays";
    /** Stored int, for the result list. */
    public static final String SITE_COUNT = "siteCount";
    /** ISO-8601 date of the last registry update: SortedDocValues (sort of unranked lists) plus stored. */
    public static final String LAST_UPDATE = "lastUpdate";

    /** Start date as epoch day: LongPoint (range filter) plus NumericDocValues (range facet, sort); partial dates from their first day. */
    public static final String START_DAY = "startDay";
    /** Last registry update as epoch day: LongPoint plus NumericDocValues, like {@link #START_DAY}. */
    public static final String UPDATE_DAY = "updateDay";
    /** Stored only: the primary completion date (else the completion date) as given, for a hit's staleness. */
    public static final String COMPLETION_DUE = "completionDue";
    /** Facet dimensions of the lead sponsor's type, results posted (YES/NO) and the source registries. */
    public static final String SPONSOR_TYPE = "sponsorType";
    public static final String RESULTS = "results";
    public static final String SOURCE = "source";
    /** Dimension names of the date-range facets (counted from {@link #START_DAY} and {@link #UPDATE_DAY}). */
    public static final String STARTED = "started";
    public static final String UPDATED = "updated";
    /**
     * StringFields (not stored) of each condition and each intervention name as the registry wrote it: their
     * document frequencies weigh the suggestions offered while typing.
     */
    public static final String SUGGEST_CONDITION = "suggestCondition";
    public static final String SUGGEST_INTERVENTION = "suggestIntervention";

    /**
     * The text fields a hit's snippet may come from, stored for that and read for the page's hits alone: the German
     * brief title and conditions whole, the summaries and criteria their first
     * {@link StudyDocumentMapper#SNIPPET_TEXT_CHARS} characters (a stored-only value beside the indexed one). The
     * English brief title is {@link #BRIEF_TITLE}; the English conditions were stored for the result list anyway.
     */
    public static final java.util.Set<String> SNIPPET_STORED = java.util.Set.of(SUMMARY, ELIGIBILITY, EXCLUSION,
            TITLE_DE, CONDITION_DE, SUMMARY_DE, ELIGIBILITY_DE, EXCLUSION_DE);

    /** Commit user-data key of the caller's stamp. */
    public static final String STAMP = "stamp";

    // --- matching (TrialMatcher): candidates by the criteria's keys, assessed from the criteria's doc values ---
    /** Binary doc values: the trial's criteria as {@code TrialCriteria.encode()} wrote them (the database's copy). */
    public static final String MATCH_CRITERIA = "matchCriteria";
    /** StringFields, not stored: the DIAGNOSIS keys of the inclusion criteria (concept ids, buckets). */
    public static final String MATCH_DIAGNOSIS = "matchDiagnosis";
    /** StringFields, not stored: the BIOMARKER keys the inclusion criteria require ("EGFR:L858R", "ALK:POSITIVE"). */
    public static final String MATCH_BIOMARKER = "matchBiomarker";
    /** Stored only: every registry id of the study as the registry writes it, for a match's answer. */
    public static final String REGISTRY_ID_SHOWN = "registryIdShown";
    // --- end of matching ---

    // --- statistics (the registry at a glance, RegistryStatisticsReader): doc values only, never searched ---
    /** SortedSetDocValues: the registries the study has entries in (NCT, DRKS, EUCTR, ...). */
    public static final String STATS_REGISTRY = "statsRegistry";
    /** SortedSetDocValues: each condition as the registry writes it, whitespace collapsed. */
    public static final String STATS_CONDITION = "statsCondition";
    /** NumericDocValues: the year the study started or starts; absent when the registry gives no start date. */
    public static final String STATS_START_YEAR = "statsStartYear";
    /** SortedSetDocValues: each place in Germany the study recruits at ({@link RecruitingPlaceValue}). */
    public static final String STATS_RECRUITING_PLACE = "statsRecruitingPlace";
    // --- end of statistics ---

    private StudyFields() {
    }

    /** The facet dimension holding a facet's values. */
    public static String dimension(Facet facet) {
        return switch (facet) {
            case STATUS -> STATUS;
            case PHASE -> PHASE;
            case STUDY_TYPE -> STUDY_TYPE;
            case COUNTRY -> COUNTRY;
            case STARTED -> STARTED;
            case UPDATED -> UPDATED;
            case SPONSOR_TYPE -> SPONSOR_TYPE;
            case RESULTS -> RESULTS;
            case SOURCE -> SOURCE;
        };
    }

    /**
     * The facet configuration used both when indexing and when counting. Phase ("PHASE1", "PHASE2" for a phase 1/2
     * study), country and source registry are multi-valued; status, study type, sponsor type and results hold one
     * value per study. The date ranges are no dimension of it: they are counted from doc values at search time.
     */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(PHASE, true);
        config.setMultiValued(COUNTRY, true);
        config.setMultiValued(SOURCE, true);
        return config;
    }
}
