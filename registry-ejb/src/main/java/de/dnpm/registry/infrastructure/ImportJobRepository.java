package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.ImportJob;
import de.dnpm.registry.domain.ImportJobProblem;
import de.dnpm.registry.domain.ImportJobState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores import jobs, their counters and the records they could not take; callers bring the transaction. */
@ApplicationScoped
public class ImportJobRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public void add(ImportJob job) {
        em.persist(job);
    }

    public Optional<ImportJob> find(long id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    public List<ImportJob> newestFirst(int first, int max) {
        return em.createQuery("select j from ImportJob j order by j.id desc", ImportJob.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createQuery("select count(j) from ImportJob j", Long.class).getSingleResult();
    }

    public List<ImportJob> inStates(List<ImportJobState> states) {
        return em.createQuery("select j from ImportJob j where j.state in :states order by j.id", ImportJob.class)
                .setParameter("states", states).getResultList();
    }

    /**
     * Adds a committed batch's counts to the job, in the batch's transaction: one UPDATE that adds, so the counters
     * always equal what is stored, whoever else reads the row.
     */
    public void addProgress(long jobId, long read, long created, long updated, long unchanged, long olderVersions,
                            long failed, long warnings, long bytesRead) {
        em.createQuery("update ImportJob j set j.read = j.read + :read, j.created = j.created + :created, "
                        + "j.updated = j.updated + :updated, j.unchanged = j.unchanged + :unchanged, "
                        + "j.olderVersions = j.olderVersions + :older, j.failed = j.failed + :failed, "
                        + "j.warnings = j.warnings + :warnings, "
                        + "j.bytesRead = case when j.bytesRead > :bytes then j.bytesRead else :bytes end "
                        + "where j.id = :id")
                .setParameter("read", read).setParameter("created", created).setParameter("updated", updated)
                .setParameter("unchanged", unchanged).setParameter("older", olderVersions)
                .setParameter("failed", failed).setParameter("warnings", warnings)
                .setParameter("bytes", bytesRead).setParameter("id", jobId)
                .executeUpdate();
    }

    public void add(ImportJobProblem problem) {
        em.persist(problem);
    }

    public List<ImportJobProblem> problems(long jobId, int first, int max) {
        return em.createQuery("select p from ImportJobProblem p where p.jobId = :job order by p.sequence",
                        ImportJobProblem.class)
                .setParameter("job", jobId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countProblems(long jobId) {
        return em.createQuery("select count(p) from ImportJobProblem p where p.jobId = :job", Long.class)
                .setParameter("job", jobId).getSingleResult();
    }

    /** Jobs that were live when the server stopped: they end as INTERRUPTED; returns how many. */
    public int interruptLiveJobs(Instant now) {
        List<ImportJob> live = inStates(List.of(ImportJobState.QUEUED, ImportJobState.RUNNING));
        live.forEach(job -> job.finish(ImportJobState.INTERRUPTED,
                "The server stopped while this job was " + job.getState().name().toLowerCase(java.util.Locale.ROOT)
                        + "; what it committed is kept. Run the import again to finish it.", now));
        return live.size();
    }
}
