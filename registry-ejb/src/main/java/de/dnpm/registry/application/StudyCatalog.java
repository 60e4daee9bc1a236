package de.dnpm.registry.application;

import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.SourceDocument;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.application.StoredRecordParser;
import de.dnpm.registry.importer.domain.ImportLimits;
import de.dnpm.registry.importer.domain.RegistryIdNormalForm;
import de.dnpm.registry.importer.domain.SourceFormat;
import de.dnpm.registry.importer.domain.TrialRecord;
import de.dnpm.registry.infrastructure.TrialRecordMapper;
import de.dnpm.registry.infrastructure.SearchIndex;
import de.dnpm.registry.infrastructure.StudyRepository;
import de.dnpm.registry.search.domain.GeoPoint;
import de.dnpm.registry.search.domain.Place;
import de.dnpm.registry.search.domain.RegistryStatistics;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.Suggestion;
import de.dnpm.registry.search.infrastructure.GazetteerLoader;
import de.dnpm.registry.search.domain.StudyQuery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The read side for the interfaces: searching the index, and a study with everything it shows by any of its registry
 * ids (NCT..., DRKS..., EudraCT ...) in their normal form, as a {@link StudyReadModel} built with a fixed number of
 * queries whatever the study's size, so views render it outside a transaction without touching an entity.
 */
@Stateless
public class StudyCatalog {

    @Inject
    StudyRepository studies;

    @Inject
    SearchIndex searchIndex;

    private final StoredRecordParser parser = new StoredRecordParser();
    private final TrialRecordMapper mapper = new TrialRecordMapper();

    /** Searches; an unparsable text throws InvalidQueryException with a message fit for the user. */
    public StudyHits search(StudyQuery query) {
        try {
            return searchIndex.index().search(query);
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the study index failed", e);
        }
    }

    /**
     * Completions for what a person is typing: conditions, interventions, disease names in German and English and
     * biomarkers, best first (see {@code StudyIndex.suggest}); answered from memory, never waiting for the index.
     *
     * @throws IllegalArgumentException for a text over 100 characters or a limit outside 1..20
     */
    public List<Suggestion> suggest(String typed, int limit) {
        try {
            return searchIndex.index().suggest(typed, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the search suggestions failed", e);
        }
    }

    /**
     * The place a person typed ("69120", "Heidelberg", "60590 Frankfurt"): a German postal code or a town, in Germany
     * unless the town is known only elsewhere; empty when the offline gazetteer knows none.
     */
    public Optional<Place> place(String text) {
        return GazetteerLoader.shared().resolve(text, "DE");
    }

    /** The registry at a glance, as the index holds it; counted once per change of the index, not per call. */
    public RegistryStatistics statistics() {
        try {
            return searchIndex.index().statistics();
        } catch (IOException e) {
            throw new UncheckedIOException("Counting the study index failed", e);
        }
    }

    /** The centroid of every German postal code (about 10,800): a map of Germany draws its outline from them. */
    public List<GeoPoint> germanPostalCodePoints() {
        return GazetteerLoader.shared().postalCodes().stream().map(Place::point).toList();
    }

    /**
     * The study with this registry id (any of its ids, in any form) as the interfaces show it: loaded with a fixed
     * number of queries whatever its size (an id lookup, the study, then one batch each for its sites, entries and
     * their links) and copied into immutable values inside this transaction. Empty when no study has the id.
     */
    public Optional<StudyReadModel> study(String registryId) {
        return findId(registryId).map(id -> StudyReadModelAssembler.of(studies.loadWhole(List.of(id)).getFirst()));
    }

    /**
     * The study entity with this registry id, for callers that inspect the entity (the integration tests); its
     * collections load lazily, after the transaction, statement by statement. The interfaces use {@link #study}.
     */
    public Optional<Study> findByRegistryId(String registryId) {
        return find(registryId).map(study -> studies.loadWhole(List.of(study.getId())).getFirst());
    }

    /**
     * These studies fully loaded with a fixed number of queries (not one per study), in the order of the ids given; ids
     * of studies no longer stored are left out. For exports that need more than a search hit carries.
     */
    public List<StudyReadModel> studies(List<Long> studyIds) {
        Map<Long, StudyReadModel> byId = new HashMap<>();
        studies.loadWhole(studyIds).forEach(study -> byId.put(study.getId(), StudyReadModelAssembler.of(study)));
        return studyIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The stored source versions of every registry entry of the study with this registry id, newest first, without
     * their content, one page at a time; empty when no study has the id.
     */
    public Optional<List<SourceVersionView>> sourceVersions(String registryId, int first, int max) {
        return find(registryId).map(study -> studies.sourcesOf(study, first, max).stream()
                .map(StudyCatalog::view).toList());
    }

    /** The verbatim content of one source version of the study with this registry id; empty when there is none. */
    public Optional<SourceContent> sourceContent(String registryId, long versionId) {
        return find(registryId).flatMap(study -> studies.sourceOf(study, versionId))
                .map(document -> new SourceContent(document.getFormat().mediaType(), document.getContent()));
    }

    /**
     * One registry entry of the study with registry id {@code registryId}, as that registry alone shows it: the record
     * of the version the entry shows, mapped as if it were the only entry (a transient study, never stored). Empty
     * when there is no such study, it has no entry {@code entryId} (any form of its id), or the stored version cannot
     * be read again.
     */
    public Optional<StudyReadModel> entryAlone(String registryId, String entryId) {
        if (entryId == null || entryId.isBlank() || entryId.length() > ImportLimits.MAX_REGISTRY_ID_LENGTH) {
            return Optional.empty();
        }
        String wanted = RegistryIdNormalForm.normalise(entryId);
        return findId(registryId).map(id -> studies.loadWhole(List.of(id)).getFirst())
                .flatMap(study -> study.getEntries().stream()
                        .filter(entry -> entry.getRegistryId().equals(wanted)).findFirst())
                .flatMap(entry -> studies.shownDocument(entry).flatMap(document -> parser.parse(
                                SourceFormat.valueOf(document.getFormat().name()), document.getContent()))
                        .map(record -> StudyReadModelAssembler.of(alone(entry, record))));
    }

    private Study alone(RegistryEntry entry, TrialRecord record) {
        Study view = new Study(entry.getScheme(), entry.getRegistryId(), entry.getStudy().getCreatedAt());
        RegistryEntry copy = new RegistryEntry(view, entry.getScheme(), entry.getRegistryId(), entry.getFormat(),
                entry.getVersion(), entry.getStudy().getCreatedAt());
        mapper.applyTo(record, view, copy);
        view.setFieldSources(List.of("content=" + entry.getRegistryId()));
        return view;
    }

    private Optional<Study> find(String registryId) {
        return wellFormed(registryId) ? studies.findByRegistryId(registryId) : Optional.empty();
    }

    private Optional<Long> findId(String registryId) {
        return wellFormed(registryId) ? studies.findStudyId(registryId) : Optional.empty();
    }

    private static boolean wellFormed(String registryId) {
        return registryId != null && !registryId.isBlank()
                && registryId.length() <= ImportLimits.MAX_REGISTRY_ID_LENGTH;
    }

    private static SourceVersionView view(SourceDocument document) {
        RegistryEntry entry = document.getEntry();
        boolean current = document.getContentHash().equals(entry.getVersion().contentHash());
        return new SourceVersionView(document.getId(), entry.getScheme().name(), entry.getRegistryId(),
                document.getFormat().name(), document.getFormat().mediaType(), document.getVersionDate(),
                document.getContentHash(), current, document.getImportedFrom(), document.getImportedAt());
    }
}
