package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.ConditionCode;
import de.dnpm.registry.domain.ContactPerson;
import de.dnpm.registry.domain.DocumentFormat;
import de.dnpm.registry.domain.EligibilityCriteria;
import de.dnpm.registry.domain.InterventionCode;
import de.dnpm.registry.domain.InterventionEntry;
import de.dnpm.registry.domain.OutcomeMeasure;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Site;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.domain.StudyText;
import de.dnpm.registry.domain.StudyDates;
import de.dnpm.registry.importer.domain.Age;
import de.dnpm.registry.importer.domain.Contact;
import de.dnpm.registry.importer.domain.Eligibility;
import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Translates what the importer read into the domain: its id schemes and formats into the portal's own, and a
 * record's content onto the study its entry belongs to. Lists are replaced, not merged: the version shown is the
 * truth for its content.
 */
public final class TrialRecordMapper {

    /** The portal's name for an importer id scheme: the same name (a unit test holds them in step). */
    public static RegistryScheme scheme(IdScheme scheme) {
        return RegistryScheme.valueOf(scheme.name());
    }

    /** The portal's name for an importer source format: the same name (a unit test holds them in step). */
    public static DocumentFormat format(SourceFormat format) {
        return DocumentFormat.valueOf(format.name());
    }

    /** The ids the record names besides its own: links to follow, never keys to find a study by. */
    public static List<RegistryIdentifier> secondaryIds(TrialRecord trial) {
        RegistryId own = trial.primaryId();
        return trial.ids().stream().filter(id -> id != own)
                .map(id -> new RegistryIdentifier(scheme(id.scheme()), id.value(), id.issuer(), false))
                .filter(id -> !(id.scheme() == scheme(own.scheme()) && id.value().equals(own.value())))
                .toList();
    }

    /** Copies the record's content onto the study and its secondary ids onto the entry. */
    public void applyTo(TrialRecord trial, Study study, RegistryEntry entry) {
        entry.replaceLinks(secondaryIds(trial));
        study.setTitles(trial.briefTitle(), trial.officialTitle(), trial.acronym());
        study.setSummaries(trial.briefSummary(), trial.detailedDescription());
        study.setTopics(texts(trial.conditions()),
                map(trial.conditionCodes(), c -> new ConditionCode(c.system(), c.code(), c.term())),
                texts(trial.keywords()),
                map(trial.interventions(), i -> new InterventionEntry(i.type(), i.name(), i.description(),
                        i.otherNames())),
                map(trial.interventionCodes(), c -> new InterventionCode(c.system(), c.code(), c.term())));
        study.setDesign(trial.studyType(), texts(trial.phases()), trial.overallStatus(), trial.enrollment(),
                trial.enrollmentType());
        study.setDates(new StudyDates(trial.startDate(), trial.primaryCompletionDate(), trial.completionDate(),
                trial.firstPosted(), trial.lastUpdate()));
        study.setSponsors(trial.leadSponsor(), texts(trial.collaborators()));
        study.setLeadSponsorClass(trial.leadSponsorClass());
        study.setEligibility(eligibility(trial.eligibility()));
        applySites(trial, study);
        study.setContactsAndOutcomes(map(trial.centralContacts(), TrialRecordMapper::contact),
                map(trial.outcomes(), o -> new OutcomeMeasure(o.kind().name(), o.measure(), o.description(),
                        o.timeFrame())));
        study.setHasResults(trial.hasResults());
        study.setTexts(texts(trial));
        List<String> countries = new ArrayList<>(trial.countries());
        study.getSites().stream().map(Site::getCountry).filter(Objects::nonNull).forEach(countries::add);
        study.setRecruitment(trial.sourceStatus(), countries);
        entry.setWarnings(texts(trial.warnings()));
    }

    /** Replaces the study's sites by the record's. */
    public void applySites(TrialRecord trial, Study study) {
        study.getSites().clear();
        for (de.dnpm.registry.importer.domain.Site s : trial.sites()) {
            study.getSites().add(new Site(study, s.facility(), s.city(), s.state(), s.postalCode(), s.country(),
                    s.status(), s.latitude(), s.longitude(), map(s.contacts(), TrialRecordMapper::contact)));
        }
    }

    /** The record's texts per language, as the study keeps them. */
    public static List<StudyText> texts(TrialRecord trial) {
        return map(trial.texts(), t -> new StudyText(t.language(), t.briefTitle(), t.officialTitle(), t.acronym(),
                t.briefSummary(), t.detailedDescription(), t.conditions(), t.inclusionCriteria(),
                t.exclusionCriteria(), t.primaryOutcome(), t.secondaryOutcome(), t.arms()));
    }

    private static EligibilityCriteria eligibility(Eligibility e) {
        if (e == null) {
            return new EligibilityCriteria(null, null, null, null, null, null, null);
        }
        return new EligibilityCriteria(e.criteria(), text(e.minimumAge()), days(e.minimumAge()),
                text(e.maximumAge()), days(e.maximumAge()), e.sex(), e.healthyVolunteers());
    }

    private static String text(Age age) {
        return age == null ? null : age.text();
    }

    private static Integer days(Age age) {
        return age == null ? null : age.days();
    }

    private static ContactPerson contact(Contact c) {
        return new ContactPerson(c.name(), c.role(), c.phone(), c.email());
    }

    private static List<String> texts(List<String> values) {
        return map(values, Function.identity());
    }

    private static <S, T> List<T> map(List<S> source, Function<S, T> convert) {
        return source == null ? List.of() : source.stream().filter(Objects::nonNull).map(convert).toList();
    }
}
