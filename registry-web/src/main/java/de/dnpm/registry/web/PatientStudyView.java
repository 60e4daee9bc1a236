package de.dnpm.registry.web;

import de.dnpm.registry.application.StudyCatalog;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.domain.ContactPerson;
import de.dnpm.registry.domain.InterventionEntry;
import de.dnpm.registry.rest.RegistryLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The patient view of a study ({@code patient-study.xhtml?id=NCT05645172&near=69120}): what is tested and why, who
 * can take part, where (sites nearest to the patient's place first, recruiting ones first), how long, whom to ask, in
 * plain words in the reader's language, with the way to the full registry record. An unknown id gives 404.
 */
@Named
@RequestScoped
public class PatientStudyView {

    @Inject
    StudyCatalog catalog;

    @Inject
    LocaleBean locale;

    private String id;
    private final SitesRequest sitesRequest = new SitesRequest();

    private StudyReadModel study;
    private ReaderTexts texts;
    private KeyCriteria criteria;
    private SiteListing sites;
    private PlainLanguage plain;

    /** View action on GET. */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback() || study != null) {
            return;
        }
        Optional<StudyReadModel> found = catalog.study(id);
        if (found.isEmpty()) {
            context.getExternalContext().setResponseStatus(404);
            return;
        }
        study = found.get();
        texts = new ReaderTexts(study, locale.getLanguage());
        criteria = KeyCriteria.of(texts.eligibility());
        sites = sitesRequest.listing(study, catalog);
        plain = new PlainLanguage(ResourceBundle.getBundle(Labels.BUNDLE, locale.getLocale()), locale.getLocale(),
                LocalDate.now());
    }

    /** The interventions by kind in plain words ("A medicine: osimertinib, placebo"), kinds in the registry's order. */
    public List<InterventionGroup> getInterventionGroups() {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (InterventionEntry intervention : study.interventions()) {
            if (intervention.getName() != null) {
                byKind.computeIfAbsent(plain.interventionType(intervention.getType()), kind -> new ArrayList<>())
                        .add(intervention.getName());
            }
        }
        return byKind.entrySet().stream().map(e -> new InterventionGroup(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** One kind of intervention in plain words, with the names of the study's interventions of that kind. */
    public record InterventionGroup(String kind, List<String> names) {
    }

    public String getAgeRange() {
        return plain.ageRange(study.eligibility().minimumAgeDays(), study.eligibility().maximumAgeDays());
    }

    public String getAgeGroup() {
        return plain.ageGroup(study.eligibility().minimumAgeDays(), study.eligibility().maximumAgeDays());
    }

    public String getSex() {
        return plain.sex(study.eligibility().sex());
    }

    public String getHealthyVolunteers() {
        return plain.healthyVolunteers(study.eligibility().healthyVolunteers()).orElse(null);
    }

    public List<String> getPhases() {
        return plain.phases(study.phases());
    }

    public String getStatus() {
        return plain.status(study.status());
    }

    /** When the study ends: its completion, else the completion of its main question (primary completion). */
    public String getEnd() {
        return Objects.requireNonNullElse(study.dates().completion(), study.dates().primaryCompletion());
    }

    /** Whether the end lies ahead (an expected date) rather than behind. */
    public boolean isEndAhead() {
        return plain.isAhead(getEnd());
    }

    public String getDuration() {
        return plain.duration(study.dates().start(), getEnd()).orElse(null);
    }

    public List<ContactPerson> getCentralContacts() {
        return study.centralContacts();
    }

    public KeyCriteria getCriteria() {
        return criteria;
    }

    public SiteListing getSites() {
        return sites;
    }

    public SitesRequest getSitesRequest() {
        return sitesRequest;
    }

    public StudyReadModel getStudy() {
        return study;
    }

    public boolean isFound() {
        return study != null;
    }

    public String getTitle() {
        return texts.title();
    }

    public String getShownLanguage() {
        return texts.shownLanguage();
    }

    public List<String> getSummary() {
        return texts.summary();
    }

    public List<String> getConditions() {
        return texts.conditions();
    }

    /** The full record on this portal (every field the registry gives). */
    public String getFullRecordUrl() {
        return contextPath() + "/study.xhtml?id=" + StudyUrls.encoded(study.id());
    }

    /** The record in its source registry. */
    public String getRegistryUrl() {
        return RegistryLinks.recordPageOf(study.identifiers()).orElse(null);
    }

    /** Where ClinicalTrials.gov shows the study's posted results; null when it has none. */
    public String getResultsUrl() {
        return study.hasResults() ? RegistryLinks.resultsPageOf(study.identifiers()).orElse(null) : null;
    }

    /** This view with the same place, showing page {@code page} of the sites. */
    public String sitePageUrl(int page) {
        return contextPath() + "/patient-study.xhtml?id=" + StudyUrls.encoded(study.id()) + sitesRequest.query(page);
    }

    /** The path (with query) that shows this page again, for the language switch. */
    public String getBookmarkUrl() {
        if (study == null) { // a postback (the language switch) loads nothing: the URL's parameters say it all
            return id == null || id.isBlank() ? "/index.xhtml"
                    : "/patient-study.xhtml?id=" + StudyUrls.encoded(id.strip()) + sitesRequest.query(1);
        }
        return "/patient-study.xhtml?id=" + StudyUrls.encoded(study.id()) + sitesRequest.query(sites.getPage());
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
