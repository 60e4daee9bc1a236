package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * A search hit: what a result list shows, and the URL of the full study. {@code id} is the primary registry id.
 * {@code nearestSite}: in a search near a place, the study's site nearest to it (absent otherwise).
 * {@code lastUpdated}: the ISO date of the registry's last update (absent when unknown); {@code staleRecruiting}: the
 * study says it recruits (or is about to) but its record was not updated for two years or its (primary) completion
 * date has passed. {@code snippet}: HTML whose only markup is {@code <mark>} around the words searched for (everything
 * else escaped, safe to insert as HTML), from the part named by {@code snippetField} ({@code title}, {@code conditions},
 * {@code summary}, {@code eligibility} or {@code exclusion}); both absent when nothing was searched for or no such
 * part holds a match.
 */
@JsonbPropertyOrder({"id", "title", "status", "phases", "studyType", "conditions", "siteCount", "nearestSite",
        "lastUpdated", "staleRecruiting", "snippet", "snippetField", "url"})
public record StudySummary(String id, String title, String status, List<String> phases, String studyType,
                           List<String> conditions, int siteCount, NearestSite nearestSite, String lastUpdated,
                           boolean staleRecruiting, String snippet, String snippetField, String url) {

    /**
     * The nearest site: its facility and town, the distance in km, whether it recruits now, and how its point was
     * obtained ({@code REGISTRY} coordinates, else the site's {@code POSTAL_CODE} or {@code CITY}).
     */
    @JsonbPropertyOrder({"facility", "city", "distanceKm", "recruiting", "located"})
    public record NearestSite(String facility, String city, double distanceKm, boolean recruiting, String located) {
    }
}
