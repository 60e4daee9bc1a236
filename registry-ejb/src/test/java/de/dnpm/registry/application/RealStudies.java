package de.dnpm.registry.application;

import de.dnpm.registry.domain.RecordVersion;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.infrastructure.TrialRecordMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Real ClinicalTrials.gov records from the shared data, mapped to study entities as an import would (not stored). */
final class RealStudies {

    private RealStudies() {
    }

    /** The study of record {@code registryId} in the file at {@code relative} (under the shared data folder). */
    static Study mapped(String relative, String registryId) {
        Map<String, ParsedRecord> records = new HashMap<>();
        Path file = Path.of(System.getProperty("shared.data", "../../shared/data")).resolve(relative);
        try {
            new SourceFileReader().read(file, new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    records.put(record.raw().sourceId(), record);
                }

                @Override
                public void reject(ImportProblem problem) {
                    // other records of the file do not matter here
                }

                @Override
                public void warn(ImportProblem problem) {
                    // nor do warnings
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParsedRecord record = records.get(registryId);
        if (record == null) {
            throw new IllegalArgumentException(registryId + " is not in " + file);
        }
        RegistryScheme scheme = TrialRecordMapper.scheme(record.trial().primaryId().scheme());
        Study study = new Study(scheme, registryId, Instant.now());
        RegistryEntry entry = new RegistryEntry(study, scheme, registryId,
                TrialRecordMapper.format(record.raw().format()),
                new RecordVersion(record.raw().versionDate(), record.raw().contentHash()), Instant.now());
        new TrialRecordMapper().applyTo(record.trial(), study, entry);
        return study;
    }
}
