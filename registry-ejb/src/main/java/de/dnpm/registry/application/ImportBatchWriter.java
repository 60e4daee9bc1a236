package de.dnpm.registry.application;

import de.dnpm.registry.domain.DocumentFormat;
import de.dnpm.registry.domain.ImportJobProblem;
import de.dnpm.registry.domain.RecordVersion;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.SourceDocument;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.domain.RawRecord;
import de.dnpm.registry.importer.domain.RegistryId;
import de.dnpm.registry.importer.domain.TrialRecord;
import de.dnpm.registry.infrastructure.ImportJobRepository;
import de.dnpm.registry.infrastructure.StudyChangeLog;
import de.dnpm.registry.infrastructure.StudyRepository;
import de.dnpm.registry.infrastructure.TrialRecordMapper;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one batch of records in one transaction, all or nothing, so a crash mid-import leaves no half-written
 * study. A record finds its registry entry only by its own registry id; a record whose canonical content is stored
 * already changes nothing (re-imports are no-ops); a new version replaces the study's content only if it supersedes
 * the version shown ({@link RecordVersion}). The entries written are then linked with the other registries' entries of
 * their trials ({@link StudyLinker}). Each changed or removed study gets an outbox row, and the job's counters advance,
 * in the same transaction. The existing entries and stored hashes of the whole batch are read with two queries.
 */
@Stateless
public class ImportBatchWriter {

    @Inject
    StudyRepository studies;

    @Inject
    StudyChangeLog changes;

    @Inject
    ImportJobRepository jobs;

    @Inject
    StudyLinker linker;

    private final TrialRecordMapper mapper = new TrialRecordMapper();

    private record Key(RegistryScheme scheme, String registryId) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BatchCounts write(long jobId, String importedFrom, List<ParsedRecord> records, List<Problem> problems,
                             long unchangedUnread, long bytesRead) {
        Instant now = Instant.now();
        Map<Key, RegistryEntry> entries = existingEntries(records);
        Map<Long, Set<String>> stored = studies.storedVersionHashes(
                entries.values().stream().map(RegistryEntry::getId).toList());
        Map<Study, Boolean> changed = new IdentityHashMap<>();
        Map<RegistryEntry, TrialRecord> written = new IdentityHashMap<>();
        long created = 0;
        long updated = 0;
        long unchanged = unchangedUnread;
        long older = 0;
        for (ParsedRecord record : records) {
            RawRecord raw = record.raw();
            Key key = keyOf(record);
            RegistryEntry entry = entries.get(key);
            Set<String> hashes = entry == null ? Set.of() : stored.getOrDefault(entry.getId(), Set.of());
            if (hashes.contains(raw.contentHash())) {
                unchanged++;
                continue;
            }
            DocumentFormat format = TrialRecordMapper.format(raw.format());
            RecordVersion version = new RecordVersion(raw.versionDate(), raw.contentHash());
            if (entry == null) {
                Study study = new Study(key.scheme(), key.registryId(), now);
                entry = new RegistryEntry(study, key.scheme(), key.registryId(), format, version, now);
                mapper.applyTo(record.trial(), study, entry);
                studies.add(study);
                entries.put(key, entry);
                changed.put(study, true);
                written.put(entry, record.trial());
                created++;
            } else if (entry.isSupersededBy(version, format)) {
                entry.show(version, format, now);
                Study study = entry.getStudy();
                mapper.applyTo(record.trial(), study, entry);
                study.markUpdated(key.scheme(), key.registryId(), now);
                changed.put(study, true);
                written.put(entry, record.trial());
                updated++;
            } else {
                older++;
            }
            studies.add(new SourceDocument(entry, format, version, raw.content(), importedFrom, now));
            if (entry.getId() != null) {
                stored.computeIfAbsent(entry.getId(), id -> new HashSet<>()).add(raw.contentHash());
            }
        }
        StudyLinker.Outcome linked = written.isEmpty() ? new StudyLinker.Outcome(Set.of(), Set.of())
                : linker.link(written, now);
        // criteria after linking: a merged study reads its merged texts (StudyCriteria; issue 12)
        java.util.Set<Study> reread = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        reread.addAll(changed.keySet());
        reread.addAll(linked.changed());
        reread.forEach(de.dnpm.registry.infrastructure.StudyCriteria::extractInto);
        Set<Long> changedIds = new java.util.TreeSet<>(linked.removed());
        changed.keySet().stream().map(Study::getId).forEach(changedIds::add);
        linked.changed().stream().map(Study::getId).forEach(changedIds::add);
        changes.record(changedIds, now);
        problems.stream().filter(Problem::kept).forEach(problem -> jobs.add(problem.toRow(jobId)));
        long failed = problems.stream().filter(Problem::counted).count();
        long warnings = problems.stream().filter(Problem::warning).count();
        long read = records.size() + failed + unchangedUnread;
        jobs.addProgress(jobId, read, created, updated, unchanged, older, failed, warnings, bytesRead);
        return new BatchCounts(read, created, updated, unchanged, older, failed);
    }

    /** Records problems (and counts the failed records) without records, in a transaction of their own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BatchCounts writeProblems(long jobId, List<Problem> problems, long unchangedUnread, long bytesRead) {
        return write(jobId, null, List.of(), problems, unchangedUnread, bytesRead);
    }

    /**
     * Whether a source document with this content hash is stored (the hash covers the record's own id, so it is
     * that record's version): asked by the reading thread before it parses a record, outside any transaction.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean isStored(String contentHash) {
        return studies.hasDocument(contentHash);
    }

    private Map<Key, RegistryEntry> existingEntries(List<ParsedRecord> records) {
        Map<RegistryScheme, Set<String>> wanted = new HashMap<>();
        for (ParsedRecord record : records) {
            Key key = keyOf(record);
            wanted.computeIfAbsent(key.scheme(), s -> new HashSet<>()).add(key.registryId());
        }
        Map<Key, RegistryEntry> found = new HashMap<>();
        wanted.forEach((scheme, ids) -> {
            List<String> all = new ArrayList<>(ids);
            for (int i = 0; i < all.size(); i += 1000) {
                for (RegistryEntry entry : studies.findEntries(scheme, all.subList(i, Math.min(all.size(), i + 1000)))) {
                    found.put(new Key(entry.getScheme(), entry.getRegistryId()), entry);
                }
            }
        });
        return found;
    }

    /** A record belongs to the entry of its own registry id, and to nothing its secondary ids name. */
    private static Key keyOf(ParsedRecord record) {
        RegistryId own = record.trial().primaryId();
        return new Key(TrialRecordMapper.scheme(own.scheme()), own.value());
    }

    /**
     * A problem to keep with the job: its number in the job, whether it stands for a failed record (a file
     * that cannot be read at all is a problem but no record), and whether it is only a warning about a record that
     * was imported.
     */
    public record Problem(long sequence, ImportProblem problem, boolean counted, boolean kept, boolean warning) {
        ImportJobProblem toRow(long jobId) {
            return new ImportJobProblem(jobId, sequence, problem.source(), problem.position(), problem.recordId(),
                    problem.reason(), warning ? ImportJobProblem.Severity.WARNING : ImportJobProblem.Severity.ERROR);
        }
    }
}
