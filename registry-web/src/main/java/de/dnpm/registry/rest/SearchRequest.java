package de.dnpm.registry.rest;

import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.domain.StudyQuery;
import jakarta.ws.rs.QueryParam;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The search's query parameters as one {@code @BeanParam}: the search, its exports and its feed take the same
 * parameters, so a filter added here reaches all of them. {@link #parse} checks them (see {@link SearchParameters}).
 */
public class SearchRequest {

    @QueryParam("q") String q;
    @QueryParam("status") List<String> status;
    @QueryParam("phase") List<String> phase;
    @QueryParam("type") List<String> type;
    @QueryParam("country") List<String> country;
    @QueryParam("age") String age;
    @QueryParam("page") String page;
    @QueryParam("size") String size;
    @QueryParam("match") String match;
    @QueryParam("sex") String sex;
    @QueryParam("recruiting") String recruiting;
    @QueryParam("healthyVolunteers") String healthyVolunteers;
    @QueryParam("near") String near;
    @QueryParam("radiusKm") String radiusKm;
    @QueryParam("sort") String sort;
    @QueryParam("patient") String patient;
    @QueryParam("started") List<String> started;
    @QueryParam("updated") List<String> updated;
    @QueryParam("sponsorType") List<String> sponsorType;
    @QueryParam("results") List<String> results;
    @QueryParam("source") List<String> source;

    /** The checked parameters, the query they ask for, and the patient description if any (null when none). */
    public record Parsed(SearchParameters parameters, StudyQuery query, String patientNote) {
    }

    /** Throws InvalidParameterException (a 400 problem) naming the first bad parameter. */
    public Parsed parse(Function<String, Optional<Place>> places) {
        SearchParameters parameters = SearchParameters.of(q, status, phase, type, country, age, page, size)
                .withFilters(started, updated, sponsorType, results, source)
                .withMatch(match).withPatient(sex, recruiting, healthyVolunteers)
                .withNearby(near, radiusKm, sort, places);
        String note = SearchParameters.patientNote(patient);
        StudyQuery query = parameters.toQuery().withPatientNote(note)
                .withOpenFirst(SearchParameters.openFirst(sort)).withOrder(SearchParameters.order(sort));
        return new Parsed(parameters, query, note);
    }
}
