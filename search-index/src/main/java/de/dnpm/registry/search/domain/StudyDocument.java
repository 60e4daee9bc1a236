package de.dnpm.registry.search.domain;

import java.util.List;

/**
 * What the index knows of one study: built from the database, never edited in the index, and made with
 * {@link #builder(long)} so that a new field touches no existing caller.
 * {@code studyId} is the database id; {@code registryIds} are all its identifiers (NCT..., DRKS..., EudraCT ...),
 * {@code primaryRegistryId} the one shown. The top-level texts are the study's main (English where the registry has
 * English) texts; {@code texts} adds those of other languages, such as DRKS's German. {@code interventions} holds
 * every name a drug is searched by (the registry's name, brand and code names, MeSH term). Ages are in days (null = no
 * limit); {@code sex} is ALL, FEMALE or MALE. {@code version} is the study's version in the database (its optimistic-
 * lock counter): the index keeps it, so a check after a crash can tell a stale or missing document from a current one
 * (0 = unknown). Dates are ISO text as registries give them, possibly partial ("2026-09"); {@code registries} names
 * the registries the study has entries in (the portal's scheme names: NCT, DRKS, EUCTR, ...), for the statistics;
 * {@code sponsorType} is a {@link SponsorType} name, {@code hasResults} whether results are posted (null: unknown),
 * {@code sources} the {@link SourceRegistry} names of the registries its records came from (for the source facet);
 * {@code criteria} the eligibility criteria read out of the record (stored in the database; {@link
 * de.dnpm.registry.search.domain.criteria.TrialCriteria#NONE} when none were read), which matching decodes and checks.
 */
public record StudyDocument(
        long studyId,
        String primaryRegistryId,
        List<String> registryIds,
        String briefTitle,
        String officialTitle,
        String acronym,
        String summary,
        List<String> conditions,
        List<String> conditionTerms,
        List<String> interventions,
        List<String> keywords,
        String eligibilityCriteria,
        String overallStatus,
        List<String> phases,
        String studyType,
        List<String> countries,
        Integer minimumAgeDays,
        Integer maximumAgeDays,
        String sex,
        int siteCount,
        String lastUpdate,
        long version,
        List<Text> texts,
        Boolean healthyVolunteers,
        List<SiteLocation> siteLocations,
        String startDate,
        List<String> registries,
        String primaryCompletionDate,
        String completionDate,
        String sponsorType,
        Boolean hasResults,
        List<String> sources,
        de.dnpm.registry.search.domain.criteria.TrialCriteria criteria) {

    public StudyDocument {
        registryIds = copy(registryIds);
        conditions = copy(conditions);
        conditionTerms = copy(conditionTerms);
        interventions = copy(interventions);
        keywords = copy(keywords);
        phases = copy(phases);
        countries = copy(countries);
        texts = texts == null ? List.of() : List.copyOf(texts);
        siteLocations = siteLocations == null ? List.of() : List.copyOf(siteLocations);
        registries = copy(registries);
        sources = copy(sources);
        criteria = criteria == null ? de.dnpm.registry.search.domain.criteria.TrialCriteria.NONE : criteria;
    }

    /**
     * A study's texts in one more language ({@code language}: ISO 639-1, e.g. "de"), indexed with that language's
     * analysis. Any part may be null.
     */
    public record Text(String language, String briefTitle, String officialTitle, String summary,
                       List<String> conditions, String eligibilityCriteria) {
        public Text {
            conditions = copy(conditions);
        }
    }

    public static Builder builder(long studyId) {
        return new Builder(studyId);
    }

    /** A copy to change some fields of (tests, and updates built from an indexed document). */
    public Builder toBuilder() {
        return new Builder(studyId).primaryRegistryId(primaryRegistryId).registryIds(registryIds)
                .briefTitle(briefTitle).officialTitle(officialTitle).acronym(acronym).summary(summary)
                .conditions(conditions).conditionTerms(conditionTerms).interventions(interventions).keywords(keywords)
                .eligibilityCriteria(eligibilityCriteria).overallStatus(overallStatus).phases(phases)
                .studyType(studyType).countries(countries).minimumAgeDays(minimumAgeDays)
                .maximumAgeDays(maximumAgeDays).sex(sex).siteCount(siteCount).lastUpdate(lastUpdate)
                .version(version).texts(texts).healthyVolunteers(healthyVolunteers).siteLocations(siteLocations)
                .startDate(startDate).registries(registries).primaryCompletionDate(primaryCompletionDate)
                .completionDate(completionDate).sponsorType(sponsorType).hasResults(hasResults).sources(sources)
                .criteria(criteria);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
    }

    /** Every field is optional but the id; lists default to empty, texts and codes to null. */
    public static final class Builder {
        private final long studyId;
        private String primaryRegistryId;
        private List<String> registryIds;
        private String briefTitle;
        private String officialTitle;
        private String acronym;
        private String summary;
        private List<String> conditions;
        private List<String> conditionTerms;
        private List<String> interventions;
        private List<String> keywords;
        private String eligibilityCriteria;
        private String overallStatus;
        private List<String> phases;
        private String studyType;
        private List<String> countries;
        private Integer minimumAgeDays;
        private Integer maximumAgeDays;
        private String sex;
        private int siteCount;
        private String lastUpdate;
        private long version;
        private List<Text> texts;
        private Boolean healthyVolunteers;
        private List<SiteLocation> siteLocations;
        private String startDate;
        private List<String> registries;
        private String primaryCompletionDate;
        private String completionDate;
        private String sponsorType;
        private Boolean hasResults;
        private List<String> sources;
        private de.dnpm.registry.search.domain.criteria.TrialCriteria criteria;

        private Builder(long studyId) {
            this.studyId = studyId;
        }

        public Builder primaryRegistryId(String value) {
            primaryRegistryId = value;
            return this;
        }

        public Builder registryIds(List<String> value) {
            registryIds = value;
            return this;
        }

        public Builder briefTitle(String value) {
            briefTitle = value;
            return this;
        }

        public Builder officialTitle(String value) {
            officialTitle = value;
            return this;
        }

        public Builder acronym(String value) {
            acronym = value;
            return this;
        }

        public Builder summary(String value) {
            summary = value;
            return this;
        }

        public Builder conditions(List<String> value) {
            conditions = value;
            return this;
        }

        public Builder conditionTerms(List<String> value) {
            conditionTerms = value;
            return this;
        }

        public Builder interventions(List<String> value) {
            interventions = value;
            return this;
        }

        public Builder keywords(List<String> value) {
            keywords = value;
            return this;
        }

        public Builder eligibilityCriteria(String value) {
            eligibilityCriteria = value;
            return this;
        }

        public Builder overallStatus(String value) {
            overallStatus = value;
            return this;
        }

        public Builder phases(List<String> value) {
            phases = value;
            return this;
        }

        public Builder studyType(String value) {
            studyType = value;
            return this;
        }

        public Builder countries(List<String> value) {
            countries = value;
            return this;
        }

        public Builder minimumAgeDays(Integer value) {
            minimumAgeDays = value;
            return this;
        }

        public Builder maximumAgeDays(Integer value) {
            maximumAgeDays = value;
            return this;
        }

        public Builder sex(String value) {
            sex = value;
            return this;
        }

        public Builder siteCount(int value) {
            siteCount = value;
            return this;
        }

        public Builder lastUpdate(String value) {
            lastUpdate = value;
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public Builder texts(List<Text> value) {
            texts = value;
            return this;
        }

        /** Whether the study accepts healthy volunteers; null when the registry does not say. */
        public Builder healthyVolunteers(Boolean value) {
            healthyVolunteers = value;
            return this;
        }

        /** Where the study's sites are (those with a point: from the registry or geocoded). */
        public Builder siteLocations(List<SiteLocation> value) {
            siteLocations = value;
            return this;
        }

        /** When the study started or will start: ISO text, "2024", "2024-03" or "2024-03-15". */
        public Builder startDate(String value) {
            startDate = value;
            return this;
        }

        /** The registries the study has entries in (scheme names: NCT, DRKS, EUCTR, ...). */
        public Builder registries(List<String> value) {
            registries = value;
            return this;
        }

        public Builder primaryCompletionDate(String value) {
            primaryCompletionDate = value;
            return this;
        }

        public Builder completionDate(String value) {
            completionDate = value;
            return this;
        }

        /** A {@link SponsorType} name; null when not known. */
        public Builder sponsorType(String value) {
            sponsorType = value;
            return this;
        }

        /** Whether results are posted in a registry; null when not known. */
        public Builder hasResults(Boolean value) {
            hasResults = value;
            return this;
        }

        /** The {@link SourceRegistry} names of the registries the study's records came from. */
        public Builder sources(List<String> value) {
            sources = value;
            return this;
        }

        /** The criteria read out of the study's record, as the database stores them. */
        public Builder criteria(de.dnpm.registry.search.domain.criteria.TrialCriteria value) {
            criteria = value;
            return this;
        }

        public StudyDocument build() {
            return new StudyDocument(studyId, primaryRegistryId, registryIds, briefTitle, officialTitle, acronym,
                    summary, conditions, conditionTerms, interventions, keywords, eligibilityCriteria, overallStatus,
                    phases, studyType, countries, minimumAgeDays, maximumAgeDays, sex, siteCount, lastUpdate, version,
                    texts, healthyVolunteers, siteLocations, startDate, registries, primaryCompletionDate,
                    completionDate, sponsorType, hasResults, sources, criteria);
        }
    }
}
