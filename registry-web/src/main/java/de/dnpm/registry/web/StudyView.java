package de.dnpm.registry.web;

import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.rest.StudyDetail;
import de.dnpm.registry.rest.StudyDetailAssembler;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The study page ({@code study.xhtml?id=NCT06576635}): the study as the REST API describes it, plus its texts split
 * for reading. An unknown id renders the page's "not found" part with HTTP status 404.
 */
@Named
@ViewScoped
public class StudyView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Sites beyond this number are paged. */
    static final int SITES_PER_PAGE = 25;

    @Inject
    StudyCatalog catalog;

    @Inject
    LocaleBean locale;

    private String id;
    /** When set, the page shows this one registry entry of the study alone, as its registry gives it. */
    private String entry;
    private String mergedStudyId;
    private StudyDetail study;
    private EligibilityText eligibility;
    private List<String> summary = List.of();
    private List<String> description = List.of();
    /** The texts shown first: in the reader's language when the registry gave it, else the study's main texts. */
    private StudyDetail.Text shown;
    private List<LanguageText> otherLanguages = List.of();
    /** A mutable copy: the sites table sorts its value in place. */
    private ArrayList<StudyDetail.Site> sites = new ArrayList<>();

    /** View action on GET. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() || study != null) {
            return;
        }
        Optional<Study> merged = id == null || id.isBlank() ? Optional.empty() : catalog.findByRegistryId(id.strip());
        Optional<Study> found = entry == null || entry.isBlank() ? merged
                : merged.flatMap(m -> catalog.entryView(m, entry.strip()));
        if (found.isEmpty()) {
            context.getExternalContext().setResponseStatus(404);
            return;
        }
        mergedStudyId = merged.orElseThrow().getPrimaryRegistryId();
        String primary = mergedStudyId;
        String encodedId = URLEncoder.encode(primary, StandardCharsets.UTF_8).replace("+", "%20");
        study = StudyDetailAssembler.toDetail(found.get(),
                context.getExternalContext().getRequestContextPath() + "/api/studies/" + encodedId + "/sources");
        chooseLanguage(locale.getLanguage());
        eligibility = EligibilityTextParser.parse(criteriaShown());
        sites = new ArrayList<>(study.sites());
    }

    /** An imported text for display: Markdown escapes of the API v2 removed; escaping for HTML is the view's job. */
    /*
     * DRKS gives German and English side by side: the reader's language comes first (title, summary), the other
     * languages follow in a section of their own. A study with texts in one language only shows them once.
     */
    private void chooseLanguage(String reader) {
        shown = study.texts().stream().filter(t -> reader.equalsIgnoreCase(t.language())).findFirst()
                .orElse(null);
        summary = Paragraphs.of(shown != null && shown.briefSummary() != null ? shown.briefSummary()
                : study.briefSummary());
        description = Paragraphs.of(shown != null && shown.detailedDescription() != null
                ? shown.detailedDescription() : study.detailedDescription());
        String shownLanguage = shown != null ? shown.language()
                : study.texts().stream().filter(t -> study.title() != null && study.title().equals(t.title()))
                .map(StudyDetail.Text::language).findFirst().orElse(null);
        otherLanguages = study.texts().size() < 2 ? List.of() : study.texts().stream()
                .filter(t -> t.language() == null || !t.language().equalsIgnoreCase(shownLanguage))
                .map(LanguageText::new).toList();
    }

    /*
     * The criteria in the reader's language where the registry gave them apart (DRKS), under the headings the parser
     * knows; otherwise the study's criteria text as written.
     */
    private String criteriaShown() {
        if (shown == null || (shown.inclusionCriteria() == null && shown.exclusionCriteria() == null)) {
            return study.eligibility().criteria();
        }
        StringBuilder text = new StringBuilder();
        if (shown.inclusionCriteria() != null) {
            text.append("Inclusion Criteria:\n").append(shown.inclusionCriteria().strip()).append("\n\n");
        }
        if (shown.exclusionCriteria() != null) {
            text.append("Exclusion Criteria:\n").append(shown.exclusionCriteria().strip());
        }
        return text.toString().strip();
    }

    /** The conditions in the reader's language where the registry gave them (DRKS), else as the study lists them. */
    public List<String> getConditions() {
        return shown != null && !shown.conditions().isEmpty() ? shown.conditions() : study.conditions();
    }

    /** The title in the reader's language where the registry gave one. */
    public String getTitle() {
        return shown != null && shown.title() != null ? shown.title() : study.title();
    }

    public String getOfficialTitle() {
        return shown != null && shown.officialTitle() != null ? shown.officialTitle() : study.officialTitle();
    }

    /** The language of the texts shown first (for the {@code lang} attribute), null if unknown. */
    public String getShownLanguage() {
        return shown != null ? shown.language() : null;
    }

    /** The study's texts in the other languages its registry gave, with their paragraphs split for reading. */
    public List<LanguageText> getOtherLanguages() {
        return otherLanguages;
    }

    /** One language's texts, split into paragraphs. */
    public record LanguageText(StudyDetail.Text text, List<String> summary, List<String> inclusion,
                               List<String> exclusion) implements Serializable {
        LanguageText(StudyDetail.Text text) {
            this(text, Paragraphs.of(text.briefSummary()), Paragraphs.of(text.inclusionCriteria()),
                    Paragraphs.of(text.exclusionCriteria()));
        }

        /** The language's name in the reader's language ("Englisch", "German"). */
        public String languageName(java.util.Locale reader) {
            return text.language() == null ? "" : java.util.Locale.of(text.language()).getDisplayLanguage(reader);
        }
    }

    /** The parts of the study's view that came from this entry, in the reader's language ("content, sites"). */
    public String partsFrom(String registryId) {
        return study.fieldSources().stream().filter(source -> registryId.equals(source.registryId()))
                .map(source -> partLabel(source.part())).collect(java.util.stream.Collectors.joining(", "));
    }

    private String partLabel(String part) {
        if (part.startsWith("texts.")) {
            String language = part.substring("texts.".length());
            return java.text.MessageFormat.format(messages().getString("study.part.texts"),
                    java.util.Locale.of(language).getDisplayLanguage(locale.getLocale()));
        }
        String key = "study.part." + part;
        return messages().containsKey(key) ? messages().getString(key) : part;
    }

    private java.util.ResourceBundle messages() {
        return java.util.ResourceBundle.getBundle(Labels.BUNDLE, locale.getLocale());
    }

    public String plain(String text) {
        return EligibilityTextParser.unescapeMarkdown(text);
    }

    /** An intervention's brand and code names as the page shows them after its name: "Tagrisso, AZD9291". */
    public String otherNames(StudyDetail.Intervention intervention) {
        return String.join(", ", intervention.otherNames());
    }

    public boolean isFound() {
        return study != null;
    }

    public StudyDetail getStudy() {
        return study;
    }

    public EligibilityText getEligibility() {
        return eligibility;
    }

    public List<String> getSummary() {
        return summary;
    }

    public List<String> getDescription() {
        return description;
    }

    /** The MeSH (or other coded) terms, without repeats. */
    public List<String> getConditionTerms() {
        return study.conditionCodes().stream().map(StudyDetail.ConditionCode::term).filter(Objects::nonNull)
                .distinct().toList();
    }

    public List<StudyDetail.Outcome> outcomes(String kind) {
        return study.outcomes().stream().filter(o -> kind.equals(o.kind())).toList();
    }

    public List<StudyDetail.Site> getSites() {
        return sites;
    }

    public boolean isSitesPaged() {
        return study.sites().size() > SITES_PER_PAGE;
    }

    /** Whether any site has a recruitment status: legacy records often have none, and an empty column is noise. */
    public boolean isSiteStatusKnown() {
        return study.sites().stream().anyMatch(site -> site.status() != null);
    }

    public boolean isSiteContactsKnown() {
        return study.sites().stream().anyMatch(site -> !site.contacts().isEmpty());
    }

    public int getSitesPerPage() {
        return SITES_PER_PAGE;
    }

    /** All identifiers of the study, the one shown as its number included. */
    public List<StudyDetail.Identifier> getIdentifiers() {
        return study.identifiers();
    }

    public String getBookmarkUrl() {
        String shown = mergedStudyId != null ? mergedStudyId : id;
        if (shown == null || shown.isBlank()) {
            return "/index.xhtml";
        }
        return "/study.xhtml?id=" + URLEncoder.encode(shown, StandardCharsets.UTF_8)
                + (isEntryAlone() ? "&entry=" + URLEncoder.encode(study.id(), StandardCharsets.UTF_8) : "");
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
