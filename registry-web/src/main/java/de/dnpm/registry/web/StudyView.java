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

    private String id;
    private StudyDetail study;
    private EligibilityText eligibility;
    private List<String> summary = List.of();
    private List<String> description = List.of();
    /** A mutable copy: the sites table sorts its value in place. */
    private ArrayList<StudyDetail.Site> sites = new ArrayList<>();

    /** View action on GET. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() || study != null) {
            return;
        }
        Optional<Study> found = id == null || id.isBlank() ? Optional.empty() : catalog.findByRegistryId(id.strip());
        if (found.isEmpty()) {
            context.getExternalContext().setResponseStatus(404);
            return;
        }
        String primary = found.get().getPrimaryRegistryId();
        String encodedId = URLEncoder.encode(primary, StandardCharsets.UTF_8).replace("+", "%20");
        study = StudyDetailAssembler.toDetail(found.get(),
                context.getExternalContext().getRequestContextPath() + "/api/studies/" + encodedId + "/sources");
        eligibility = EligibilityTextParser.parse(study.eligibility().criteria());
        summary = Paragraphs.of(study.briefSummary());
        description = Paragraphs.of(study.detailedDescription());
        sites = new ArrayList<>(study.sites());
    }

    /** An imported text for display: Markdown escapes of the API v2 removed; escaping for HTML is the view's job. */
    public String plain(String text) {
        return EligibilityTextParser.unescapeMarkdown(text);
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
        String shown = study != null ? study.id() : id;
        return shown == null || shown.isBlank() ? "/index.xhtml"
                : "/study.xhtml?id=" + URLEncoder.encode(shown, StandardCharsets.UTF_8);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
