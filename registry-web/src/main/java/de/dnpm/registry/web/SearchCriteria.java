package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.Nearby;
import de.dnpm.registry.search.domain.PatientFilter;
import de.dnpm.registry.search.domain.StudyQuery;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the search page asks for, as it appears in its URL ({@code ?q=EGFR&status=RECRUITING&status=...&age=&page=}):
 * free text, selected facet values, an optional patient age, and the page (zero-based here, one-based in the URL).
 */
public record SearchCriteria(String text, Map<Facet, List<String>> filters, Integer age, boolean exact,
                             PatientFilter patient, Nearby nearby) implements Serializable {

    /** Broad matching, no patient filters, anywhere: the default. */
    public SearchCriteria(String text, Map<Facet, List<String>> filters, Integer age) {
        this(text, filters, age, false, PatientFilter.NONE, null);
    }

    /** URL parameter names of the facets; the same as the REST API's. */
    static final Map<Facet, String> PARAMETERS = Map.of(
            Facet.STATUS, "status", Facet.PHASE, "phase", Facet.STUDY_TYPE, "type", Facet.COUNTRY, "country",
            Facet.STARTED, "started", Facet.UPDATED, "updated", Facet.SPONSOR_TYPE, "sponsorType",
            Facet.RESULTS, "results", Facet.SOURCE, "source");

    public SearchCriteria {
        patient = patient == null ? PatientFilter.NONE : patient;
        text = text == null || text.isBlank() ? null : text.strip();
        Map<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                List<String> cleaned = values == null ? List.of() : values.stream()
                        .filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
                if (!cleaned.isEmpty()) {
                    copy.put(facet, cleaned);
                }
            });
        }
        filters = Map.copyOf(copy);
    }

    public StudyQuery toQuery(int page, int size) {
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> selected.put(facet, new LinkedHashSet<>(values)));
        return new StudyQuery(text, selected, age, page, size, exact, patient, nearby);
    }

    public List<String> values(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }

    public boolean isFiltered() {
        return !filters.isEmpty() || age != null || !patient.equals(PatientFilter.NONE) || nearby != null;
    }

    /** The query string of this search at the given page, without "?"; empty for the start page. */
    public String queryString(int page) {
        List<String> parts = new ArrayList<>();
        if (text != null) {
            parts.add("q=" + encode(text));
        }
        for (Facet facet : Facet.values()) {
            for (String value : values(facet)) {
                parts.add(PARAMETERS.get(facet) + "=" + encode(value));
            }
        }
        if (age != null) {
            parts.add("age=" + age);
        }
        if (exact) {
            parts.add("match=exact");
        }
        if (patient.sex() != null) {
            parts.add("sex=" + patient.sex());
        }
        if (patient.recruitingOnly()) {
            parts.add("recruiting=true");
        }
        if (patient.healthyVolunteer()) {
            parts.add("healthyVolunteers=true");
        }
        if (nearby != null) {
            parts.add("near=" + encode(nearby.place().postalCode() != null ? nearby.place().postalCode()
                    : nearby.place().name()));
            parts.add("radiusKm=" + Math.round(nearby.radiusKm()));
        }
        if (page > 0) {
            parts.add("page=" + (page + 1));
        }
        return String.join("&", parts);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
