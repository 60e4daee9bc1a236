package de.dnpm.registry.it;

import de.dnpm.registry.application.ImportJobStore;
import de.dnpm.registry.application.ImportJobView;
import de.dnpm.registry.application.StudyIndexer;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The waits of the in-container tests, in one place. The deployment never waits for the bundled sample's import job
 * or for the index, so every test that reads the sample or searches waits here first, with a timeout and a message
 * saying what the server was still doing. The in-container classes also wait for their jobs after each test: work
 * that goes on while the application is undeployed uses a data source GlassFish has already taken down (it then
 * makes an orphan connection pool); with the WAR's own H2 that held the database file open for the next deployment
 * ("Database may be already in use"), which is why the ITs put H2 in GlassFish's common lib (see the pom).
 */
final class Awaits {

    /** The sample (707 studies) takes about 20 s; a first start on PostgreSQL also rebuilds the index. */
    static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);
    static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);
    private static final long POLL_MILLIS = 100;

    private Awaits() {
    }

    /** Until no import job is queued or running (the bundled sample is in the database). */
    static ServerActivity importsDone(ImportJobStore jobs, StudyIndexer indexer) {
        return until(() -> ServerActivity.now(jobs, indexer), ServerActivity::importsDone, SETTLE_TIMEOUT,
                "import jobs still queued or running");
    }

    /** Until no job is live and the index holds, visibly and committed, every committed study change. */
    static ServerActivity settled(ImportJobStore jobs, StudyIndexer indexer) {
        return until(() -> ServerActivity.now(jobs, indexer), ServerActivity::settled, SETTLE_TIMEOUT,
                "imports and index not settled");
    }

    /** Until the job has ended (in any final state). */
    static ImportJobView ended(ImportJobStore jobs, long jobId) {
        return until(() -> jobs.find(jobId).orElseThrow(), job -> job.state().isFinal(), JOB_TIMEOUT,
                "import job " + jobId + " has not ended");
    }

    static <T> T until(Supplier<T> probe, Predicate<T> done, Duration timeout, String failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                fail(failure + " after " + timeout.toSeconds() + " s: " + last);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting: " + failure);
            }
            last = probe.get();
        }
        return last;
    }
}
