package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.io.Serializable;
import java.util.List;

/**
 * Everything the portal knows of one study, as {@code GET /api/studies/{id}} returns it and the study page shows it.
 * Texts are as imported; coded values use the ClinicalTrials.gov API v2 codes; dates are ISO text, possibly partial
 * ("2026-09"); ages come as written and in days. {@code sourceUrl} is the study's page in its source registry.
 */
@JsonbPropertyOrder({"id", "identifiers", "title", "officialTitle", "acronym", "status", "studyType", "phases",
        "briefSummary", "detailedDescription", "conditions", "conditionCodes", "keywords", "interventions", "dates",
        "enrollment", "enrollmentType", "leadSponsor", "collaborators", "eligibility", "centralContacts", "outcomes",
        "sites", "hasResults", "lastUpdate", "sourceVersionDate", "sourceUrl", "sourcesUrl"})
public record StudyDetail(
        String id,
        List<Identifier> identifiers,
        String title,
        String officialTitle,
        String acronym,
        String status,
        String studyType,
        List<String> phases,
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
        String sourcesUrl) implements Serializable {

    /** A registry identifier; {@code scheme} is NCT, DRKS, EUDRACT, EU_CT, UTN, ISRCTN, SPONSOR or OTHER. */
    @JsonbPropertyOrder({"scheme", "value", "issuer", "primary", "url"})
    public record Identifier(String scheme, String value, String issuer, boolean primary, String url)
            implements Serializable {
    }

    /** A coded condition, e.g. a MeSH term (the legacy XML gives terms without descriptor ids). */
    @JsonbPropertyOrder({"system", "code", "term"})
    public record ConditionCode(String system, String code, String term) implements Serializable {
    }

    @JsonbPropertyOrder({"type", "name", "description"})
    public record Intervention(String type, String name, String description) implements Serializable {
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
