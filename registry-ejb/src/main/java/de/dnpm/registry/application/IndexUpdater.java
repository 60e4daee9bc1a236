package de.dnpm.registry.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Updates the index for studies whose transaction has committed, never before: a rolled-back import leaves the
 * index untouched. The work runs on the server's managed executor, because a transaction's after-completion
 * callback may not begin a new transaction itself (GlassFish fails the resume with InvalidTransactionException).
 * Searches therefore see a change a moment after its commit. If indexing fails, the database still holds the
 * change and the stale index is rebuilt at the next start (its stamp no longer matches).
 */
@ApplicationScoped
public class IndexUpdater {

    private static final System.Logger LOG = System.getLogger(IndexUpdater.class.getName());

    @Inject
    StudyIndexer indexer;

    @Resource
    ManagedExecutorService executor;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) StudiesChanged changed) {
        executor.execute(() -> {
            try {
                indexer.reindex(changed.studyIds());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Index update for studies " + changed.studyIds()
                        + " failed; the index will be rebuilt at the next start", e);
            }
        });
    }
}
