package de.dnpm.registry.application;

import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobState;
import de.dnpm.registry.infrastructure.ImportJobRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Changes of an import job's state, each committed at once (REQUIRES_NEW), and its view for the interfaces. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportJobStore {

    @Inject
    ImportJobRepository jobs;

    public ImportJobView create(ImportJob job) {
        jobs.add(job);
        return view(job);
    }

    /** Marks the job running; false if it is no longer queued (cancelled meanwhile). */
    public boolean start(long id) {
        ImportJob job = jobs.find(id).orElseThrow();
        if (job.getState() != ImportJobState.QUEUED) {
            return false;
        }
        job.start(Instant.now());
        return true;
    }

    public void finish(long id, ImportJobState state, String message) {
        jobs.find(id).ifPresent(job -> {
            if (!job.getState().isFinal()) {
                job.finish(state, message, Instant.now());
            }
        });
    }

    public Optional<ImportJobView> find(long id) {
        return jobs.find(id).map(ImportJobStore::view);
    }

    public List<ImportJobView> newestFirst(int first, int max) {
        return jobs.newestFirst(first, max).stream().map(ImportJobStore::view).toList();
    }

    public long count() {
        return jobs.count();
    }

    /** Jobs that were live when the server stopped end as INTERRUPTED. */
    public int interruptLiveJobs() {
        return jobs.interruptLiveJobs(Instant.now());
    }

    /** Whether an import of this kind has ever completed. */
    public boolean completedBefore(ImportJob.Kind kind) {
        return jobs.inStates(List.of(ImportJobState.COMPLETED)).stream().anyMatch(job -> job.getKind() == kind);
    }

    /** When the last completed job of this kind started: what it read was current then. */
    public Optional<Instant> lastCompletedStart(ImportJob.Kind kind) {
        return jobs.inStates(List.of(ImportJobState.COMPLETED)).stream().filter(job -> job.getKind() == kind)
                .map(ImportJob::getStartedAt).filter(java.util.Objects::nonNull).max(Instant::compareTo);
    }

    static ImportJobView view(ImportJob job) {
        Instant end = job.getFinishedAt() != null ? job.getFinishedAt() : Instant.now();
        double seconds = job.getStartedAt() == null ? 0
                : Math.max(0.001, Duration.between(job.getStartedAt(), end).toMillis() / 1000.0);
        double rate = seconds == 0 ? 0 : Math.round(job.getRead() / seconds * 10) / 10.0;
        return new ImportJobView(job.getId(), job.getSource(), job.getState(), job.getStartedBy(), job.getCreatedAt(),
                job.getStartedAt(), job.getFinishedAt(), job.getRead(), job.getCreated(), job.getUpdated(),
                job.getUnchanged(), job.getOlderVersions(), job.getFailed(), job.getWarnings(),
                job.getBytesRead(), job.getBytesTotal(),
                rate, job.getMessage());
    }
}
