package de.dnpm.registry.domain;

import de.dnpm.registry.importer.domain.IdScheme;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A clinical trial or study, holding the WHO Trial Registration Data Set items its sources carry. It is identified
 * by any of its registry identifiers; the content reflects its newest source version, and every source version is
 * kept as a {@link SourceDocument}. Coded values use the ClinicalTrials.gov API v2 vocabulary.
 */
@Entity
@Table(name = "study")
public class Study {

    @Id
    @SequenceGenerator(name = "studySeq", sequenceName = "STUDY_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studySeq")
    private Long id;

    @Version
    private long version;

    @OneToMany(mappedBy = "study", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<RegistryIdentifier> identifiers = new ArrayList<>();

    @Column(length = 4000)
    private String briefTitle;
    @Column(length = 4000)
    private String officialTitle;
    @Column(length = 500)
    private String acronym;
    @Lob
    private String briefSummary;
    @Lob
    private String detailedDescription;

    @ElementCollection
    @CollectionTable(name = "study_condition", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    @Column(name = "condition_name", length = 2000)
    private List<String> conditions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "study_condition_code", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    private List<ConditionCode> conditionCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "study_keyword", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    @Column(name = "keyword", length = 2000)
    private List<String> keywords = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "study_intervention", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    private List<InterventionEntry> interventions = new ArrayList<>();

    @Column(length = 30)
    private String studyType;

    @ElementCollection
    @CollectionTable(name = "study_phase", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    @Column(name = "phase", length = 20)
    private List<String> phases = new ArrayList<>();

    @Column(length = 40)
    private String overallStatus;

    @Embedded
    private StudyDates dates = new StudyDates(null, null, null, null, null);

    private Integer enrollment;
    @Column(length = 20)
    private String enrollmentType;

    @Column(length = 1000)
    private String leadSponsor;

    @ElementCollection
    @CollectionTable(name = "study_collaborator", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    @Column(name = "collaborator", length = 1000)
    private List<String> collaborators = new ArrayList<>();

    @Embedded
    private EligibilityCriteria eligibility = new EligibilityCriteria(null, null, null, null, null, null, null);

    @OneToMany(mappedBy = "study", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<Site> sites = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "study_central_contact", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    private List<ContactPerson> centralContacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "study_outcome", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    private List<OutcomeMeasure> outcomes = new ArrayList<>();

    private boolean hasResults;

    /** The registry version date of the source record the content was taken from; older versions never overwrite. */
    @Column(length = 20)
    private String sourceVersionDate;

    private Instant updatedAt;

    public Study() {
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** The identifier shown for this study: the primary id of the registry its content came from. */
    public String getPrimaryRegistryId() {
        return identifiers.stream().filter(RegistryIdentifier::isPrimaryId).findFirst()
                .or(() -> identifiers.stream().findFirst()).map(RegistryIdentifier::getValue).orElse(null);
    }

    public Optional<RegistryIdentifier> identifier(IdScheme scheme) {
        return identifiers.stream().filter(i -> i.getScheme() == scheme).findFirst();
    }

    public void addIdentifier(IdScheme scheme, String value, String issuer, boolean primary) {
        String normalised = RegistryIdentifier.normalise(value);
        boolean known = identifiers.stream()
                .anyMatch(i -> i.getScheme() == scheme && i.getValue().equals(normalised));
        if (!known) {
            identifiers.add(new RegistryIdentifier(this, scheme, value, issuer, primary));
        }
    }

    public List<RegistryIdentifier> getIdentifiers() {
        return identifiers;
    }

    public String getBriefTitle() {
        return briefTitle;
    }

    public String getOfficialTitle() {
        return officialTitle;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setTitles(String briefTitle, String officialTitle, String acronym) {
        this.briefTitle = briefTitle;
        this.officialTitle = officialTitle;
        this.acronym = acronym;
    }

    public String getBriefSummary() {
        return briefSummary;
    }

    public String getDetailedDescription() {
        return detailedDescription;
    }

    public void setSummaries(String briefSummary, String detailedDescription) {
        this.briefSummary = briefSummary;
        this.detailedDescription = detailedDescription;
    }

    public List<String> getConditions() {
        return conditions;
    }

    public List<ConditionCode> getConditionCodes() {
        return conditionCodes;
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public List<InterventionEntry> getInterventions() {
        return interventions;
    }

    public String getStudyType() {
        return studyType;
    }

    public List<String> getPhases() {
        return phases;
    }

    public String getOverallStatus() {
        return overallStatus;
    }

    public void setDesign(String studyType, String overallStatus, Integer enrollment, String enrollmentType) {
        this.studyType = studyType;
        this.overallStatus = overallStatus;
        this.enrollment = enrollment;
        this.enrollmentType = enrollmentType;
    }

    public StudyDates getDates() {
        return dates;
    }

    public void setDates(StudyDates dates) {
        this.dates = dates;
    }

    public Integer getEnrollment() {
        return enrollment;
    }

    public String getEnrollmentType() {
        return enrollmentType;
    }

    public String getLeadSponsor() {
        return leadSponsor;
    }

    public void setLeadSponsor(String leadSponsor) {
        this.leadSponsor = leadSponsor;
    }

    public List<String> getCollaborators() {
        return collaborators;
    }

    public EligibilityCriteria getEligibility() {
        return eligibility;
    }

    public void setEligibility(EligibilityCriteria eligibility) {
        this.eligibility = eligibility;
    }

    public List<Site> getSites() {
        return sites;
    }

    public List<ContactPerson> getCentralContacts() {
        return centralContacts;
    }

    public List<OutcomeMeasure> getOutcomes() {
        return outcomes;
    }

    public boolean isHasResults() {
        return hasResults;
    }

    public void setHasResults(boolean hasResults) {
        this.hasResults = hasResults;
    }

    public String getSourceVersionDate() {
        return sourceVersionDate;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Records which source version the content now reflects. */
    public void markUpdated(String sourceVersionDate, Instant when) {
        this.sourceVersionDate = sourceVersionDate;
        this.updatedAt = when;
    }

    /** Whether a source version dated {@code versionDate} is at least as new as the one shown (ISO dates compare as text). */
    public boolean isOlderThanOrSameAs(String versionDate) {
        return sourceVersionDate == null || versionDate == null || sourceVersionDate.compareTo(versionDate) <= 0;
    }
}
