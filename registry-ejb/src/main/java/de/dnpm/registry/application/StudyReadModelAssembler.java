package de.dnpm.registry.application;

import de.dnpm.registry.domain.EligibilityCriteria;
import de.dnpm.registry.domain.Site;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.domain.StudyDates;
import de.dnpm.registry.infrastructure.SitePlaces;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Copies a study entity into its {@link StudyReadModel}: only copying, plus placing each site (SitePlaces). Call it
 * where the entity is whole (inside the transaction that loaded it, or on a transient study that was never stored).
 */
public final class StudyReadModelAssembler {

    private StudyReadModelAssembler() {
    }

    public static StudyReadModel of(Study study) {
        StudyDates dates = study.getDates() == null ? new StudyDates(null, null, null, null, null) : study.getDates();
        return new StudyReadModel(
                study.getId() == null ? 0 : study.getId(),
                study.getVersion(),
                study.getPrimaryRegistryId(),
                present(study.getIdentifiers()),
                study.getBriefTitle(),
                study.getOfficialTitle(),
                study.getAcronym(),
                study.getOverallStatus(),
                study.getSourceStatus(),
                study.getStudyType(),
                present(study.getPhases()),
                present(study.getTexts()),
                present(study.getCountries()),
                study.getBriefSummary(),
                study.getDetailedDescription(),
                present(study.getConditions()),
                present(study.getConditionCodes()),
                present(study.getKeywords()),
                present(study.getInterventions()),
                new StudyReadModel.Dates(dates.getStartDate(), dates.getPrimaryCompletionDate(),
                        dates.getCompletionDate(), dates.getFirstPosted(), dates.getLastUpdate()),
                study.getEnrollment(),
                study.getEnrollmentType(),
                study.getLeadSponsor(),
                present(study.getCollaborators()),
                eligibility(study.getEligibility()),
                present(study.getCentralContacts()),
                present(study.getOutcomes()),
                map(study.getSites(), StudyReadModelAssembler::site),
                study.isHasResults(),
                study.getSourceVersionDate(),
                map(study.getEntries(), e -> new StudyReadModel.Entry(e.getScheme(), e.getRegistryId(),
                        e.getFormat() == null ? null : e.getFormat().name(), e.getVersionDate(),
                        present(e.getWarnings()))),
                present(study.getFieldSources()),
                study.getUpdatedAt());
    }

    private static StudyReadModel.Site site(Site site) {
        SitePlaces.SitePlace place = SitePlaces.locate(site).orElse(null);
        return new StudyReadModel.Site(site.getFacility(), site.getCity(), site.getState(), site.getPostalCode(),
                site.getCountry(), site.getStatus(), site.getLatitude(), site.getLongitude(),
                present(site.getContacts()), place == null ? null : place.point(),
                place == null ? null : place.source());
    }

    private static StudyReadModel.Eligibility eligibility(EligibilityCriteria e) {
        if (e == null) {
            return new StudyReadModel.Eligibility(null, null, null, null, null, null, null);
        }
        return new StudyReadModel.Eligibility(e.getCriteria(), e.getMinimumAgeText(), e.getMinimumAgeDays(),
                e.getMaximumAgeText(), e.getMaximumAgeDays(), e.getSex(), e.getHealthyVolunteers());
    }

    /* the JSON columns may hold nulls written by older imports; the read model's lists never do */
    private static <T> List<T> present(Collection<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    private static <T, R> List<R> map(Collection<T> values, Function<T, R> mapper) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(mapper).toList();
    }
}
