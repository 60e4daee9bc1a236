package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.StudyChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The outbox of study changes the index has yet to take; callers bring the transaction. */
@ApplicationScoped
public class StudyChangeLog {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** Notes that these studies changed, in the transaction that changed them. */
    public void record(Collection<Long> studyIds, Instant now) {
        for (Long studyId : studyIds) {
            em.persist(new StudyChange(studyId, now));
        }
    }

    /** Waiting changes with an id above {@code afterId}, in id order: each as {id, studyId}. */
    public List<long[]> pendingAfter(long afterId, int max) {
        return em.createQuery("select c.id, c.studyId from StudyChange c where c.id > :after order by c.id",
                        Object[].class)
                .setParameter("after", afterId).setMaxResults(max).getResultList().stream()
                .map(row -> new long[]{(Long) row[0], (Long) row[1]}).toList();
    }

    /** The ids of every waiting change. */
    public List<Long> pendingIds() {
        return em.createQuery("select c.id from StudyChange c", Long.class).getResultList();
    }

    public long countPending() {
        return em.createQuery("select count(c) from StudyChange c", Long.class).getSingleResult();
    }

    /** Removes changes the index has committed. */
    public void remove(Collection<Long> changeIds) {
        List<Long> ids = new ArrayList<>(changeIds);
        for (int i = 0; i < ids.size(); i += StudyRepository.IN_LIMIT) {
            em.createQuery("delete from StudyChange c where c.id in :ids")
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + StudyRepository.IN_LIMIT)))
                    .executeUpdate();
        }
    }
}
