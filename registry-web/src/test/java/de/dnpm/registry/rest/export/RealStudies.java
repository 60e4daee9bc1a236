package de.dnpm.registry.rest.export;

import de.dnpm.registry.domain.RecordVersion;
import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;
import de.dnpm.registry.infrastructure.TrialRecordMapper;
import de.dnpm.registry.rest.StudyDetail;
import de.dnpm.registry.rest.StudyDetailAssembler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Real studies for the export tests, taken the way the portal takes them: a source file through the importer's
 * {@link SourceFileReader} and {@link TrialRecordMapper} onto a study, then {@link StudyDetailAssembler} to the public
 * shape. Sources are the bundled sample ({@code sample-data/} on the classpath) and the shared data (system property
 * {@code shared.data}).
 */
final class RealStudies {

    static final Instant IMPORTED = Instant.parse("2026-11-29T10:00:00Z");

    private RealStudies() {
    }

    /** Up to {@code max} studies of a file of the bundled sample. */
    static List<ExportedStudy> fromSample(String relativePath, int max) {
        try (InputStream in = RealStudies.class.getResourceAsStream("/sample-data/" + relativePath)) {
            if (in == null) {
                throw new IllegalStateException("no sample file " + relativePath);
            }
            return read(relativePath, in, max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code max} studies of a file of the shared data. */
    static List<ExportedStudy> fromSharedData(String relativePath, int max) {
        String root = System.getProperty("shared.data");
        if (root == null) {
            throw new IllegalStateException("system property shared.data is not set (surefire sets it)");
        }
        try (InputStream in = Files.newInputStream(Path.of(root, relativePath))) {
            return read(relativePath, in, max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ExportedStudy> read(String name, InputStream in, int max) throws IOException {
        List<ExportedStudy> studies = new ArrayList<>();
        TrialRecordMapper mapper = new TrialRecordMapper();
        new SourceFileReader().read(name, in, new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                if (studies.size() < max) {
                    studies.add(study(record, mapper));
                }
            }

            @Override
            public void reject(ImportProblem problem) {
                // a record the portal would not import is no case for an export
            }

            @Override
            public void warn(ImportProblem problem) {
                // the record is imported all the same
            }
        });
        if (studies.isEmpty()) {
            throw new IllegalStateException("no studies read from " + name);
        }
        return studies;
    }

    private static ExportedStudy study(ParsedRecord record, TrialRecordMapper mapper) {
        RegistryScheme scheme = TrialRecordMapper.scheme(record.trial().primaryId().scheme());
        String id = record.trial().primaryId().value();
        Study study = new Study(scheme, id, IMPORTED);
        RegistryEntry entry = new RegistryEntry(study, scheme, id, TrialRecordMapper.format(record.raw().format()),
                new RecordVersion(record.raw().versionDate(), record.raw().contentHash()), IMPORTED);
        mapper.applyTo(record.trial(), study, entry);
        StudyDetail detail = StudyDetailAssembler.toDetail(study, "http://portal.example/api/studies/" + id
                + "/sources");
        return new ExportedStudy(detail, "http://portal.example/study.xhtml?id=" + id, IMPORTED);
    }
}
