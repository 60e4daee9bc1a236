package de.dnpm.registry.domain;

import de.dnpm.registry.infrastructure.StudyListConverters;
import de.dnpm.registry.infrastructure.StudyTextsConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A clinical trial or study: the trial that one or more {@link RegistryEntry registry entries} describe, holding the
 * merged view of the WHO Trial Registration Data Set items they carry. Today each study has one entry and shows the
 * newest version of it; linking several registries' entries into one study builds on this shape. Short lists are
 * JSON columns, so storing a study costs a few rows, not one per list element.
 */
@Entity
@Table(name = "study")
public class Study {

    @Id
    @SequenceGenerator(name = "studySeq", sequenceName = "study_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studySeq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_scheme", length = 16)
    private RegistryScheme primaryScheme;

    @Column(name = "primary_registry_id", length = 200)
    private String primaryRegistryId;

    @OneToMany(mappedBy = "study", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<RegistryEntry> entries = new ArrayList<>();

    @Column(name = "brief_title", length = 4000)
    private String briefTitle;
    @Column(name = "official_title", length = 4000)
    private String officialTitle;
    @Column(name = "acronym", length = 500)
    private String acronym;
    @Column(name = "brief_summary")
    private String briefSummary;
    @Column(name = "detailed_description")
    private String detailedDescription;

    @Convert(converter = StudyTextsConverter.class)
    @Column(name = "texts_json")
    private List<StudyText> texts = List.of();

    @Convert(converter = StudyListConverters.Texts.class)
    @Column(name = "conditions_json")
    private List<String> conditions = List.of();

    @Convert(converter = StudyListConverters.ConditionCodes.class)
    @Column(name = "condition_codes_json")
    private List<ConditionCode> conditionCodes = List.of();

    @Convert(converter = StudyListConverters.Texts.class)
    @Column(name = "keywords_json")
    private List<String> keywords = List.of();

    @Convert(converter = StudyListConverters.Interventions.class)
    @Column(name = "interventions_json")
    private List<InterventionEntry> interventions = List.of();

    @Convert(converter = StudyListConverters.InterventionCodes.class)
    @Column(name = "intervention_codes_json")
    private List<InterventionCode> interventionCodes = List.of();

    @Column(name = "study_type", length = 30)
    private String studyType;

    @Convert(converter = StudyListConverters.Texts.class)
    @Column(name = "phases_json")
    private List<String> phases = List.of();

    @Column(name = "overall_status", length = 40)
    private String overallStatus;

    @Column(name = "source_status", length = 200)
    private String sourceStatus;

    @Convert(converter = StudyListConverters.Texts.class)
    @Column(name = "field_sources_json")
    private List<String> fieldSources = List.of();

    @Convert(converter = StudyListConverters.Texts.class)
    @Column(name = "countries_json")
    private List<String> countries = List.of();

    @Embedded
    private StudyDates dates = new StudyDates(null, null, null, null, null);

    @Column(name = "enrollment")
    private Integer enrollment;
    @Column(name = "enrollment_type", length = 20)
    private String enrollmentType;

    @Column(name = "lead_sponsor", length = 1000)
    private String leadSponsor;

    @Column(name = "lead_sponsor_class", length = 20)
    private String leadSponsorClass;

    @Convert(converter = StudyListConverters.Texts.class)
    @Column(name = "collaborators_json")
    private List<String> collaborators = List.of();

    @Embedded
    private EligibilityCriteria eligibility = new EligibilityCriteria(null, null, null, null, null, null, null);

    @OneToMany(mappedBy = "study", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<Site> sites = new ArrayList<>();

    @Convert(converter = StudyListConverters.Contacts.class)
    @Column(name = "central_contacts_json")
    private List<ContactPerson> centralContacts = List.of();

    @Convert(converter = StudyListConverters.Outcomes.class)
    @Column(name = "outcomes_json")
    private List<OutcomeMeasure> outcomes = List.of();

    @Column(name = "has_results", nullable = false)
    private boolean hasResults;

    /* TrialCriteria.encode() of the criteria read out of the record; see setExtractedCriteria. */
    @Column(name = "extracted_criteria")
    private String extractedCriteria;
    @Column(name = "criteria_version")
    private Integer criteriaVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Study() {
    }

    /** A new study, first described by the entry with this registry id. */
    public Study(RegistryScheme scheme, String registryId, Instant now) {
        this.primaryScheme = scheme;
        this.primaryRegistryId = registryId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** The identifier shown for this study: the own id of the entry its content came from. */
    public String getPrimaryRegistryId() {
        return primaryRegistryId;
    }

    public RegistryScheme getPrimaryScheme() {
        return primaryScheme;
    }

    public List<RegistryEntry> getEntries() {
        return entries;
    }

    void addEntry(RegistryEntry entry) {
        entries.add(entry);
    }

    void removeEntry(RegistryEntry entry) {
        entries.remove(entry);
    }

    /** The id the study is shown by: that of its entry from the first registry in {@link RegistryScheme} order. */
    public void choosePrimaryId() {
        entries.stream().min(Comparator.comparing(RegistryEntry::getScheme)
                        .thenComparing(RegistryEntry::getRegistryId))
                .ifPresent(lead -> {
                    primaryScheme = lead.getScheme();
                    primaryRegistryId = lead.getRegistryId();
                });
    }

    /** Which entry each part of the merged view came from, as "part=registry id" (see StudyMerger). */
    public List<String> getFieldSources() {
        return fieldSources;
    }

    public void setFieldSources(List<String> fieldSources) {
        this.fieldSources = List.copyOf(fieldSources);
    }

    /**
     * Every identifier of the study: each entry's own id first, then the ids its entries name as secondary, once
     * each (by scheme and value).
     */
    public List<RegistryIdentifier> getIdentifiers() {
        Map<String, RegistryIdentifier> ids = new LinkedHashMap<>();
        for (RegistryEntry entry : entries) {
            ids.putIfAbsent(entry.getScheme() + ":" + entry.getRegistryId(),
                    new RegistryIdentifier(entry.getScheme(), entry.getRegistryId(), null, true));
        }
        for (RegistryEntry entry : entries) {
            for (RegistryLink link : entry.getLinks()) {
                ids.putIfAbsent(link.getScheme() + ":" + link.getValue(),
                        new RegistryIdentifier(link.getScheme(), link.getValue(), link.getIssuer(), false));
            }
        }
        return List.copyOf(ids.values());
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

    /** The study's texts in every language its registry gave (see {@link StudyText}). */
    public List<StudyText> getTexts() {
        return texts;
    }

    public void setTexts(List<StudyText> texts) {
        this.texts = List.copyOf(texts);
    }

    /** The text in this language, if the registry gave one. */
    public Optional<StudyText> textIn(String language) {
        return texts.stream().filter(text -> text.isIn(language)).findFirst();
    }

    /** The registry's own status value, verbatim (overallStatus is its translation into the portal's vocabulary). */
    public String getSourceStatus() {
        return sourceStatus;
    }

    /** Recruitment countries as ISO 3166-1 alpha-2 codes, sorted. */
    public List<String> getCountries() {
        return countries;
    }

    public void setRecruitment(String sourceStatus, List<String> countries) {
        this.sourceStatus = sourceStatus;
        this.countries = countries.stream().distinct().sorted().toList();
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

    public List<InterventionCode> getInterventionCodes() {
        return interventionCodes;
    }

    /** Replaces what the study is about: conditions and interventions (as written and coded), keywords. */
    public void setTopics(List<String> conditions, List<ConditionCode> conditionCodes, List<String> keywords,
                          List<InterventionEntry> interventions, List<InterventionCode> interventionCodes) {
        this.conditions = List.copyOf(conditions);
        this.conditionCodes = List.copyOf(conditionCodes);
        this.keywords = List.copyOf(keywords);
        this.interventions = List.copyOf(interventions);
        this.interventionCodes = List.copyOf(interventionCodes);
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

    public void setDesign(String studyType, List<String> phases, String overallStatus, Integer enrollment,
                          String enrollmentType) {
        this.studyType = studyType;
        this.phases = List.copyOf(phases);
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

    public List<String> getCollaborators() {
        return collaborators;
    }

    public void setSponsors(String leadSponsor, List<String> collaborators) {
        this.leadSponsor = leadSponsor;
        this.collaborators = List.copyOf(collaborators);
    }

    /**
     * ClinicalTrials.gov's class of the lead sponsor (INDUSTRY, NIH, FED, OTHER_GOV, NETWORK, INDIV, OTHER, ...), null
     * where the registry gives none (DRKS, ICTRP) or the study was stored before it was kept.
     */
    public String getLeadSponsorClass() {
        return leadSponsorClass;
    }

    public void setLeadSponsorClass(String leadSponsorClass) {
        this.leadSponsorClass = leadSponsorClass;
    }

    /**
     * The eligibility criteria read out of the study's record, encoded (the search library's
     * {@code TrialCriteria.encode()}), null when never read (stored before issue 12, or the reading failed).
     */
    public String getExtractedCriteria() {
        return extractedCriteria;
    }

    /** The version of the extractor that read {@link #getExtractedCriteria()}, null when never read. */
    public Integer getCriteriaVersion() {
        return criteriaVersion;
    }

    public void setExtractedCriteria(String encoded, int extractorVersion) {
        this.extractedCriteria = encoded;
        this.criteriaVersion = extractorVersion;
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

    public void setContactsAndOutcomes(List<ContactPerson> centralContacts, List<OutcomeMeasure> outcomes) {
        this.centralContacts = List.copyOf(centralContacts);
        this.outcomes = List.copyOf(outcomes);
    }

    public boolean isHasResults() {
        return hasResults;
    }

    public void setHasResults(boolean hasResults) {
        this.hasResults = hasResults;
    }

    /** The registry version date of the entry version the study shows. */
    public String getSourceVersionDate() {
        return entries.stream().filter(e -> e.getRegistryId().equals(primaryRegistryId)).findFirst()
                .map(RegistryEntry::getVersionDate).orElse(null);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Records that the study's content changed now, taken from the entry with this registry id. */
    public void markUpdated(RegistryScheme scheme, String registryId, Instant when) {
        this.primaryScheme = scheme;
        this.primaryRegistryId = registryId;
        this.updatedAt = when;
    }
}
