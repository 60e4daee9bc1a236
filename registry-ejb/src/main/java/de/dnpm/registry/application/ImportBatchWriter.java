package de.dnpm.registry.application;

import de.dnpm.registry.domain.ImportRun;
import de.dnpm.registry.domain.SourceDocument;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.domain.RawRecord;
import de.dnpm.registry.importer.domain.TrialRecord;
import de.dnpm.registry.infrastructure.StudyRepository;
import de.dnpm.registry.infrastructure.TrialRecordMapper;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Writes one batch of parsed records in its own transaction: all of it or nothing, so a crash mid-import leaves no
 * half-written study. A record whose exact content was stored before changes nothing, which makes re-imports no-ops.
 * The caller re-indexes the changed studies once this method has returned, i.e. after the commit.
 */
@Stateless
public class ImportBatchWriter {

    @Inject
    StudyRepository studies;

    private final TrialRecordMapper mapper = new TrialRecordMapper();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BatchOutcome write(List<ParsedRecord> records, String importedFrom) {
        BatchOutcome outcome = new BatchOutcome();
        Instant now = Instant.now();
        for (ParsedRecord record : records) {
            write(record, importedFrom, now, outcome);
        }
        return outcome;
    }

    /** Keeps the record of an import run; its own transaction, so it is written even when batches failed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(ImportRun run) {
        studies.add(run);
    }

    private void write(ParsedRecord record, String importedFrom, Instant now, BatchOutcome outcome) {
        RawRecord raw = record.raw();
        if (studies.containsSourceVersion(raw.format(), raw.sourceId(), raw.contentHash())) {
            outcome.unchanged++;
            return;
        }
        TrialRecord trial = record.trial();
        Study study = studies.findByRegistryId(trial.primaryId().value()).orElse(null);
        if (study == null) {
            study = new Study();
            mapper.applyTo(trial, study);
            study.markUpdated(raw.versionDate(), now);
            studies.add(study);
            outcome.created++;
            outcome.changedStudyIds.add(study.getId());
        } else if (study.isOlderThanOrSameAs(raw.versionDate())) {
            mapper.applyTo(trial, study);
            study.markUpdated(raw.versionDate(), now);
            outcome.updated++;
            outcome.changedStudyIds.add(study.getId());
        } else {
            outcome.olderVersions++;
        }
        studies.add(new SourceDocument(study, raw.format(), raw.sourceId(), raw.versionDate(), raw.contentHash(),
                raw.content(), importedFrom, now));
    }
}
