package de.dnpm.registry.it;

import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.StudyIndexer;

/**
 * What the server is still busy with: import jobs queued or running (the bundled sample is one, queued at
 * deployment), and the index's work. It is <em>settled</em> when no job is live and the index holds every committed
 * study change: applied, visible and committed, so the outbox is empty. That last part is what makes the check
 * exact rather than a guess: {@code isIdle()} alone is the verdict of the indexer's last round, which may have
 * started before a job's last batch committed. The outbox empties at the next Lucene commit (every 5 s).
 */
public record ServerActivity(long liveJobs, boolean indexRebuilding, boolean indexIdle, long pendingIndexChanges) {

    /** Jobs are looked for among this many newest; tests start far fewer. */
    private static final int JOBS_LOOKED_AT = 1000;

    static ServerActivity now(ImportJobStore jobs, StudyIndexer indexer) {
        long live = jobs.newestFirst(0, JOBS_LOOKED_AT).stream().filter(job -> !job.state().isFinal()).count();
        return new ServerActivity(live, indexer.isRebuilding(), indexer.isIdle(), indexer.pendingChanges());
    }

    public boolean importsDone() {
        return liveJobs == 0;
    }

    public boolean settled() {
        return liveJobs == 0 && !indexRebuilding && indexIdle && pendingIndexChanges == 0;
    }
}
