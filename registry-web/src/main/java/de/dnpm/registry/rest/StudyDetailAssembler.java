package de.dnpm.registry.rest;

import de.dnpm.registry.application.SourceVersionView;
import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.application.StudyReadModelAssembler;
import de.dnpm.registry.domain.ContactPerson;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.search.domain.StudyHit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Turns the application's read models into the REST API's documents; no rules, only copying. */
public final class StudyDetailAssembler {

    private StudyDetailAssembler() {
    }

    /**
     * The full study. {@code sourcesUrl} is where its raw source records are served; the source registry page is the
     * one of the primary id, else of the first identifier whose registry has public pages.
     */
    public static StudyDetail toDetail(StudyReadModel study, String sourcesUrl) {
        StudyReadModel.Dates dates = study.dates();
        List<StudyDetail.Identifier> identifiers = list(study.identifiers(), StudyDetailAssembler::identifier);
        StudyReadModel.Eligibility e = study.eligibility();
        return new StudyDetail(
                study.id(),
                identifiers,
                study.title(),
                study.officialTitle(),
                study.acronym(),
                study.status(),
                study.sourceStatus(),
                study.studyType(),
                strings(study.phases()),
                list(study.texts(), t -> new StudyDetail.Text(t.language(), t.briefTitle(), t.officialTitle(),
                        t.acronym(), t.briefSummary(), t.detailedDescription(), strings(t.conditions()),
                        t.inclusionCriteria(), t.exclusionCriteria(), t.primaryOutcome(), t.secondaryOutcome(),
                        strings(t.arms()))),
                strings(study.countries()),
                study.briefSummary(),
                study.detailedDescription(),
                strings(study.conditions()),
                list(study.conditionCodes(),
                        c -> new StudyDetail.ConditionCode(c.getSystem(), c.getCode(), c.getTerm())),
                strings(study.keywords()),
                list(study.interventions(),
                        i -> new StudyDetail.Intervention(i.getType(), i.getName(), strings(i.getOtherNames()),
                                i.getDescription())),
                new StudyDetail.Dates(dates.start(), dates.primaryCompletion(), dates.completion(),
                        dates.firstPosted(), dates.lastUpdate()),
                study.enrollment(),
                study.enrollmentType(),
                study.leadSponsor(),
                strings(study.collaborators()),
                new StudyDetail.Eligibility(e.criteria(), e.minimumAge(), e.minimumAgeDays(), e.maximumAge(),
                        e.maximumAgeDays(), e.sex(), e.healthyVolunteers()),
                list(study.centralContacts(), StudyDetailAssembler::contact),
                list(study.outcomes(), o -> new StudyDetail.Outcome(o.getKind(), o.getMeasure(), o.getDescription(),
                        o.getTimeFrame())),
                list(study.sites(), s -> new StudyDetail.Site(s.facility(), s.city(), s.state(),
                        s.postalCode(), s.country(), s.status(), s.latitude(), s.longitude(),
                        list(s.contacts(), StudyDetailAssembler::contact))),
                study.hasResults(),
                dates.lastUpdate(),
                study.sourceVersionDate(),
                sourceUrl(identifiers).orElse(null),
                sourcesUrl,
                list(study.entries(), entry -> new StudyDetail.Entry(entry.scheme().name(), entry.registryId(),
                        entry.format(), entry.versionDate(),
                        RegistryLinks.pageOf(entry.scheme(), entry.registryId()).orElse(null),
                        entryViewUrl(sourcesUrl, entry.registryId()), strings(entry.warnings()))),
                list(study.fieldSources(), StudyDetailAssembler::fieldSource));
    }

    /**
     * The same for a study entity that is whole (loaded, or transient): for callers still holding one; the REST
     * resource and the pages get a {@link StudyReadModel} from StudyCatalog.
     */
    public static StudyDetail toDetail(Study study, String sourcesUrl) {
        return toDetail(StudyReadModelAssembler.of(study), sourcesUrl);
    }

    /** The entry's own view beside the study's sources: {@code .../studies/{id}/entries/{entryId}}. */
    private static String entryViewUrl(String sourcesUrl, String registryId) {
        if (sourcesUrl == null || !sourcesUrl.endsWith("/sources")) {
            return null;
        }
        return sourcesUrl.substring(0, sourcesUrl.length() - "sources".length()) + "entries/"
                + java.net.URLEncoder.encode(registryId, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static StudyDetail.FieldSource fieldSource(String partAndId) {
        int at = partAndId.indexOf('=');
        return at < 0 ? new StudyDetail.FieldSource(partAndId, null)
                : new StudyDetail.FieldSource(partAndId.substring(0, at), partAndId.substring(at + 1));
    }

    public static StudySummary toSummary(StudyHit hit, String url) {
        StudySummary.NearestSite nearest = hit.nearest() == null ? null : new StudySummary.NearestSite(
                hit.nearest().site().facility(), hit.nearest().site().city(), hit.nearest().distanceKm(),
                hit.nearest().site().recruiting(), hit.nearest().site().source().name());
        return new StudySummary(hit.primaryRegistryId(), hit.briefTitle(), hit.overallStatus(), strings(hit.phases()),
                hit.studyType(), strings(hit.conditions()), hit.siteCount(), nearest, hit.lastUpdate(),
                hit.staleRecruiting(), hit.snippetHtml(),
                hit.snippetField() == null ? null : hit.snippetField().toLowerCase(java.util.Locale.ROOT), url);
    }

    /** One stored source version without its text; {@code contentUrl} is where the verbatim text is served. */
    public static SourceRecord toSourceRecord(SourceVersionView version, String contentUrl) {
        return new SourceRecord(version.id(), version.registry(), version.registryId(), version.format(),
                version.mediaType(), version.versionDate(), version.contentHash(), version.current(),
                version.importedFrom(), version.importedAt(), contentUrl);
    }

    static Optional<String> sourceUrl(List<StudyDetail.Identifier> identifiers) {
        return identifiers.stream().filter(StudyDetail.Identifier::primary).map(StudyDetail.Identifier::url)
                .filter(Objects::nonNull).findFirst()
                .or(() -> identifiers.stream().map(StudyDetail.Identifier::url).filter(Objects::nonNull).findFirst());
    }

    private static StudyDetail.Identifier identifier(RegistryIdentifier id) {
        RegistryScheme scheme = id.scheme();
        return new StudyDetail.Identifier(scheme == null ? null : scheme.name(), id.value(), id.issuer(),
                id.primaryId(), RegistryLinks.pageOf(scheme, id.value()).orElse(null));
    }

    private static StudyDetail.Contact contact(ContactPerson c) {
        return new StudyDetail.Contact(c.getName(), c.getRole(), c.getPhone(), c.getEmail());
    }

    private static List<String> strings(Collection<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    private static <T, R> List<R> list(Collection<T> values, Function<T, R> mapper) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(mapper).toList();
    }
}
