package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.io.Serializable;
import java.util.List;

/**
 * Everything the portal knows of one study, as {@code GET /api/studies/{id}} returns it and the study page shows it.
 * Texts are as imported; coded values use the ClinicalTrials.gov API v2 codes; dates are ISO text, possibly partial
 * ("2026-09"); ages come as written and in days. {@code sourceUrl} is the study's page in its source registry.
 * {@code texts} holds the free texts in every language the registry gave (DRKS: German and English); the top-level
 * texts are the English ones where there are any. {@code sourceStatus} is the registry's own status value, verbatim;
 * {@code countries} are ISO 3166-1 alpha-2 codes.
 */
@JsonbPropertyOrder({"id", "identifiers", "title", "officialTitle", "acronym", "status", "sourceStatus", "studyType",
        "phases", "texts", "countries", "briefSummary", "detailedDescription", "conditions", "conditionCodes", "keywords", "interventions", "dates",
        "enrollment", "enrollmentType", "leadSponsor", "collaborators", "eligibility", "centralContacts", "outcomes",
        "sites", "hasResults", "lastUpdate", "sourceVersionDate", "sourceUrl", "sourcesUrl", "entries", "fieldSources"})
public record StudyDetail(
        String id,
        List<Identifier> identifiers,
        String title,
        String officialTitle,
        String acronym,
        String status,
        String sourceStatus,
        String studyType,
        List<String> phases,
        List<Text> texts,
        List<String> countries,
        String briefSummary,
        String detailedDescription,
        List<String> conditions,
        List<ConditionCode> conditionCodes,
        List<String> keywords,
        List<Intervention> interventions,
        Dates dates,
        Integer enrollment,
        String enrollmentType,
        String leadSponsor,
        List<String> collaborators,
        Eligibility eligibility,
        List<Contact> centralContacts,
        List<Outcome> outcomes,
        List<Site> sites,
        boolean hasResults,
        String lastUpdate,
        String sourceVersionDate,
        String sourceUrl,
        String sourcesUrl,
        List<Entry> entries,
        List<FieldSource> fieldSources) implements Serializable {

    /**
     * One registry's record of this trial: its registry (NCT, DRKS, EU_CT, EUCTR, ...), its own id, the format and
     * registry date of the version shown, its page in that registry, this API's view of it alone ({@code viewUrl}),
     * and what looked wrong in it (warnings).
     */
    @JsonbPropertyOrder({"scheme", "registryId", "format", "versionDate", "url", "viewUrl", "warnings"})
    public record Entry(String scheme, String registryId, String format, String versionDate, String url,
                        String viewUrl, List<String> warnings) implements Serializable {
    }

    /** Which entry a part of the study's view came from ({@code part}: content, sites, texts.de, texts.en, ...). */
    @JsonbPropertyOrder({"part", "registryId"})
    public record FieldSource(String part, String registryId) implements Serializable {
    }

    /** A registry identifier; {@code scheme} is NCT, DRKS, EUDRACT, EU_CT, UTN, ISRCTN, SPONSOR or OTHER. */
    @JsonbPropertyOrder({"scheme", "value", "issuer", "primary", "url"})
    public record Identifier(String scheme, String value, String issuer, boolean primary, String url)
            implements Serializable {
    }

    /** The free texts in one language ({@code language}: ISO 639-1, or null when the registry does not say). */
    @JsonbPropertyOrder({"language", "title", "officialTitle", "acronym", "briefSummary", "detailedDescription",
            "conditions", "inclusionCriteria", "exclusionCriteria", "primaryOutcome", "secondaryOutcome", "arms"})
    public record Text(String language, String title, String officialTitle, String acronym, String briefSummary,
                       String detailedDescription, List<String> conditions, String inclusionCriteria,
                       String exclusionCriteria, String primaryOutcome, String secondaryOutcome, List<String> arms)
            implements Serializable {
    }

    /** A coded condition, e.g. a MeSH term (the legacy XML gives terms without descriptor ids). */
    @JsonbPropertyOrder({"system", "code", "term"})
    public record ConditionCode(String system, String code, String term) implements Serializable {
    }

    /** An intervention; {@code otherNames} are the registry's brand and code names for it ("Tagrisso", "AZD9291"). */
    @JsonbPropertyOrder({"type", "name", "otherNames", "description"})
    public record Intervention(String type, String name, List<String> otherNames, String description)
            implements Serializable {
    }

    @JsonbPropertyOrder({"start", "primaryCompletion", "completion", "firstPosted", "lastUpdate"})
    public record Dates(String start, String primaryCompletion, String completion, String firstPosted,
                        String lastUpdate) implements Serializable {
    }

    /** Who may take part; ages as written ("18 Years") and in days, null meaning no limit; sex ALL, FEMALE or MALE. */
    @JsonbPropertyOrder({"criteria", "minimumAge", "minimumAgeDays", "maximumAge", "maximumAgeDays", "sex",
            "healthyVolunteers"})
    public record Eligibility(String criteria, String minimumAge, Integer minimumAgeDays, String maximumAge,
                              Integer maximumAgeDays, String sex, Boolean healthyVolunteers) implements Serializable {
    }

    @JsonbPropertyOrder({"name", "role", "phone", "email"})
    public record Contact(String name, String role, String phone, String email) implements Serializable {
    }

    /** {@code kind} is PRIMARY, SECONDARY or OTHER. */
    @JsonbPropertyOrder({"kind", "measure", "description", "timeFrame"})
    public record Outcome(String kind, String measure, String description, String timeFrame) implements Serializable {
    }

    @JsonbPropertyOrder({"facility", "city", "state", "postalCode", "country", "status", "latitude", "longitude",
            "contacts"})
    public record Site(String facility, String city, String state, String postalCode, String country, String status,
                       Double latitude, Double longitude, List<Contact> contacts) implements Serializable {
    }
}
