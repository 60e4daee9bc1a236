package de.dnpm.registry.quality;

import de.dnpm.registry.domain.RecordVersion;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.infrastructure.StudyDocumentAssembler;
import de.dnpm.registry.infrastructure.TrialRecordMapper;
import de.dnpm.registry.search.domain.StudyDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shared ClinicalTrials.gov records (API v2 JSON and legacy XML under {@code ctgov/}) read by the portal's own
 * readers and mapped by its own import mapping into index documents, one per NCT number, without a database: a study
 * that is in both formats keeps its API v2 record, the newer of the two.
 */
final class EvaluationCorpus {

    private EvaluationCorpus() {
    }

    static Map<String, StudyDocument> load(Path ctgov) throws IOException {
        Map<String, ParsedRecord> records = new LinkedHashMap<>();
        RecordSink sink = new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                records.merge(record.trial().primaryId().value(), record, EvaluationCorpus::newer);
            }

            @Override
            public void reject(ImportProblem problem) {
                System.err.println("refused: " + problem);
            }

            @Override
            public void warn(ImportProblem problem) {
            }
        };
        SourceFileReader reader = new SourceFileReader();
        reader.readFolder(ctgov.resolve("ctgov-xml"), sink);
        reader.readFolder(ctgov.resolve("ctgov-v2-json"), sink);
        Map<String, StudyDocument> documents = new LinkedHashMap<>();
        StudyDocumentAssembler assembler = new StudyDocumentAssembler();
        long id = 1;
        for (Map.Entry<String, ParsedRecord> record : records.entrySet()) {
            documents.put(record.getKey(), assembler.toDocument(study(record.getValue(), id++)));
        }
        return documents;
    }

    /* Read later wins unless it is older: the JSON folder is read after the XML one. */
    private static ParsedRecord newer(ParsedRecord kept, ParsedRecord later) {
        String keptDate = kept.trial().lastUpdate();
        String laterDate = later.trial().lastUpdate();
        return keptDate != null && laterDate != null && laterDate.compareTo(keptDate) < 0 ? kept : later;
    }

    /** The record as a new study, as the import writes it, with the id the database would assign. */
    private static Study study(ParsedRecord record, long id) {
        RegistryScheme scheme = TrialRecordMapper.scheme(record.trial().primaryId().scheme());
        String registryId = record.trial().primaryId().value();
        Study study = new Study(scheme, registryId, Instant.EPOCH);
        RegistryEntry entry = new RegistryEntry(study, scheme, registryId,
                TrialRecordMapper.format(record.raw().format()),
                new RecordVersion(record.raw().versionDate(), record.raw().contentHash()), Instant.EPOCH);
        new TrialRecordMapper().applyTo(record.trial(), study, entry);
        try {
            var field = Study.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(study, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return study;
    }
}
