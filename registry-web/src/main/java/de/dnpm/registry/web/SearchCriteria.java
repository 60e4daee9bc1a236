package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.Nearby;
import de.dnpm.registry.search.domain.PatientFilter;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.domain.StudyQuery;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the search page asks for, exactly as its URL carries it
 * ({@code index.xhtml?q=EGFR&status=RECRUITING&status=...&age=45&sex=FEMALE&recruiting=true&near=69120&radiusKm=100
 * &sort=relevance&page=2}): free text, selected facet values, the patient's filters, the place typed (as typed; the
 * page resolves it) with its radius, and the order. The page number travels beside it (zero-based here, one-based in
 * the URL). The patient description is never part of it: it is posted, never written into an address.
 *
 * <p>{@link #fromParameters} and {@link #queryString} are each other's inverse on everything this class accepts, so
 * the address bar, the study page's way back and a bookmark all rebuild the same search. Reading is lenient (a value
 * out of range is dropped or bounded, as a hand-edited or outdated link should still open a search), writing is
 * canonical (one order of parameters, values URL-encoded), so a string that went through both contains nothing else.
 */
public record SearchCriteria(String text, Map<Facet, List<String>> filters, Integer age, boolean exact,
                             PatientFilter patient, String near, int radiusKm, String sort) implements Serializable {

    /** Hits per page. */
    public static final int PAGE_SIZE = 20;
    /** As in the REST API: no paging beyond the 10 000th hit. */
    public static final int MAX_PAGE = 10_000 / PAGE_SIZE - 1;
    static final int MAX_AGE = 150;
    static final int DEFAULT_RADIUS_KM = 50;
    static final int MAX_RADIUS_KM = 1000;
    static final int MAX_TEXT_LENGTH = 500;
    static final int MAX_NEAR_LENGTH = 100;
    static final int MAX_VALUE_LENGTH = 200;
    static final int MAX_VALUES_PER_FACET = 50;
    private static final int MAX_PARAMETERS = 300;

    /**
     * The orders the page offers besides its default (studies open to patients first; with a place, the nearest site
     * first), as the REST API names them: relevance alone, the last registry update and the start date (both newest
     * first, decision 007). {@code distance} is read as the default: with a place it is the default, without one it
     * means nothing.
     */
    static final List<String> SORTS = List.of("relevance", "updated", "start");

    /** URL parameter names of the facets; the same as the REST API's. A facet without one is not offered. */
    static final Map<Facet, String> PARAMETERS = Map.of(
            Facet.STATUS, "status", Facet.PHASE, "phase", Facet.STUDY_TYPE, "type", Facet.COUNTRY, "country",
            Facet.STARTED, "started", Facet.UPDATED, "updated", Facet.SPONSOR_TYPE, "sponsorType",
            Facet.RESULTS, "results", Facet.SOURCE, "source");

    /** Broad matching, no patient filters, anywhere, default order. */
    public SearchCriteria(String text, Map<Facet, List<String>> filters, Integer age) {
        this(text, filters, age, false, PatientFilter.NONE, null, DEFAULT_RADIUS_KM, null);
    }

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
        age = age == null ? null : Math.max(0, Math.min(MAX_AGE, age));
        near = near == null || near.isBlank() ? null : near.strip();
        // without a place the radius means nothing: one value, so that equal searches are equal
        radiusKm = near == null ? DEFAULT_RADIUS_KM : Math.max(1, Math.min(MAX_RADIUS_KM, radiusKm));
        sort = knownSort(sort);
    }

    /** The order as {@link #SORTS} names it, or null (the default) for anything else. */
    static String knownSort(String sort) {
        if (sort == null) {
            return null;
        }
        String wanted = sort.strip();
        return SORTS.stream().filter(wanted::equalsIgnoreCase).findFirst().orElse(null);
    }

    /**
     * The query for one page; {@code place} is {@link #near} as the gazetteer knows it (null: anywhere, also when the
     * place is not known, which the page says).
     */
    public StudyQuery toQuery(int page, int size, Place place) {
        Map<Facet, Set<String>> selected = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> selected.put(facet, new LinkedHashSet<>(values)));
        boolean relevanceOnly = "relevance".equals(sort);
        StudyQuery.Order order = switch (sort == null ? "" : sort) {
            case "updated" -> StudyQuery.Order.UPDATED;
            case "start" -> StudyQuery.Order.START;
            default -> StudyQuery.Order.RELEVANCE;
        };
        // a date order replaces the nearest-site order; the place still bounds the studies by its radius
        boolean byDistance = !relevanceOnly && order == StudyQuery.Order.RELEVANCE;
        Nearby nearby = place == null || near == null ? null : new Nearby(place, radiusKm, byDistance);
        return new StudyQuery(text, selected, age, page, size, exact, patient, nearby).withOpenFirst(!relevanceOnly)
                .withOrder(order);
    }

    public List<String> values(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }

    public boolean isFiltered() {
        return !filters.isEmpty() || age != null || !patient.equals(PatientFilter.NONE) || near != null;
    }

    /** How many filters are set: each facet value, the age, the sex, each patient flag and the place count one. */
    public int filterCount() {
        int count = filters.values().stream().mapToInt(List::size).sum();
        count += age != null ? 1 : 0;
        count += patient.sex() != null ? 1 : 0;
        count += patient.recruitingOnly() ? 1 : 0;
        count += patient.healthyVolunteer() ? 1 : 0;
        count += near != null ? 1 : 0;
        return count;
    }

    /** The same search without any filter (text, matching and order kept). */
    public SearchCriteria withoutFilters() {
        return new SearchCriteria(text, Map.of(), null, exact, PatientFilter.NONE, null, DEFAULT_RADIUS_KM, sort);
    }

    /** The query string of this search at the given page (zero-based), without "?"; empty for the start page. */
    public String queryString(int page) {
        List<String> parts = new ArrayList<>();
        if (text != null) {
            parts.add("q=" + encode(text));
        }
        for (Facet facet : Facet.values()) {
            String name = PARAMETERS.get(facet);
            if (name != null) {
                for (String value : values(facet)) {
                    parts.add(name + "=" + encode(value));
                }
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
        if (near != null) {
            parts.add("near=" + encode(near));
            parts.add("radiusKm=" + radiusKm);
        }
        if (sort != null) {
            parts.add("sort=" + sort);
        }
        if (page > 0) {
            parts.add("page=" + (Math.min(page, MAX_PAGE) + 1));
        }
        return String.join("&", parts);
    }

    /** The page's path relative to the application root, "index.xhtml" or "index.xhtml?…", at the given page. */
    public String relativeUrl(int page) {
        String query = queryString(page);
        return "index.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * The search a URL's parameters ask for; what is malformed, unknown or out of range is dropped or bounded (a
     * bookmark of an older page, a hand-edited address), never an error.
     */
    public static SearchCriteria fromParameters(Map<String, List<String>> parameters) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            String name = PARAMETERS.get(facet);
            List<String> values = name == null ? null : parameters.get(name);
            if (values == null) {
                continue;
            }
            List<String> kept = values.stream().filter(v -> v != null && !v.isBlank())
                    .map(String::strip).filter(v -> v.length() <= MAX_VALUE_LENGTH)
                    // codes (RECRUITING, PHASE2, INTERVENTIONAL) in any case, as the REST API takes them
                    .map(v -> facet == Facet.COUNTRY ? v : v.toUpperCase(Locale.ROOT))
                    // a facet of fixed values (date ranges, sponsor type, results, source) drops any other
                    .filter(v -> facet.knownValues().isEmpty() || facet.knownValues().contains(v))
                    .distinct().limit(MAX_VALUES_PER_FACET).toList();
            filters.put(facet, kept);
        }
        String text = first(parameters, "q");
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
        String sexValue = first(parameters, "sex");
        String sex = sexValue == null ? null : sexValue.strip().toUpperCase(Locale.ROOT);
        if (!"FEMALE".equals(sex) && !"MALE".equals(sex)) {
            sex = null;
        }
        PatientFilter patient = new PatientFilter(sex, isTrue(first(parameters, "recruiting")),
                isTrue(first(parameters, "healthyVolunteers")));
        String near = first(parameters, "near");
        if (near != null && near.strip().length() > MAX_NEAR_LENGTH) {
            near = null;
        }
        Integer radius = boundedNumber(first(parameters, "radiusKm"), 1, MAX_RADIUS_KM);
        String match = first(parameters, "match");
        return new SearchCriteria(text, filters, boundedNumber(first(parameters, "age"), 0, MAX_AGE),
                match != null && match.strip().equalsIgnoreCase("exact"), patient, near,
                radius == null ? DEFAULT_RADIUS_KM : radius, first(parameters, "sort"));
    }

    /** The page (zero-based) a URL's parameters ask for: {@code page} is one-based; bad values give the first. */
    public static int pageOf(Map<String, List<String>> parameters) {
        Integer page = boundedNumber(first(parameters, "page"), 1, MAX_PAGE + 1);
        return page == null ? 0 : page - 1;
    }

    /**
     * The parameters of a query string ("q=EGFR&status=RECRUITING", with or without a leading "?"), decoded, in
     * order; a pair that does not decode is skipped.
     */
    public static Map<String, List<String>> parseQueryString(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        String rest = query.startsWith("?") ? query.substring(1) : query;
        int count = 0;
        for (String pair : rest.split("&")) {
            if (pair.isEmpty() || ++count > MAX_PARAMETERS) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException malformed) {
                // "%zz": not a parameter of ours
            }
        }
        return parameters;
    }

    /** The servlet API's parameter map (arrays) as this class reads it. */
    public static Map<String, List<String>> fromServletMap(Map<String, String[]> parameters) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        parameters.forEach((name, values) -> lists.put(name, values == null ? List.of() : Arrays.asList(values)));
        return lists;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static boolean isTrue(String value) {
        return value != null && value.strip().equalsIgnoreCase("true");
    }

    private static Integer boundedNumber(String text, int min, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            return n < min ? null : Math.min(n, max);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
