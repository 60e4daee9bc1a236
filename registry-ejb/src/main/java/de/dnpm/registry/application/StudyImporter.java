package de.dnpm.registry.application;

import de.dnpm.registry.domain.ImportRun;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.RecordSink;
import de.dnpm.registry.importer.application.SourceFileReader;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Imports a source file: reads it record by record, writes batches in their own transactions and reports what
 * changed. A record that cannot be read or stored becomes a problem in the report; the rest of the file goes on.
 * Running the same import again changes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StudyImporter {

    private static final System.Logger LOG = System.getLogger(StudyImporter.class.getName());
    static final int BATCH_SIZE = 50;

    @Inject
    ImportBatchWriter writer;

    @Inject
    StudyIndexer indexer;

    private final SourceFileReader reader = new SourceFileReader();

    public ImportReport importFile(Path file) throws IOException {
        Instant started = Instant.now();
        BatchingSink sink = new BatchingSink(file.toString());
        reader.read(file, sink);
        return finish(sink, started);
    }

    public ImportReport importStream(String sourceName, InputStream in) throws IOException {
        Instant started = Instant.now();
        BatchingSink sink = new BatchingSink(sourceName);
        reader.read(sourceName, in, sink);
        return finish(sink, started);
    }

    private ImportReport finish(BatchingSink sink, Instant started) {
        sink.flush();
        ImportReport report = new ImportReport(sink.source, sink.total.created, sink.total.updated,
                sink.total.unchanged, sink.total.olderVersions, List.copyOf(sink.problems));
        writer.record(new ImportRun(sink.source, started, Instant.now(), report.created(), report.updated(),
                report.unchanged(), report.olderVersions(), report.problems().size(),
                report.problems().stream().map(ImportProblem::toString).collect(Collectors.joining("\n"))));
        LOG.log(System.Logger.Level.INFO, "Imported {0}: {1} new, {2} updated, {3} unchanged, {4} older versions, "
                        + "{5} problems", sink.source, report.created(), report.updated(), report.unchanged(),
                report.olderVersions(), report.problems().size());
        return report;
    }

    /** Collects records into batches; a batch that fails is retried record by record to find the bad one. */
    private final class BatchingSink implements RecordSink {
        private final String source;
        private final List<ParsedRecord> batch = new ArrayList<>(BATCH_SIZE);
        private final List<ImportProblem> problems = new ArrayList<>();
        private final BatchOutcome total = new BatchOutcome();

        BatchingSink(String source) {
            this.source = source;
        }

        @Override
        public void accept(ParsedRecord record) {
            batch.add(record);
            if (batch.size() >= BATCH_SIZE) {
                flush();
            }
        }

        @Override
        public void reject(ImportProblem problem) {
            LOG.log(System.Logger.Level.WARNING, "Rejected record: {0}", problem);
            problems.add(problem);
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                committed(writer.write(List.copyOf(batch), source));
            } catch (EJBException batchFailed) {
                for (ParsedRecord record : batch) {
                    writeAlone(record);
                }
            }
            batch.clear();
        }

        /**
         * The batch's transaction has committed (this bean runs without one), so the index can follow now. An index
         * failure never undoes the import: the stale index is rebuilt from the database at the next start.
         */
        private void committed(BatchOutcome outcome) {
            total.add(outcome);
            if (outcome.changedStudyIds.isEmpty()) {
                return;
            }
            try {
                indexer.reindex(outcome.changedStudyIds);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Index update for studies " + outcome.changedStudyIds
                        + " failed; the index will be rebuilt at the next start", e);
            }
        }

        private void writeAlone(ParsedRecord record) {
            try {
                committed(writer.write(List.of(record), source));
            } catch (EJBException recordFailed) {
                Throwable cause = rootCause(recordFailed);
                reject(new ImportProblem(source, "record", record.raw().sourceId(),
                        "could not be stored: " + cause.getClass().getSimpleName() + ": " + cause.getMessage()));
            }
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
