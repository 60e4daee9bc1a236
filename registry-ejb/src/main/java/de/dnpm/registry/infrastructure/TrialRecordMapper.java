package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.ConditionCode;
import de.dnpm.registry.domain.ContactPerson;
import de.dnpm.registry.domain.EligibilityCriteria;
import de.dnpm.registry.domain.InterventionEntry;
import de.dnpm.registry.domain.OutcomeMeasure;
import de.dnpm.registry.domain.Site;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.domain.StudyDates;
import de.dnpm.registry.importer.domain.Age;
import de.dnpm.registry.importer.domain.Contact;
import de.dnpm.registry.importer.domain.Eligibility;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.TrialRecord;

import java.util.List;
import java.util.function.Function;

/**
 * Copies what a source record says about a trial onto a study. Collections are replaced, not merged, because the
 * newest source version is the truth for its content; identifiers are only ever added, so links found earlier stay.
 */
public final class TrialRecordMapper {

    public void applyTo(TrialRecord trial, Study study) {
        for (RegistryId id : trial.ids()) {
            study.addIdentifier(id.scheme(), id.value(), id.issuer(), id.primary());
        }
        study.setTitles(trial.briefTitle(), trial.officialTitle(), trial.acronym());
        study.setSummaries(trial.briefSummary(), trial.detailedDescription());
        replace(study.getConditions(), trial.conditions(), Function.identity());
        replace(study.getConditionCodes(), trial.conditionCodes(), c -> new ConditionCode(c.system(), c.code(), c.term()));
        replace(study.getKeywords(), trial.keywords(), Function.identity());
        replace(study.getInterventions(), trial.interventions(),
                i -> new InterventionEntry(i.type(), i.name(), i.description()));
        replace(study.getPhases(), trial.phases(), Function.identity());
        study.setDesign(trial.studyType(), trial.overallStatus(), trial.enrollment(), trial.enrollmentType());
        study.setDates(new StudyDates(trial.startDate(), trial.primaryCompletionDate(), trial.completionDate(),
                trial.firstPosted(), trial.lastUpdate()));
        study.setLeadSponsor(trial.leadSponsor());
        replace(study.getCollaborators(), trial.collaborators(), Function.identity());
        study.setEligibility(eligibility(trial.eligibility()));
        replace(study.getSites(), trial.sites(), s -> new Site(study, s.facility(), s.city(), s.state(), s.postalCode(),
                s.country(), s.status(), s.latitude(), s.longitude(), contacts(s.contacts())));
        replace(study.getCentralContacts(), trial.centralContacts(), TrialRecordMapper::contact);
        replace(study.getOutcomes(), trial.outcomes(),
                o -> new OutcomeMeasure(o.kind().name(), o.measure(), o.description(), o.timeFrame()));
        study.setHasResults(trial.hasResults());
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

    private static List<ContactPerson> contacts(List<Contact> contacts) {
        return contacts == null ? List.of() : contacts.stream().map(TrialRecordMapper::contact).toList();
    }

    private static ContactPerson contact(Contact c) {
        return new ContactPerson(c.name(), c.role(), c.phone(), c.email());
    }

    private static <S, T> void replace(List<T> target, List<S> source, Function<S, T> convert) {
        target.clear();
        if (source != null) {
            source.stream().map(convert).forEach(target::add);
        }
    }
}
