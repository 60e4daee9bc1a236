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
    /** Analysed, multi-valued: intervention names. */
    public static final String INTERVENTION = "intervention";
    /** Analysed, multi-valued: the registry's keywords. */
    public static final String KEYWORD = "keyword";
    /** Analysed: the eligibility criteria text (long; matches here weigh least). */
    public static final String ELIGIBILITY = "eligibility";

    /** The analysed free-text fields, all English for now (a German set comes with its analysis chain). */
    public static final List<String> TEXT_FIELDS =
            List.of(TITLE, SUMMARY, CONDITION, CONDITION_TERM, INTERVENTION, KEYWORD, ELIGIBILITY);

    /** Stored codes for the result list; the same names are the facet dimensions below. */
    public static final String STATUS = "status";
    public static final String PHASE = "phase";
    public static final String STUDY_TYPE = "studyType";
    public static final String COUNTRY = "country";

    /** IntPoint (missing bound indexed as Integer.MIN_VALUE) plus StoredField when present. */
    public static final String MIN_AGE_DAYS = "minAgeDays";
    /** IntPoint (missing bound indexed as Integer.MAX_VALUE) plus StoredField when present. */
    public static final String MAX_AGE_DAYS = "maxAgeDays";
    /** Stored int, for the result list. */
    public static final String SITE_COUNT = "siteCount";
    /** ISO-8601 date of the last registry update: SortedDocValues (sort of unranked lists) plus stored. */
    public static final String LAST_UPDATE = "lastUpdate";

    /** Commit user-data key of the caller's stamp. */
    public static final String STAMP = "stamp";

    private StudyFields() {
    }

    /** The facet dimension holding a facet's values. */
    public static String dimension(Facet facet) {
        return switch (facet) {
            case STATUS -> STATUS;
            case PHASE -> PHASE;
            case STUDY_TYPE -> STUDY_TYPE;
            case COUNTRY -> COUNTRY;
        };
    }

    /**
     * The facet configuration used both when indexing and when counting. Phase ("PHASE1", "PHASE2" for a phase 1/2
     * study) and country are multi-valued; status and study type hold one value per study.
     */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(PHASE, true);
        config.setMultiValued(COUNTRY, true);
        return config;
    }
}
