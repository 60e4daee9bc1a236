package de.dnpm.registry.rest;

import de.dnpm.registry.importer.domain.CountryCodes;
import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.Nearby;
import de.dnpm.registry.search.domain.PatientFilter;
import de.dnpm.registry.search.domain.PatientNote;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.domain.StudyQuery;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of {@code GET /api/studies}, checked and turned into a {@link StudyQuery}. Numbers arrive as
 * text so that "page=abc" is a clear 400 rather than the framework's 404 for unconvertible parameters.
 */
public record SearchParameters(String text, Map<Facet, Set<String>> filters, Integer age, int page, int size,
                               boolean exact, PatientFilter patient, Nearby nearby) {

    /** The radius when {@code near} is given without one. */
    public static final int DEFAULT_RADIUS_KM = 50;

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deep paging costs the index more than it helps a person: results beyond this offset are not served. */
    public static final int MAX_OFFSET = 10_000;
    static final int MAX_TEXT_LENGTH = 500;
    static final int MAX_VALUES_PER_FACET = 50;
    static final int MAX_VALUE_LENGTH = 200;
    static final int MAX_AGE = 150;

    /** Validates raw parameter values; throws InvalidParameterException naming the first bad one. */
    public static SearchParameters of(String q, List<String> status, List<String> phase, List<String> type,
                                      List<String> country, String age, String page, String size) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidParameterException("q must not be longer than " + MAX_TEXT_LENGTH + " characters");
        }
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        addFilter(filters, Facet.STATUS, "status", status, true);
        addFilter(filters, Facet.PHASE, "phase", phase, true);
        addFilter(filters, Facet.STUDY_TYPE, "type", type, true);
        addFilter(filters, Facet.COUNTRY, "country", country, false);
        Integer ageYears = age == null || age.isBlank() ? null : number("age", age, 0, MAX_AGE);
        int pageNumber = page == null || page.isBlank() ? 0 : number("page", page, 0, MAX_OFFSET);
        int pageSize = size == null || size.isBlank() ? DEFAULT_SIZE : number("size", size, 1, MAX_SIZE);
        if ((long) pageNumber * pageSize > MAX_OFFSET) {
            throw new InvalidParameterException("page * size must not exceed " + MAX_OFFSET
                    + "; narrow the search instead of paging this deep");
        }
        return new SearchParameters(text, Map.copyOf(filters), ageYears, pageNumber, pageSize, false,
                PatientFilter.NONE, null);
    }

    /**
     * The filters whose values are fixed keys, each repeatable (values ORed): {@code started} and {@code updated}
     * (date ranges relative to today, see {@link de.dnpm.registry.search.domain.DateBucket}), {@code sponsorType}
     * (INDUSTRY, GOVERNMENT, ACADEMIC_OTHER), {@code results} (YES or NO; true and false are taken too) and
     * {@code source} (CTGOV, DRKS, ICTRP). Any case; an unknown value is a 400 naming the allowed ones.
     */
    public SearchParameters withFilters(List<String> started, List<String> updated, List<String> sponsorType,
                                        List<String> results, List<String> source) {
        Map<Facet, Set<String>> all = new EnumMap<>(Facet.class);
        all.putAll(filters);
        addKnown(all, Facet.STARTED, "started", started);
        addKnown(all, Facet.UPDATED, "updated", updated);
        addKnown(all, Facet.SPONSOR_TYPE, "sponsorType", sponsorType);
        addKnown(all, Facet.RESULTS, "results", results == null ? null : results.stream()
                .map(v -> v == null ? null : v.strip().equalsIgnoreCase("true") ? Facet.YES
                        : v.strip().equalsIgnoreCase("false") ? Facet.NO : v).toList());
        addKnown(all, Facet.SOURCE, "source", source);
        return new SearchParameters(text, Map.copyOf(all), age, page, size, exact, patient, nearby);
    }

    private static void addKnown(Map<Facet, Set<String>> filters, Facet facet, String name, List<String> values) {
        addFilter(filters, facet, name, values, true);
        for (String value : filters.getOrDefault(facet, Set.of())) {
            if (!facet.knownValues().contains(value)) {
                throw new InvalidParameterException(name + " must be one of " + String.join(", ",
                        facet.knownValues()));
            }
        }
    }

    /**
     * {@code match=broad} (the default: synonyms, the other language's names, narrower diseases) or {@code exact}
     * (the words as written only).
     */
    public SearchParameters withMatch(String match) {
        if (match == null || match.isBlank() || match.strip().equalsIgnoreCase("broad")) {
            return this;
        }
        if (match.strip().equalsIgnoreCase("exact")) {
            return new SearchParameters(text, filters, age, page, size, true, patient, nearby);
        }
        throw new InvalidParameterException("match must be broad or exact");
    }

    /**
     * The patient's filters: {@code sex} FEMALE or MALE (any case), {@code recruiting=true} for studies recruiting now,
     * {@code healthyVolunteers=true} for studies that take healthy volunteers.
     */
    public SearchParameters withPatient(String sex, String recruiting, String healthyVolunteers) {
        String sexCode = sex == null || sex.isBlank() ? null : sex.strip().toUpperCase(java.util.Locale.ROOT);
        if (sexCode != null && !sexCode.equals("FEMALE") && !sexCode.equals("MALE")) {
            throw new InvalidParameterException("sex must be FEMALE or MALE");
        }
        return new SearchParameters(text, filters, age, page, size, exact, new PatientFilter(sexCode,
                flag("recruiting", recruiting), flag("healthyVolunteers", healthyVolunteers)), nearby);
    }

    /**
     * {@code near}: a German postal code or a town (in Germany unless the gazetteer knows it only elsewhere: "69120",
     * "Heidelberg"); {@code radiusKm} (default {@value #DEFAULT_RADIUS_KM}); {@code sort=distance} orders by the nearest
     * site. An unknown place is a 400, never "everywhere".
     */
    public SearchParameters withNearby(String near, String radiusKm, String sort,
                                       java.util.function.Function<String, java.util.Optional<Place>> places) {
        if (near == null || near.isBlank()) {
            if (radiusKm != null && !radiusKm.isBlank()) {
                throw new InvalidParameterException("radiusKm needs near (a postal code or a town)");
            }
            return this;
        }
        if (near.length() > MAX_VALUE_LENGTH) {
            throw new InvalidParameterException("near must not be longer than " + MAX_VALUE_LENGTH + " characters");
        }
        Place place = places.apply(near.strip())
                .orElseThrow(() -> new InvalidParameterException("near: no German postal code or town \""
                        + near.strip() + "\" is known"));
        int radius = radiusKm == null || radiusKm.isBlank() ? DEFAULT_RADIUS_KM
                : number("radiusKm", radiusKm, 1, (int) Nearby.MAX_RADIUS_KM);
        boolean byDistance = sort != null && sort.strip().equalsIgnoreCase("distance");
        order(sort); // checks it
        return new SearchParameters(text, filters, age, page, size, exact, patient, new Nearby(place, radius,
                byDistance));
    }

    /**
     * {@code patient}: a free-text description of the patient (German or English, at most
     * {@link PatientNote#MAX_LENGTH} characters) that ranks the studies by what it says of the patient; null when none.
     */
    public static String patientNote(String patient) {
        if (patient == null || patient.isBlank()) {
            return null;
        }
        if (patient.strip().length() > PatientNote.MAX_LENGTH) {
            throw new InvalidParameterException("patient must not be longer than " + PatientNote.MAX_LENGTH
                    + " characters");
        }
        return patient.strip();
    }

    /** The values {@code sort} takes. */
    static final List<String> SORTS = List.of("relevance", "updated", "start", "distance");

    /**
     * {@code sort}: absent (studies open to patients first among similarly relevant ones), {@code relevance}
     * (relevance alone), {@code updated} (last registry update, newest first), {@code start} (start date, latest
     * first) or {@code distance} (with {@code near}).
     */
    public static boolean openFirst(String sort) {
        order(sort); // checks it
        return sort == null || !sort.strip().equalsIgnoreCase("relevance");
    }

    /** The order {@code sort} asks for (relevance for absent, {@code relevance} and {@code distance}). */
    public static StudyQuery.Order order(String sort) {
        if (sort == null || sort.isBlank()) {
            return StudyQuery.Order.RELEVANCE;
        }
        return switch (sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance", "distance" -> StudyQuery.Order.RELEVANCE;
            case "updated" -> StudyQuery.Order.UPDATED;
            case "start" -> StudyQuery.Order.START;
            default -> throw new InvalidParameterException("sort must be one of " + String.join(", ", SORTS));
        };
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidParameterException(name + " must be true or false");
    }

    public StudyQuery toQuery() {
        return new StudyQuery(text, filters, age, page, size, exact, patient, nearby);
    }

    public Set<String> values(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    private static void addFilter(Map<Facet, Set<String>> filters, Facet facet, String name, List<String> values,
                                  boolean code) {
        if (values == null) {
            return;
        }
        Set<String> selected = new LinkedHashSet<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String v = value.strip();
            if (v.length() > MAX_VALUE_LENGTH) {
                throw new InvalidParameterException(name + " values must not be longer than " + MAX_VALUE_LENGTH
                        + " characters");
            }
            // codes (RECRUITING, PHASE2, INTERVENTIONAL) are accepted in any case; a country may be given by its ISO
            // code or by a name registries use ("Germany", "Czech Republic"): the index holds ISO codes
            selected.add(code ? v.toUpperCase(Locale.ROOT)
                    : facet == Facet.COUNTRY ? CountryCodes.isoOrName(v) : v);
        }
        if (selected.size() > MAX_VALUES_PER_FACET) {
            throw new InvalidParameterException("at most " + MAX_VALUES_PER_FACET + " " + name + " values");
        }
        if (!selected.isEmpty()) {
            filters.put(facet, Set.copyOf(selected));
        }
    }

    private static int number(String name, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be a whole number, not \"" + shorten(value) + "\"");
        }
        if (n < min || n > max) {
            throw new InvalidParameterException(name + " must be between " + min + " and " + max);
        }
        return n;
    }

    private static String shorten(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }
}
