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

    /** Per facet the values with their number of matching studies, most frequent first. */
    @JsonbPropertyOrder({"status", "phase", "type", "country"})
    public record Facets(List<FacetValue> status, List<FacetValue> phase, List<FacetValue> type,
                         List<FacetValue> country) {
    }

    /** One facet value and how many matching studies have it. */
    @JsonbPropertyOrder({"value", "count"})
    public record FacetValue(String value, long count) {
    }
}
