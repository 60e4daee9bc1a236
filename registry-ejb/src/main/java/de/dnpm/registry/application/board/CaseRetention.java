package de.dnpm.registry.application.board;

import de.dnpm.registry.domain.board.CaseAction;
import de.dnpm.registry.infrastructure.board.BoardCaseRepository;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * Deletes board cases whose retention period ({@code REGISTRY_CASE_RETENTION_DAYS}, counted from the last change) has
 * passed, every night, with their shortlist and decision. The audit keeps who did what to which case id, and a DELETED
 * line by {@value #SYSTEM}; it holds no patient data.
 */
@Singleton
public class CaseRetention {

    static final String SYSTEM = "system:retention";
    private static final System.Logger LOG = System.getLogger(CaseRetention.class.getName());

    @Inject
    BoardCaseRepository cases;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        deleteExpired(Instant.now());
    }

    /** Deletes what has expired at {@code now}; returns how many cases. */
    public int deleteExpired(Instant now) {
        List<String> expired = cases.expired(now);
        for (String id : expired) {
            cases.delete(id);
            cases.audit(id, SYSTEM, CaseAction.DELETED, now);
        }
        if (!expired.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "Deleted {0} board cases after their retention period", expired.size());
        }
        return expired.size();
    }
}
