package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * The answer of {@code POST /api/match}: the studies in rank order and how many candidates were assessed. Absent
 * values are left out (JSON-B writes no nulls).
 */
@JsonbPropertyOrder({"candidatesAssessed", "tookMillis", "studies"})
public record MatchResponse(int candidatesAssessed, long tookMillis, List<Study> studies) {

    /**
     * One study for the patient: {@code id} its primary registry id, {@code verdict} ELIGIBLE, POSSIBLY_ELIGIBLE or
     * NOT_ELIGIBLE, {@code tier} how specifically it fits, {@code score} within the tier (0..1), {@code nearestSite}
     * absent without a postal code, and every criterion checked.
     */
    @JsonbPropertyOrder({"rank", "id", "registryIds", "url", "title", "phases", "status", "verdict", "tier", "score",
            "nearestSite", "criteria"})
    public record Study(int rank, String id, List<String> registryIds, String url, String title, List<String> phases,
                        String status, String verdict, String tier, double score, NearestSite nearestSite,
                        List<Criterion> criteria) {
    }

    /** The study's recruiting site nearest to the patient's postal code, and how far it is (km, one decimal). */
    @JsonbPropertyOrder({"facility", "town", "postalCode", "country", "distanceKm"})
    public record NearestSite(String facility, String town, String postalCode, String country, double distanceKm) {
    }

    /**
     * One criterion checked: what it is about, whether it excludes, what it names and its limits, its status for the
     * patient, the reason as a code and in the caller's language, the patient's value compared, and the sentence of the
     * record it was read from.
     */
    @JsonbPropertyOrder({"type", "exclusion", "key", "lower", "upper", "status", "reason", "reasonText",
            "patientValue", "evidence"})
    public record Criterion(String type, boolean exclusion, String key, Integer lower, Integer upper, String status,
                            String reason, String reasonText, String patientValue, String evidence) {
    }
}
