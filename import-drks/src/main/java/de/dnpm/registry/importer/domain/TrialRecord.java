package de.dnpm.registry.importer.domain;

import java.util.List;

/**
 * A trial as one source document describes it, in registry-neutral form (the WHO Trial Registration Data Set items the
 * sources carry). Coded values use the ClinicalTrials.gov API v2 vocabulary whatever the source: overallStatus
 * (RECRUITING, COMPLETED, ...), studyType (INTERVENTIONAL, OBSERVATIONAL, EXPANDED_ACCESS), phases (EARLY_PHASE1,
 * PHASE1 .. PHASE4, NA). Dates are ISO text, possibly partial ("2026-09"). Lists are never null.
 * <p>
 * The top-level texts hold the English text where the source has English, otherwise the source's language;
 * {@code texts} holds every language the source has. {@code sourceStatus} is the registry's own status value
 * verbatim (DRKS "DISCONTINIUED", ICTRP "Not recruiting"), {@code countries} the ISO 3166-1 alpha-2 codes of the
 * recruitment countries, and {@code warnings} what looked wrong in the record without stopping its import.
 * {@code interventionCodes} are the terms a registry derives for the interventions as a whole (ClinicalTrials.gov's
 * intervention MeSH terms), not tied to one intervention. {@code leadSponsorClass} is ClinicalTrials.gov's class of
 * the lead sponsor (INDUSTRY, NIH, FED, OTHER_GOV, NETWORK, INDIV, OTHER, AMBIG, UNKNOWN), null where the source has
 * none (DRKS, ICTRP).
 */
public record TrialRecord(
        List<RegistryId> ids,
        String briefTitle,
        String officialTitle,
        String acronym,
        String briefSummary,
        String detailedDescription,
        List<String> conditions,
        List<CodedTerm> conditionCodes,
        List<String> keywords,
        List<Intervention> interventions,
        List<CodedTerm> interventionCodes,
        String studyType,
        List<String> phases,
        String overallStatus,
        String startDate,
        String primaryCompletionDate,
        String completionDate,
        String firstPosted,
        String lastUpdate,
        Integer enrollment,
        String enrollmentType,
        String leadSponsor,
        List<String> collaborators,
        Eligibility eligibility,
        List<Site> sites,
        List<Contact> centralContacts,
        List<Outcome> outcomes,
        boolean hasResults,
        List<TrialText> texts,
        String sourceStatus,
        List<String> countries,
        List<String> warnings,
        String leadSponsorClass) {

    public TrialRecord {
        interventionCodes = interventionCodes == null ? List.of() : List.copyOf(interventionCodes);
        texts = texts == null ? List.of() : List.copyOf(texts);
        countries = countries == null ? List.of() : List.copyOf(countries);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The id the source registry keys this record by. */
    public RegistryId primaryId() {
        return ids.stream().filter(RegistryId::primary).findFirst().orElse(ids.getFirst());
    }
}
