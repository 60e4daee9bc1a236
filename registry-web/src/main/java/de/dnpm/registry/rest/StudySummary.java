package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * A search hit: what a result list shows, and the URL of the full study. {@code id} is the primary registry id.
 * {@code nearestSite}: in a search near a place, the study's site nearest to it (absent otherwise).
 */
@JsonbPropertyOrder({"id", "title", "status", "phases", "studyType", "conditions", "siteCount", "nearestSite", "url"})
public record StudySummary(String id, String title, String status, List<String> phases, String studyType,
                           List<String> conditions, int siteCount, NearestSite nearestSite, String url) {

    /**
     * The nearest site: its facility and town, the distance in km, whether it recruits now, and how its point was
     * obtained ({@code REGISTRY} coordinates, else the site's {@code POSTAL_CODE} or {@code CITY}).
     */
    @JsonbPropertyOrder({"facility", "city", "distanceKm", "recruiting", "located"})
    public record NearestSite(String facility, String city, double distanceKm, boolean recruiting, String located) {
    }
}
