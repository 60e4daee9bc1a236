package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.ConditionCode;
import de.dnpm.registry.domain.ContactPerson;
import de.dnpm.registry.domain.DocumentFormat;
import de.dnpm.registry.domain.EligibilityCriteria;
import de.dnpm.registry.domain.InterventionEntry;
import de.dnpm.registry.domain.OutcomeMeasure;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Site;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.domain.StudyDates;
import de.dnpm.registry.importer.domain.Age;
import de.dnpm.registry.importer.domain.Contact;
import de.dnpm.registry.importer.domain.Eligibility;
import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Translates what the importer read into the domain: its id schemes and formats into the portal's own, and a
 * record's content onto the study its entry belongs to. Lists are replaced, not merged: the version shown is the
 * truth for its content.
 */
public final class TrialRecordMapper {

    /** The portal's name for an importer id scheme. */
    public static RegistryScheme scheme(IdScheme scheme) {
        return switch (scheme) {
            case NCT -> RegistryScheme.NCT;
            case DRKS -> RegistryScheme.DRKS;
            case EUDRACT -> RegistryScheme.EUDRACT;
            case EU_CT -> RegistryScheme.EU_CT;
            case UTN -> RegistryScheme.UTN;
            case ISRCTN -> RegistryScheme.ISRCTN;
            case SPONSOR -> RegistryScheme.SPONSOR;
            case OTHER -> RegistryScheme.OTHER;
        };
    }

    /** The portal's name for an importer source format. */
    public static DocumentFormat format(SourceFormat format) {
        return switch (format) {
            case CTGOV_JSON -> DocumentFormat.CTGOV_JSON;
            case CTGOV_XML -> DocumentFormat.CTGOV_XML;
        };
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
                map(trial.interventions(), i -> new InterventionEntry(i.type(), i.name(), i.description())));
        study.setDesign(trial.studyType(), texts(trial.phases()), trial.overallStatus(), trial.enrollment(),
                trial.enrollmentType());
        study.setDates(new StudyDates(trial.startDate(), trial.primaryCompletionDate(), trial.completionDate(),
                trial.firstPosted(), trial.lastUpdate()));
        study.setSponsors(trial.leadSponsor(), texts(trial.collaborators()));
        study.setEligibility(eligibility(trial.eligibility()));
        study.getSites().clear();
        for (de.dnpm.registry.importer.domain.Site s : trial.sites()) {
            study.getSites().add(new Site(study, s.facility(), s.city(), s.state(), s.postalCode(), s.country(),
                    s.status(), s.latitude(), s.longitude(), map(s.contacts(), TrialRecordMapper::contact)));
        }
        study.setContactsAndOutcomes(map(trial.centralContacts(), TrialRecordMapper::contact),
                map(trial.outcomes(), o -> new OutcomeMeasure(o.kind().name(), o.measure(), o.description(),
                        o.timeFrame())));
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
