package de.dnpm.registry.application;

import de.dnpm.registry.domain.ConditionCode;
import de.dnpm.registry.domain.ContactPerson;
import de.dnpm.registry.domain.InterventionEntry;
import de.dnpm.registry.domain.OutcomeMeasure;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.StudyText;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.PlaceSource;

import java.util.List;
import java.util.Optional;

/**
 * One study as the interfaces show it (the study page, the patient view, {@code GET /api/studies/{id}}): immutable
 * values copied out of the entities inside the transaction that loaded them, so nothing is loaded lazily later.
 * {@code id} is the registry id the study is shown by; {@code key} and {@code version} are the database's, for cache
 * validators only. Texts are as imported; coded values use the ClinicalTrials.gov API v2 codes; dates are ISO text,
 * possibly partial ("2026-09"). {@code fieldSources} say which entry gave which part ("sites=NCT05850520").
 * {@code updatedAt} is when this portal last changed the study (a feed's fallback when the record gives no date).
 */
public record StudyReadModel(
        long key,
        long version,
        String id,
        List<RegistryIdentifier> identifiers,
        String title,
        String officialTitle,
        String acronym,
        String status,
        String sourceStatus,
        String studyType,
        List<String> phases,
        List<StudyText> texts,
        List<String> countries,
        String briefSummary,
        String detailedDescription,
        List<String> conditions,
        List<ConditionCode> conditionCodes,
        List<String> keywords,
        List<InterventionEntry> interventions,
        Dates dates,
        Integer enrollment,
        String enrollmentType,
        String leadSponsor,
        List<String> collaborators,
        Eligibility eligibility,
        List<ContactPerson> centralContacts,
        List<OutcomeMeasure> outcomes,
        List<Site> sites,
        boolean hasResults,
        String sourceVersionDate,
        List<Entry> entries,
        List<String> fieldSources,
        java.time.Instant updatedAt) {

    public StudyReadModel {
        identifiers = List.copyOf(identifiers);
        phases = List.copyOf(phases);
        texts = List.copyOf(texts);
        countries = List.copyOf(countries);
        conditions = List.copyOf(conditions);
        conditionCodes = List.copyOf(conditionCodes);
        keywords = List.copyOf(keywords);
        interventions = List.copyOf(interventions);
        collaborators = List.copyOf(collaborators);
        centralContacts = List.copyOf(centralContacts);
        outcomes = List.copyOf(outcomes);
        sites = List.copyOf(sites);
        entries = List.copyOf(entries);
        fieldSources = List.copyOf(fieldSources);
    }

    /** The texts in this language (ISO 639-1), if the registry gave them. */
    public Optional<StudyText> textIn(String language) {
        return texts.stream().filter(text -> text.isIn(language)).findFirst();
    }

    /** The key dates as ISO text, each possibly partial or null. */
    public record Dates(String start, String primaryCompletion, String completion, String firstPosted,
                        String lastUpdate) {
    }

    /**
     * Who may take part: ages as written ("18 Years") and in days (null: no limit); sex ALL, FEMALE or MALE;
     * {@code criteria} the registry's text.
     */
    public record Eligibility(String criteria, String minimumAge, Integer minimumAgeDays, String maximumAge,
                              Integer maximumAgeDays, String sex, Boolean healthyVolunteers) {
    }

    /**
     * A site: its address and status as the registry gives them, the registry's coordinates ({@code latitude},
     * {@code longitude}, often absent), and where the portal places it ({@code place}, null when it cannot: see
     * SitePlaces) and how ({@code placeSource}).
     */
    public record Site(String facility, String city, String state, String postalCode, String country, String status,
                       Double latitude, Double longitude, List<ContactPerson> contacts, GeoPoint place,
                       PlaceSource placeSource) {
        public Site {
            contacts = List.copyOf(contacts);
        }

        public boolean isRecruiting() {
            return "RECRUITING".equals(status);
        }
    }

    /** One registry's record of this trial: its registry, its own id, the format and date of the version shown. */
    public record Entry(RegistryScheme scheme, String registryId, String format, String versionDate,
                        List<String> warnings) {
        public Entry {
            warnings = List.copyOf(warnings);
        }
    }
}
