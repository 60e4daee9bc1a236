package de.dnpm.registry.web;

import de.dnpm.registry.search.domain.criteria.EligibilityText;
import de.dnpm.registry.search.domain.criteria.EligibilityTextParser;
import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.domain.ConditionCode;
import de.dnpm.registry.domain.InterventionEntry;
import de.dnpm.registry.domain.OutcomeMeasure;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.rest.RegistryLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The study page ({@code study.xhtml?id=NCT06576635}): the study's read model with its texts in the reader's language,
 * and its sites filtered by country and town, nearest to {@code near} first, a page at a time. Every control is a
 * plain GET link or form, so each state of the page has a URL (bookmark, print, back button) and the bean lives for
 * one request. An unknown id renders the page's "not found" part with HTTP status 404.
 */
@Named
@RequestScoped
public class StudyView {

    @Inject
    StudyCatalog catalog;

    @Inject
    LocaleBean locale;

    private String id;
    /** When set, the page shows this one registry entry of the study alone, as its registry gives it. */
    private String entry;
    private final SitesRequest sitesRequest = new SitesRequest();

    private String mergedStudyId;
    private StudyReadModel study;
    private ReaderTexts texts;
    private EligibilityText eligibility;
    private SiteListing sites;

    /** View action on GET. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() || study != null) {
            return;
        }
        Optional<StudyReadModel> merged = catalog.study(id);
        Optional<StudyReadModel> found = entry == null || entry.isBlank() ? merged
                : merged.flatMap(m -> catalog.entryAlone(m.id(), entry.strip()));
        if (found.isEmpty()) {
            context.getExternalContext().setResponseStatus(404);
            return;
        }
        mergedStudyId = merged.orElseThrow().id();
        study = found.get();
        texts = new ReaderTexts(study, locale.getLanguage());
        eligibility = texts.eligibility();
        sites = sitesRequest.listing(study, catalog);
    }

    /** The parts of the study's view that came from this entry, in the reader's language ("content, sites"). */
    public String partsFrom(String registryId) {
        return study.fieldSources().stream().map(StudyView::fieldSource)
                .filter(source -> registryId.equals(source[1])).map(source -> partLabel(source[0]))
                .collect(Collectors.joining(", "));
    }

    /* "sites=NCT05850520" as {part, registry id} */
    private static String[] fieldSource(String partAndId) {
        int at = partAndId.indexOf('=');
        return at < 0 ? new String[]{partAndId, ""}
                : new String[]{partAndId.substring(0, at), partAndId.substring(at + 1)};
    }

    private String partLabel(String part) {
        ResourceBundle messages = ResourceBundle.getBundle(Labels.BUNDLE, locale.getLocale());
        if (part.startsWith("texts.")) {
            String language = part.substring("texts.".length());
            return MessageFormat.format(messages.getString("study.part.texts"),
                    Locale.of(language).getDisplayLanguage(locale.getLocale()));
        }
        String key = "study.part." + part;
        return messages.containsKey(key) ? messages.getString(key) : part;
    }

    public String plain(String text) {
        return EligibilityTextParser.unescapeMarkdown(text);
    }

    /** An intervention's brand and code names as the page shows them after its name: "Tagrisso, AZD9291". */
    public String otherNames(InterventionEntry intervention) {
        return String.join(", ", intervention.getOtherNames());
    }

    public boolean isFound() {
        return study != null;
    }

    public StudyReadModel getStudy() {
        return study;
    }

    public String getTitle() {
        return texts.title();
    }

    public String getOfficialTitle() {
        return texts.officialTitle();
    }

    public String getShownLanguage() {
        return texts.shownLanguage();
    }

    public List<String> getSummary() {
        return texts.summary();
    }

    public List<String> getDescription() {
        return texts.description();
    }

    public List<String> getConditions() {
        return texts.conditions();
    }

    /** The study's texts in the other languages its registry gave, with their paragraphs split for reading. */
    public List<ReaderTexts.LanguageText> getOtherLanguages() {
        return texts.otherLanguages();
    }

    public EligibilityText getEligibility() {
        return eligibility;
    }

    /** The MeSH (or other coded) terms, without repeats. */
    public List<String> getConditionTerms() {
        return study.conditionCodes().stream().map(ConditionCode::getTerm).filter(Objects::nonNull).distinct()
                .toList();
    }

    public List<OutcomeMeasure> outcomes(String kind) {
        return study.outcomes().stream().filter(o -> kind.equals(o.getKind())).toList();
    }

    public SiteListing getSites() {
        return sites;
    }

    /** The filter and place the sites are listed by, as the URL gave them. */
    public SitesRequest getSitesRequest() {
        return sitesRequest;
    }

    /** The study's page in its source registry. */
    public String getSourceUrl() {
        return RegistryLinks.recordPageOf(study.identifiers()).orElse(null);
    }

    /** Where ClinicalTrials.gov shows the study's posted results; null when it has none or no NCT number. */
    public String getResultsUrl() {
        return study.hasResults() ? RegistryLinks.resultsPageOf(study.identifiers()).orElse(null) : null;
    }

    /** This study's stored source records in the REST API. */
    public String getSourcesUrl() {
        return contextPath() + "/api/studies/" + StudyUrls.encoded(mergedStudyId) + "/sources";
    }

    public String identifierUrl(RegistryIdentifier identifier) {
        return RegistryLinks.pageOf(identifier.scheme(), identifier.value()).orElse(null);
    }

    /** This page with the same filter and place, showing page {@code page} of the sites. */
    public String sitePageUrl(int page) {
        return contextPath() + "/study.xhtml?id=" + StudyUrls.encoded(mergedStudyId)
                + (isEntryAlone() ? "&entry=" + StudyUrls.encoded(study.id()) : "") + sitesRequest.query(page);
    }

    /** This page's first page of sites without the country and town filter (keeping the place). */
    public String getUnfilteredSitesUrl() {
        return contextPath() + "/study.xhtml?id=" + StudyUrls.encoded(mergedStudyId)
                + (isEntryAlone() ? "&entry=" + StudyUrls.encoded(study.id()) : "") + sitesRequest.queryWithoutFilter();
    }

    /** The study in plain language for patients, with the sites ordered from the same place. */
    public String getPatientViewUrl() {
        return contextPath() + "/patient-study.xhtml?id=" + StudyUrls.encoded(mergedStudyId)
                + (sitesRequest.getNear() == null ? "" : "&near=" + StudyUrls.encoded(sitesRequest.getNear()));
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    /** The path (with query) that shows this page again, for the language switch. */
    public String getBookmarkUrl() {
        String shown = mergedStudyId != null ? mergedStudyId : id;
        if (shown == null || shown.isBlank()) {
            return "/index.xhtml";
        }
        return "/study.xhtml?id=" + StudyUrls.encoded(shown)
                // on a postback (the language switch) nothing is loaded: the entry comes from the view parameter
                + (entry != null && !entry.isBlank()
                ? "&entry=" + StudyUrls.encoded(study != null ? study.id() : entry.strip()) : "")
                + sitesRequest.query(sites == null ? 1 : sites.getPage());
    }

    /** Whether the page shows one entry alone rather than the study merged from all its entries. */
    public boolean isEntryAlone() {
        return study != null && entry != null && !entry.isBlank();
    }

    /** The id the merged study is shown by (for the link back from an entry's own view). */
    public String getMergedStudyId() {
        return mergedStudyId;
    }

    public String getEntry() {
        return entry;
    }

    public void setEntry(String entry) {
        this.entry = entry;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
