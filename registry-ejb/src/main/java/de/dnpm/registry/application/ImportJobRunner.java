package de.dnpm.registry.application;

import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobState;
import de.dnpm.registry.importer.application.ImportProblem;
import de.dnpm.registry.importer.application.ParsedRecord;
import de.dnpm.registry.importer.application.SourceFileReader;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs import jobs, one at a time, each on two managed threads: one reads and parses the input into batches, the
 * other stores them ({@link ImportBatchWriter}, one transaction per batch), so parsing and storing overlap on two
 * cores. A batch the database refuses is retried record by record, so the bad record is named and its neighbours are
 * kept. A job is cancelled between batches; what it committed stays.
 */
@ApplicationScoped
public class ImportJobRunner {

    private static final System.Logger LOG = System.getLogger(ImportJobRunner.class.getName());
    private static final int QUEUED_BATCHES = 2;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    /* The reader gets a thread of its own: on the executor it could wait forever behind its own writer (GlassFish's
       default executor may have a single thread, and does not grow while its queue accepts tasks). */
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    ImportBatchWriter writer;

    @Inject
    ImportJobStore store;

    private final Semaphore oneAtATime = new Semaphore(1, true);
    private final Map<Long, AtomicBoolean> cancelFlags = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    /**
     * Records a new job and queues it; it runs when the jobs before it have ended. This is the application's own
     * entry (start-up, sync, tests); administrators go through {@link ImportJobs}, which checks their role.
     */
    public ImportJobView submit(ImportJob.Kind kind, ImportInput input, String inputPath, String startedBy) {
        ImportJobView job = queue(kind, input, inputPath, startedBy);
        start(job, input);
        return job;
    }

    /**
     * Records a new job as QUEUED without starting it; {@link #start} does. Start-up uses the two steps, because a
     * managed-executor task submitted while the application is still being deployed can be lost (see StudyIndexer).
     */
    ImportJobView queue(ImportJob.Kind kind, ImportInput input, String inputPath, String startedBy) {
        ImportJobView job = store.create(new ImportJob(kind, input.name(), inputPath, input.size(), startedBy,
                Instant.now()));
        cancelFlags.put(job.id(), new AtomicBoolean());
        return job;
    }

    /** Runs a queued job when the jobs before it have ended. */
    void start(ImportJobView job, ImportInput input) {
        executor.submit(() -> runWhenFree(job.id(), input));
    }

    /** Asks the job to stop; true if it is queued or running here. */
    public boolean cancel(long jobId) {
        AtomicBoolean flag = cancelFlags.get(jobId);
        if (flag == null) {
            return false;
        }
        flag.set(true);
        return true;
    }

    private void runWhenFree(long jobId, ImportInput input) {
        try {
            oneAtATime.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // the server is stopping; the job will show as INTERRUPTED at the next start
        }
        try {
            run(jobId, input);
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "Import job " + jobId + " failed", e);
            store.finish(jobId, ImportJobState.FAILED, e.toString());
        } finally {
            cancelFlags.remove(jobId);
            oneAtATime.release();
            if (input instanceof SpooledInput spooled) {
                spooled.delete();
            }
        }
    }

    private void run(long jobId, ImportInput input) {
        AtomicBoolean cancelled = cancelFlags.getOrDefault(jobId, new AtomicBoolean());
        if (cancelled.get()) {
            store.finish(jobId, stopping ? ImportJobState.INTERRUPTED : ImportJobState.CANCELLED, null);
            return;
        }
        if (!store.start(jobId)) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, "Import job {0} started: {1}", jobId, input.name());
        BlockingQueue<RecordBatches.Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        AtomicLong problemSequence = new AtomicLong();
        RecordBatches batches = new RecordBatches(queue, problemSequence, cancelled::get, writer::isStored);
        Thread reader = threads.newThread(() -> read(input, batches));
        reader.setName("import-job-" + jobId + "-reader");
        reader.start();
        BatchCounts total = BatchCounts.NONE;
        Throwable failure = null;
        try {
            while (!cancelled.get()) {
                RecordBatches.Batch batch = queue.poll(250, TimeUnit.MILLISECONDS);
                if (batch == null) {
                    if (!reader.isAlive() && queue.isEmpty()) {
                        failure = new IllegalStateException("the reader stopped without finishing");
                        break;
                    }
                    continue;
                }
                if (!batch.records().isEmpty() || !batch.problems().isEmpty() || batch.unchangedUnread() > 0) {
                    total = total.plus(store(jobId, input.name(), batch, problemSequence));
                }
                if (batch.last()) {
                    failure = batch.failure();
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled.set(true);
        } finally {
            if (cancelled.get()) {
                reader.interrupt();
                queue.clear(); // lets a reader blocked on a full queue go on to notice the cancellation
            }
        }
        ImportJobState end = stopping ? ImportJobState.INTERRUPTED : cancelled.get() ? ImportJobState.CANCELLED
                : failure != null ? ImportJobState.FAILED : ImportJobState.COMPLETED;
        String message = failure == null ? null : "reading stopped: " + failure;
        if (end == ImportJobState.COMPLETED && total.read() == total.failed() && batches.firstProblem() != null) {
            // problems and not one record taken (an unknown format, say): a failed import, not a success
            end = ImportJobState.FAILED;
            message = "no record could be imported: " + batches.firstProblem().reason();
        }
        store.finish(jobId, end, message);
        LOG.log(System.Logger.Level.INFO, "Import job {0} {1}: {2} read, {3} new, {4} updated, {5} unchanged, "
                        + "{6} older versions, {7} failed", jobId, end, total.read(), total.created(), total.updated(),
                total.unchanged(), total.olderVersions(), total.failed());
    }

    private static void read(ImportInput input, RecordBatches batches) {
        Throwable failure = null;
        try {
            input.read(new SourceFileReader(), batches, batches::bytesRead);
        } catch (RecordBatches.Cancelled e) {
            return;
        } catch (Exception | Error e) {
            failure = e;
        }
        try {
            batches.finish(failure);
        } catch (RecordBatches.Cancelled e) {
            // cancelled while handing over the end: the writer has stopped listening
        }
    }

    /** Stores a batch; if the database refuses it, stores its records one by one and names the one refused. */
    private BatchCounts store(long jobId, String source, RecordBatches.Batch batch, AtomicLong problemSequence) {
        try {
            return writer.write(jobId, source, batch.records(), batch.problems(), batch.unchangedUnread(),
                    batch.bytesRead());
        } catch (EJBException batchRefused) {
            BatchCounts counts = writer.writeProblems(jobId, batch.problems(), batch.unchangedUnread(),
                    batch.bytesRead());
            for (ParsedRecord record : batch.records()) {
                counts = counts.plus(storeAlone(jobId, source, record, batch.bytesRead(), problemSequence));
            }
            return counts;
        }
    }

    private BatchCounts storeAlone(long jobId, String source, ParsedRecord record, long bytesRead,
                                   AtomicLong problemSequence) {
        try {
            return writer.write(jobId, source, List.of(record), List.of(), 0, bytesRead);
        } catch (EJBException refused) {
            Throwable cause = rootCause(refused);
            LOG.log(System.Logger.Level.WARNING, "Import job {0}: record {1} refused by the database: {2}", jobId,
                    record.raw().sourceId(), cause.toString());
            ImportProblem problem = new ImportProblem(source, "record", record.raw().sourceId(),
                    "could not be stored: " + reason(refused));
            return writer.writeProblems(jobId, List.of(RecordBatches.problem(problemSequence, problem, true)), 0,
                    bytesRead);
        }
    }

    /**
     * What the database said, without the persistence library's wrapping (which names internal classes): the
     * message of the innermost SQL error, first line, at most 300 characters.
     */
    static String reason(Throwable refused) {
        Throwable sql = null;
        for (Throwable t = refused; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException) {
                sql = t;
            }
        }
        String message = sql != null ? sql.getMessage() : rootCause(refused).getClass().getSimpleName();
        String line = message == null ? "refused by the database" : message.lines().findFirst().orElse("").strip();
        return line.length() <= 300 ? line : line.substring(0, 299) + "…";
    }

    /** Undeployment: running jobs stop after their current batch, so no thread holds the database any longer. */
    @PreDestroy
    void stopJobs() {
        stopping = true;
        cancelFlags.values().forEach(flag -> flag.set(true));
        try {
            if (oneAtATime.tryAcquire(30, TimeUnit.SECONDS)) {
                oneAtATime.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
