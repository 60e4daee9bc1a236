package de.dnpm.registry.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * One page of {@code GET /api/studies}: the number of matches, the page asked for, its hits and the facet counts,
 * and how the text was understood: {@code relaxed} when no study has every word (the hits have most of them),
 * {@code alsoSearchedFor} the diseases recognised in it (searched with their synonyms, names in the other language and
 * narrower diseases unless {@code match=exact}), {@code didYouMean} the text as read when a word looked mistyped,
 * {@code understoodAs} the text as read when it had operators in lower case or German ("egfr NOT osimertinib"),
 * {@code placeWanted} when the text asked for studies nearby ("in meiner Nähe") and no place was given: send
 * {@code near=} with a postal code or town.
 */
@JsonbPropertyOrder({"total", "page", "size", "relaxed", "understoodAs", "alsoSearchedFor", "didYouMean", "near",
        "placeWanted", "hits", "facets"})
public record StudySearchResponse(long total, int page, int size, boolean relaxed, String understoodAs,
                                  List<String> alsoSearchedFor, String didYouMean, Near near,
                                  boolean placeWanted, List<StudySummary> hits, Facets facets) {

    /**
     * The place a search near a place was run from, as understood ({@code place}: the town; {@code postalCode} when
     * one was given), and its radius: a total of 0 then means no study has a site that close.
     */
    @JsonbPropertyOrder({"place", "postalCode", "radiusKm", "sort"})
    public record Near(String place, String postalCode, double radiusKm, String sort) {
    }

    /**
     * Per facet the values with their number of matching studies (values no matching study has are left out), keyed
     * like the filter parameters. Most frequent first, except: {@code status} lists RECRUITING, then
     * NOT_YET_RECRUITING first; {@code started} and {@code updated} list their ranges in a fixed order, relative to
     * today (started: SINCE_LAST_YEAR, LAST_5_YEARS, 5_TO_10_YEARS_AGO, OVER_10_YEARS_AGO; updated: LAST_30_DAYS,
     * LAST_YEAR, LAST_2_YEARS, OVER_2_YEARS_AGO; the "since"/"last" ranges include the newer ones).
     * {@code sponsorType}: INDUSTRY, GOVERNMENT, ACADEMIC_OTHER; {@code results}: YES, NO; {@code source}: CTGOV,
     * DRKS, ICTRP.
     */
    @JsonbPropertyOrder({"status", "phase", "type", "country", "started", "updated", "sponsorType", "results",
            "source"})
    public record Facets(List<FacetValue> status, List<FacetValue> phase, List<FacetValue> type,
                         List<FacetValue> country, List<FacetValue> started, List<FacetValue> updated,
                         List<FacetValue> sponsorType, List<FacetValue> results, List<FacetValue> source) {
    }

    /** One facet value and how many matching studies have it. */
    @JsonbPropertyOrder({"value", "count"})
    public record FacetValue(String value, long count) {
    }
}
