package de.dnpm.registry.web;

import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.Nearby;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.infrastructure.RegistryIds;
import de.dnpm.registry.search.domain.PatientFilter;
import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.InvalidQueryException;
import de.dnpm.registry.search.domain.StudyHit;
import de.dnpm.registry.search.domain.StudyHits;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.data.PageEvent;

import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The search page's state: text, facet selections, the patient's filters, the order and the page, read from and
 * written back to the URL ({@link SearchCriteria}), and the patient description, which is posted and kept with the
 * view only. It runs each search once through {@link StudyCatalog} and serves the result table, the facet lists and
 * the messages from that one answer.
 *
 * <p>Every change is an ajax request; the page script then adds the new URL ({@link #getBookmarkUrl}) to the
 * browser's history, and on Back or Forward sends that URL to {@link #restore}, which reads it exactly as a GET of
 * that URL would ({@link #load}).
 */
@Named
@ViewScoped
public class SearchView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(SearchView.class.getName());
    static final int PAGE_SIZE = SearchCriteria.PAGE_SIZE;
    static final int MAX_PAGE = SearchCriteria.MAX_PAGE;
    private static final List<Integer> RADII = List.of(10, 25, 50, 100, 250, 500);
    static final int SHOWN_CONDITIONS = 3;
    private static final String TABLE_ID = "search:results";
    /** The request parameter of {@link #restore}: the query string of the URL to show. */
    static final String STATE_PARAMETER = "state";

    @Inject
    StudyCatalog catalog;

    @Inject
    Labels labels;

    private String q;
    private boolean exact;
    private String sex;
    private boolean recruitingOnly;
    private boolean healthyVolunteer;
    private String near;
    /* Never in the URL, the criteria or a log line: it describes a patient. Kept with the view only. */
    private String patientNote;
    private int radiusKm = SearchCriteria.DEFAULT_RADIUS_KM;
    private Integer age;
    private String sort;
    private int page;
    private final Map<Facet, List<String>> selected = new EnumMap<>(Facet.class);

    private String queryError;
    private String failureReference;
    private transient Answer answer;
    private transient SearchResultModel model;
    private transient ResolvedPlace resolved;

    /** The answer to one search at one page, kept until the criteria or the page change. */
    private record Answer(SearchCriteria criteria, String patientNote, int page, StudyHits hits) {
    }

    /** The gazetteer's reading of the place typed, kept while the text stays the same. */
    private record ResolvedPlace(String text, Optional<Place> place) {
    }

    /** View action on GET: the whole state comes from the URL (facet values may repeat, which f:viewParam cannot). */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()) {
            return;
        }
        Map<String, List<String>> parameters = SearchCriteria.fromServletMap(
                context.getExternalContext().getRequestParameterValuesMap());
        apply(SearchCriteria.fromParameters(parameters), SearchCriteria.pageOf(parameters));
        StudyHits hits = getResults();
        if (hits.hits().isEmpty() && hits.total() > 0) {
            // a bookmarked page beyond the end (the data changed): show, and write into the URL, the last page
            page = (int) Math.min(MAX_PAGE, (hits.total() - 1) / PAGE_SIZE);
        }
        openTheOneStudyOfAnId(context);
    }

    /**
     * Back or Forward in the browser within this page: shows the search of the URL the browser went to (request
     * parameter {@value #STATE_PARAMETER}, its query string) as a GET of it would, keeping the patient description.
     */
    public void restore() {
        FacesContext context = FacesContext.getCurrentInstance();
        String state = context.getExternalContext().getRequestParameterMap().get(STATE_PARAMETER);
        Map<String, List<String>> parameters = SearchCriteria.parseQueryString(state);
        apply(SearchCriteria.fromParameters(parameters), SearchCriteria.pageOf(parameters));
        StudyHits hits = getResults();
        if (hits.hits().isEmpty() && hits.total() > 0) {
            page = (int) Math.min(MAX_PAGE, (hits.total() - 1) / PAGE_SIZE);
        }
        showFirstRow(page * PAGE_SIZE);
        // the page script replaces the history entry instead of adding one (it came from the history)
        PrimeFaces.current().ajax().addCallbackParam("searchRestored", true);
    }

    /** Takes over a search and page as the URL gives them; the patient description stays. */
    void apply(SearchCriteria criteria, int pageNumber) {
        q = criteria.text();
        selected.clear();
        criteria.filters().forEach((facet, values) -> selected.put(facet, new ArrayList<>(values)));
        age = criteria.age();
        exact = criteria.exact();
        sex = criteria.patient().sex();
        recruitingOnly = criteria.patient().recruitingOnly();
        healthyVolunteer = criteria.patient().healthyVolunteer();
        near = criteria.near();
        radiusKm = criteria.radiusKm();
        sort = criteria.sort();
        page = Math.max(0, Math.min(pageNumber, MAX_PAGE));
        answer = null;
    }

    /** The search button and every filter change: back to the first page of the new answer. */
    public void search() {
        page = 0;
        answer = null;
        showFirstRow(0);
        openTheOneStudyOfAnId(FacesContext.getCurrentInstance());
    }

    /* The table keeps its own first row once paged; it must follow the view's page. */
    private void showFirstRow(int first) {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE_ID);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(first);
        }
    }

    /*
     * A public registry number typed alone ("NCT06576635", "DRKS00038775", a EudraCT number) that names one study opens
     * that study: nobody wants a list of one. Other ids (a sponsor's) are listed as search results.
     */
    private void openTheOneStudyOfAnId(FacesContext context) {
        if (q == null || patientNote != null || !RegistryIds.isPublicRegistryId(RegistryIds.normalise(q))) {
            return;
        }
        StudyHits hits = getResults();
        if (hits.total() != 1 || hits.hits().isEmpty()) {
            return;
        }
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                    + "/study.xhtml?id=" + java.net.URLEncoder.encode(hits.hits().getFirst().primaryRegistryId(),
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void clearFilters() {
        apply(getCriteria().withoutFilters(), 0);
        search();
    }

    public void onPage(PageEvent event) {
        page = Math.max(0, Math.min(event.getPage(), MAX_PAGE));
    }

    public SearchCriteria getCriteria() {
        return new SearchCriteria(q, selected, age, exact, new PatientFilter(sex == null || sex.isBlank() ? null : sex,
                recruitingOnly, healthyVolunteer), near, radiusKm, sort);
    }

    /* The place typed, as the gazetteer knows it; the list is then ordered by the nearest site (unless by relevance). */
    private Optional<Place> place() {
        if (near == null || near.isBlank()) {
            return Optional.empty();
        }
        if (resolved == null || !resolved.text().equals(near)) {
            resolved = new ResolvedPlace(near, catalog.place(near.strip()));
        }
        return resolved.place();
    }

    private Optional<Nearby> nearby() {
        return place().map(p -> new Nearby(p, radiusKm, true));
    }

    /** Whether a place was typed that the gazetteer does not know (the page says so instead of searching anywhere). */
    public boolean isUnknownPlace() {
        return near != null && !near.isBlank() && place().isEmpty();
    }

    /** The place searched from, typed in its box or in the search text, as understood ("Heidelberg (69120)"). */
    public String getPlaceUnderstood() {
        return nearby().or(() -> Optional.ofNullable(getResults().notes().placeFromText()))
                .map(n -> n.place().postalCode() != null ? n.place().name() + " (" + n.place().postalCode() + ")"
                        : n.place().name()).orElse(null);
    }

    /** The radius searched, in km: the one chosen, or that of a place named in the search text. */
    public int getRadiusShown() {
        Nearby fromText = near == null ? getResults().notes().placeFromText() : null;
        return fromText != null ? (int) Math.round(fromText.radiusKm()) : radiusKm;
    }

    /** A description of the patient (at most 5,000 characters) that ranks the studies; see the REST {@code patient}. */
    public String getPatientNote() {
        return patientNote;
    }

    public void setPatientNote(String note) {
        this.patientNote = note == null || note.isBlank() ? null : note.strip();
    }

    public String getNear() {
        return near;
    }

    public void setNear(String near) {
        this.near = near == null || near.isBlank() ? null : near.strip();
    }

    public int getRadiusKm() {
        return radiusKm;
    }

    public void setRadiusKm(int radiusKm) {
        this.radiusKm = Math.max(1, Math.min(SearchCriteria.MAX_RADIUS_KM, radiusKm));
    }

    /** The radii offered on the page, in km; one from a bookmark that is not among them is offered too. */
    public List<Integer> getRadii() {
        if (RADII.contains(radiusKm)) {
            return RADII;
        }
        List<Integer> radii = new ArrayList<>(RADII);
        radii.add(radiusKm);
        radii.sort(null);
        return radii;
    }

    /**
     * The order: null for the default (open studies first; with a place, the nearest site first), or one of
     * {@link SearchCriteria#SORTS} ("relevance", "updated", "start").
     */
    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = SearchCriteria.knownSort(sort);
    }

    /** Whether the default order is by the nearest site (a place is given and known) rather than open studies first. */
    public boolean isNearestFirst() {
        return place().isPresent();
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = "FEMALE".equals(sex) || "MALE".equals(sex) ? sex : null;
    }

    public boolean isRecruitingOnly() {
        return recruitingOnly;
    }

    public void setRecruitingOnly(boolean recruitingOnly) {
        this.recruitingOnly = recruitingOnly;
    }

    public boolean isHealthyVolunteer() {
        return healthyVolunteer;
    }

    public void setHealthyVolunteer(boolean healthyVolunteer) {
        this.healthyVolunteer = healthyVolunteer;
    }

    /** Switches between the words as written (exact) and broad matching (synonyms, other language, narrower). */
    public void toggleExact() {
        exact = !exact;
        search();
    }

    public boolean isExact() {
        return exact;
    }

    /** The diseases recognised in the text, joined for display ("lung cancer, leukemia"); empty when none. */
    public String getExpansions() {
        return String.join(", ", getResults().notes().expansions());
    }

    /** The text as read when it had operators in lower case or German ("egfr NOT osimertinib"), else null. */
    public String getUnderstoodAs() {
        return getResults().notes().understoodAs();
    }

    /** The text as read when a word looked mistyped, else null. */
    public String getSuggestion() {
        return getResults().notes().suggestion();
    }

    /** The answer for the current page; an unreadable query or a failing index gives an empty answer and a message. */
    public StudyHits getResults() {
        return showPage(page);
    }

    StudyHits showPage(int requestedPage) {
        page = Math.max(0, Math.min(requestedPage, MAX_PAGE));
        SearchCriteria criteria = getCriteria();
        if (answer != null && answer.criteria().equals(criteria) && answer.page() == page
                && Objects.equals(answer.patientNote(), patientNote)) {
            return answer.hits();
        }
        StudyHits hits;
        queryError = null;
        failureReference = null;
        try {
            hits = catalog.search(criteria.toQuery(page, PAGE_SIZE, place().orElse(null)).withPatientNote(patientNote));
        } catch (RuntimeException e) {
            InvalidQueryException invalid = invalidQuery(e);
            if (invalid != null) {
                queryError = invalid.getMessage();
            } else {
                failureReference = UUID.randomUUID().toString();
                LOG.log(System.Logger.Level.ERROR, "Search " + criteria + " failed, reference " + failureReference, e);
            }
            hits = new StudyHits(0, List.of(), Map.of());
        }
        answer = new Answer(criteria, patientNote, page, hits);
        return hits;
    }

    /**
     * The facet's values with their counts as checkbox items; selected values stay listed even when no study has
     * them, so they can be unticked.
     */
    public List<SelectItem> facetItems(String facetName) {
        Facet facet = Facet.valueOf(facetName);
        Map<Facet, List<FacetCount>> facets = getResults().facets();
        List<FacetCount> counts = facets == null || facets.get(facet) == null ? List.of() : facets.get(facet);
        List<SelectItem> items = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (FacetCount count : counts) {
            items.add(new SelectItem(count.value(), label(facet, count.value()) + " (" + count.count() + ")"));
            listed.add(count.value());
        }
        for (String value : selectedValues(facet)) {
            if (!listed.contains(value)) {
                items.add(new SelectItem(value, label(facet, value) + " (0)"));
            }
        }
        if (facet == Facet.COUNTRY) {
            Collator collator = Collator.getInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
            items.sort(Comparator.comparing(SelectItem::getLabel, collator));
        }
        return items;
    }

    /**
     * Whether the page shows the facet: only when it has values to offer (a count, or a selected value to untick), so
     * a facet that says nothing about this answer (no study of it has results posted, say) takes no room.
     */
    public boolean facetShown(String facetName) {
        return !facetItems(facetName).isEmpty();
    }

    /**
     * The hit's snippet label ("In the eligibility criteria:"), from the field it was taken from; null without one.
     * The snippet itself is {@link StudyHit#snippetHtml()}, escaped by the search index (see index.xhtml).
     */
    public String snippetLabel(StudyHit hit) {
        if (hit.snippetHtml() == null || hit.snippetField() == null) {
            return null;
        }
        return labels.code("snippet", hit.snippetField());
    }

    /** After how many years without an update a recruiting study's status is flagged as possibly out of date. */
    public int getStaleYears() {
        return de.dnpm.registry.search.domain.StaleRecruitment.YEARS_WITHOUT_UPDATE;
    }

    /** The selected countries in the reader's language, for the line under the country menu. */
    public String getChosenCountries() {
        return String.join(", ", getCountries().stream().map(labels::country).toList());
    }

    /** The first few conditions of a hit, for the result list. */
    public String conditionsOf(StudyHit hit) {
        List<String> conditions = hit.conditions() == null ? List.of() : hit.conditions();
        return String.join(" · ", conditions.subList(0, Math.min(SHOWN_CONDITIONS, conditions.size())));
    }

    private String label(Facet facet, String value) {
        return switch (facet) {
            case STATUS -> labels.code("status", value);
            case PHASE -> labels.code("phase", value);
            case STUDY_TYPE -> labels.code("studyType", value);
            case COUNTRY -> labels.country(value);
            // facets of issue 11's search backend, labelled by the keys of their parameters ("started.LAST_YEAR")
            case STARTED, UPDATED, SPONSOR_TYPE, RESULTS, SOURCE -> labels.code(SearchCriteria.PARAMETERS.get(facet),
                    value);
        };
    }

    public SearchResultModel getModel() {
        if (model == null) {
            model = new SearchResultModel(this);
        }
        return model;
    }

    /** This search as a path with query string, for the address bar and the language switch. */
    public String getBookmarkUrl() {
        return "/" + getCriteria().relativeUrl(page);
    }

    /**
     * This search as the study pages' way back ({@link SearchBackLink#PARAMETER}): "index.xhtml?…" relative to the
     * application; null on the start page (a study link then needs none).
     */
    public String getBackTarget() {
        String target = getCriteria().relativeUrl(page);
        return target.equals("index.xhtml") ? null : target;
    }

    /** How many filters are set, for the "Filters (n)" button on narrow screens. */
    public int getFilterCount() {
        return getCriteria().filterCount();
    }

    /**
     * This search's results as a download in {@code format} (csv, ris, json) from the REST export, with the same
     * parameters from the first hit; the patient description stays out of URLs (decision 006).
     */
    public String exportUrl(String format) {
        String query = getCriteria().queryString(0);
        return "/api/studies/export?" + (query.isEmpty() ? "" : query + "&") + "format="
                + java.net.URLEncoder.encode(format, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The most studies one export gives. */
    public int getExportLimit() {
        return de.dnpm.registry.rest.export.StudyExports.LIMIT;
    }

    /** The Atom feed of this search (the most recently updated matching studies first). */
    public String getFeedUrl() {
        String query = getCriteria().queryString(0);
        return "/api/feeds/studies" + (query.isEmpty() ? "" : "?" + query);
    }

    public int getFirst() {
        return page * PAGE_SIZE;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public boolean isSearched() {
        return getCriteria().text() != null || patientNote != null || getCriteria().isFiltered();
    }

    public String getQueryError() {
        getResults();
        return queryError;
    }

    public String getFailureReference() {
        getResults();
        return failureReference;
    }

    private List<String> selectedValues(Facet facet) {
        return selected.computeIfAbsent(facet, f -> new ArrayList<>());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public List<String> getStatuses() {
        return selectedValues(Facet.STATUS);
    }

    public void setStatuses(List<String> values) {
        choose(Facet.STATUS, values);
    }

    public List<String> getPhases() {
        return selectedValues(Facet.PHASE);
    }

    public void setPhases(List<String> values) {
        choose(Facet.PHASE, values);
    }

    public List<String> getTypes() {
        return selectedValues(Facet.STUDY_TYPE);
    }

    public void setTypes(List<String> values) {
        choose(Facet.STUDY_TYPE, values);
    }

    public List<String> getCountries() {
        return selectedValues(Facet.COUNTRY);
    }

    public void setCountries(List<String> values) {
        choose(Facet.COUNTRY, values);
    }

    public List<String> getStarted() {
        return selectedValues(Facet.STARTED);
    }

    public void setStarted(List<String> values) {
        choose(Facet.STARTED, values);
    }

    public List<String> getUpdated() {
        return selectedValues(Facet.UPDATED);
    }

    public void setUpdated(List<String> values) {
        choose(Facet.UPDATED, values);
    }

    public List<String> getSponsorTypes() {
        return selectedValues(Facet.SPONSOR_TYPE);
    }

    public void setSponsorTypes(List<String> values) {
        choose(Facet.SPONSOR_TYPE, values);
    }

    public List<String> getResultsPosted() {
        return selectedValues(Facet.RESULTS);
    }

    public void setResultsPosted(List<String> values) {
        choose(Facet.RESULTS, values);
    }

    public List<String> getSources() {
        return selectedValues(Facet.SOURCE);
    }

    public void setSources(List<String> values) {
        choose(Facet.SOURCE, values);
    }

    /* JSF sets null for a facet whose list had nothing to choose from (all its values hidden): that is no choice */
    private void choose(Facet facet, List<String> values) {
        selected.put(facet, values == null ? new ArrayList<>() : new ArrayList<>(values));
    }

    private static InvalidQueryException invalidQuery(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidQueryException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
