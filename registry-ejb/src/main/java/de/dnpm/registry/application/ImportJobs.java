package de.dnpm.registry.application;

import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobProblem;
import de.dnpm.registry.infrastructure.ImportJobRepository;
import de.dnpm.registry.infrastructure.RegistryConfiguration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Import jobs, as an administrator runs and watches them: start one from an upload or from a file or folder under
 * the server's import folder, follow its counters, cancel it, list the records it could not take. Only
 * administrators may call it (checked here, on the server, whatever the interface).
 */
@Stateless
@RolesAllowed("ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportJobs {

    @Inject
    ImportJobStore store;

    @Inject
    ImportJobRunner runner;

    @Inject
    ImportJobRepository jobs;

    @Inject
    RegistryConfiguration configuration;

    /**
     * Stores the upload (at most {@code registry.upload.max.bytes}) and queues a job for it; returns at once.
     *
     * @throws ImportSourceException when the upload is empty or too large
     */
    public ImportJobView submitUpload(String fileName, InputStream body, String startedBy) throws IOException {
        String name = fileName == null || fileName.isBlank() ? "upload" : Path.of(fileName).getFileName().toString();
        Files.createDirectories(configuration.spoolDirectory());
        Path spooled = configuration.spoolDirectory().resolve("upload-" + UUID.randomUUID() + ".bin");
        long size = copyBounded(body, spooled, configuration.maxUploadBytes());
        if (size == 0) {
            Files.deleteIfExists(spooled);
            throw new ImportSourceException(ImportSourceException.Reason.EMPTY, "the upload is empty");
        }
        return submit(ImportJob.Kind.UPLOAD, new SpooledInput(name, spooled), spooled.toString(), startedBy);
    }

    /**
     * Queues a job for a file or folder given relative to the import folder (configuration {@code registry.import.dir}).
     *
     * @throws ImportSourceException when it does not exist or lies outside the import folder
     */
    public ImportJobView submitServerPath(String path, String startedBy) {
        Path root = configuration.importDirectory().toAbsolutePath().normalize();
        Path target = root.resolve(path == null ? "" : path.strip()).normalize();
        if (!target.startsWith(root)) {
            throw new ImportSourceException(ImportSourceException.Reason.OUTSIDE_IMPORT_FOLDER,
                    "only files under the import folder can be imported");
        }
        try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    || !target.toRealPath().startsWith(root.toRealPath())) {
                throw new ImportSourceException(ImportSourceException.Reason.NOT_FOUND, "no such file or folder");
            }
        } catch (IOException e) {
            throw new ImportSourceException(ImportSourceException.Reason.NOT_FOUND, "no such file or folder");
        }
        String name = root.relativize(target).toString();
        return submit(ImportJob.Kind.SERVER_PATH, new FileInput(name.isEmpty() ? "." : name, target),
                target.toString(), startedBy);
    }

    public Optional<ImportJobView> find(long id) {
        return store.find(id);
    }

    /** Jobs, newest first. */
    public List<ImportJobView> history(int first, int max) {
        return store.newestFirst(first, max);
    }

    public long count() {
        return store.count();
    }

    /** Asks a queued or running job to stop after its current batch; false when it has already ended or is unknown. */
    public boolean cancel(long id) {
        Optional<ImportJobView> job = store.find(id);
        return job.isPresent() && !job.get().state().isFinal() && runner.cancel(id);
    }

    /** The records the job could not take, in the order met (at most {@code ImportLimits.MAX_PROBLEMS_KEPT} are kept). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<ImportProblemView> problems(long id, int first, int max) {
        return jobs.problems(id, first, max).stream().map(ImportJobs::view).toList();
    }

    /** Writes the job's problems as CSV (sequence, source, position, record id, reason) with a header line. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void writeProblemsCsv(long id, Writer out) throws IOException {
        out.write("sequence,severity,source,position,record_id,reason\r\n");
        int page = 1000;
        for (int first = 0; ; first += page) {
            List<ImportJobProblem> rows = jobs.problems(id, first, page);
            for (ImportJobProblem p : rows) {
                out.write(p.getSequence() + "," + p.getSeverity() + "," + csv(p.getSource()) + "," + csv(p.getPosition()) + ","
                        + csv(p.getRecordId()) + "," + csv(p.getReason()) + "\r\n");
            }
            if (rows.size() < page) {
                return;
            }
        }
    }

    private ImportJobView submit(ImportJob.Kind kind, ImportInput input, String inputPath, String startedBy) {
        return runner.submit(kind, input, inputPath, startedBy);
    }

    /** Copies at most {@code limit} bytes; whatever goes wrong (too large, a broken connection), nothing stays. */
    private static long copyBounded(InputStream body, Path target, long limit) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            int n;
            while ((n = body.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw new ImportSourceException(ImportSourceException.Reason.TOO_LARGE,
                            "the upload is larger than " + limit + " bytes");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return total;
    }

    /** RFC 4180: quoted when needed, quotes doubled; a leading =, +, - or @ is defused against spreadsheet formulas. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static ImportProblemView view(ImportJobProblem p) {
        return new ImportProblemView(p.getSequence(), p.getSource(), p.getPosition(), p.getRecordId(), p.getReason(),
                p.getSeverity().name());
    }
}
