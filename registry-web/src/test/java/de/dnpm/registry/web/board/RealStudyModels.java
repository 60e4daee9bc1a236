package de.dnpm.registry.web.board;

import de.dnpm.registry.application.StudyReadModel;
import de.dnpm.registry.application.StudyReadModelAssembler;
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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Real studies of the bundled sample as the study catalogue hands them to the report: imported through the
 * importer's reader and mapper, then {@link StudyReadModelAssembler}.
 */
final class RealStudyModels {

    /** ClinicalTrials.gov API v2 answer to a search for NSCLC with EGFR L858R (see sample-data/PROVENANCE.md). */
    static final String NSCLC_EGFR = "ctgov-v2-json/genomoncology-biomcp-api-responses__search_nsclc_egfr_l858r_20260811.json";

    private RealStudyModels() {
    }

    static List<StudyReadModel> fromSample(String relativePath) {
        List<StudyReadModel> studies = new ArrayList<>();
        TrialRecordMapper mapper = new TrialRecordMapper();
        Instant imported = Instant.parse("2026-11-29T10:00:00Z");
        try (InputStream in = RealStudyModels.class.getResourceAsStream("/sample-data/" + relativePath)) {
            new SourceFileReader().read(relativePath, in, new RecordSink() {
                @Override
                public void accept(ParsedRecord record) {
                    RegistryScheme scheme = TrialRecordMapper.scheme(record.trial().primaryId().scheme());
                    String id = record.trial().primaryId().value();
                    Study study = new Study(scheme, id, imported);
                    RegistryEntry entry = new RegistryEntry(study, scheme, id,
                            TrialRecordMapper.format(record.raw().format()),
                            new RecordVersion(record.raw().versionDate(), record.raw().contentHash()), imported);
                    mapper.applyTo(record.trial(), study, entry);
                    studies.add(StudyReadModelAssembler.of(study));
                }

                @Override
                public void reject(ImportProblem problem) {
                }

                @Override
                public void warn(ImportProblem problem) {
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return studies;
    }
}
