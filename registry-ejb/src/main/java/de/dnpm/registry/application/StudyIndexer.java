package de.dnpm.registry.application;

import de.dnpm.registry.infrastructure.SearchIndex;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one indexer of this application: runs the {@link IndexFeed} on a managed thread every quarter second, so
 * committed study changes reach the index within about a second, and rebuilds the index in the background when it
 * does not mirror this database (first start, a lost or foreign index) or when asked to. Nothing here runs inside
 * deployment: the portal answers at once, and an index problem is logged and retried, never a failed deployment.
 * <p>
 * The rounds are started — and restarted if they ever stop — by a watchdog on the EJB timer service, which first
 * fires after deployment: GlassFish 8 can lose a task of a managed executor that falls due while the application is
 * still being deployed (its context set-up fails with a NullPointerException in {@code verifyApplicationEnabled}, and
 * a periodic task that never ran is never run again), which once left the index without rounds for good.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StudyIndexer {

    private static final System.Logger LOG = System.getLogger(StudyIndexer.class.getName());
    static final Duration REFRESH_INTERVAL = Duration.ofSeconds(1);
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(5);
    private static final long ROUND_MILLIS = 250;
    /* rounds come every quarter second: none for this long, and none running, means the task was lost */
    private static final Duration STALLED_AFTER = Duration.ofSeconds(3);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    SearchIndex searchIndex;

    @Inject
    IndexSource source;

    private final Object feedLock = new Object(); // a round and the final commit never overlap
    private IndexFeed feed;
    private volatile ScheduledFuture<?> rounds;
    private volatile boolean checked;
    private volatile CompletableFuture<Void> requestedRebuild;
    private volatile boolean idle;
    private int failuresInARow;
    private volatile long roundStartedNanos;
    private volatile long scheduledNanos;
    private volatile boolean inRound;

    @PostConstruct
    void start() {
        feed = new IndexFeed(searchIndex.index(), source, REFRESH_INTERVAL, COMMIT_INTERVAL);
    }

    /** Every second, from the first second after deployment: starts the rounds, or starts them anew if they stalled. */
    @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "study index watchdog")
    synchronized void watch() {
        long now = System.nanoTime();
        boolean stalled = rounds != null && !inRound
                && now - Math.max(roundStartedNanos, scheduledNanos) > STALLED_AFTER.toNanos();
        if (rounds == null || rounds.isDone() || stalled) {
            if (rounds != null) {
                rounds.cancel(false);
                LOG.log(System.Logger.Level.WARNING, "The index rounds had stopped; started again");
            }
            scheduledNanos = now;
            rounds = scheduler.scheduleWithFixedDelay(this::round, 0, ROUND_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /* One round on the indexer thread; never throws, so the schedule goes on after a failure. */
    private void round() {
        roundStartedNanos = System.nanoTime();
        inRound = true;
        try {
            synchronized (feedLock) {
                roundLocked();
            }
        } finally {
            inRound = false;
        }
    }

    private void roundLocked() {
        try {
            if (!checked) {
                if (!feed.mirrorsThisDatabase()) {
                    LOG.log(System.Logger.Level.INFO, "The study index does not mirror this database: rebuilding");
                    feed.rebuild(Instant.now());
                } else {
                    reconcile();
                }
                checked = true;
            }
            CompletableFuture<Void> rebuild = requestedRebuild;
            if (rebuild != null) {
                rebuildFor(rebuild);
            }
            int applied = feed.poll(Instant.now());
            idle = applied == 0 && feed.isRefreshed();
            failuresInARow = 0;
        } catch (Exception | Error e) {
            idle = false;
            if (failuresInARow++ % 40 == 0) { // once, then about every ten seconds while it lasts
                LOG.log(System.Logger.Level.WARNING, "Index update failed; the changes stay queued and are retried", e);
            }
        }
    }

    /* Once per start: an index that survived a crash is compared with the database it mirrors. */
    private void reconcile() throws IOException {
        long started = System.nanoTime();
        int queued = feed.reconcile();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (queued > 0) {
            LOG.log(System.Logger.Level.WARNING, "The study index differed from the database in {0} studies "
                    + "(after an unclean shutdown?); they are indexed again ({1} ms to compare)", queued, millis);
        } else {
            LOG.log(System.Logger.Level.INFO, "The study index matches the database ({0} ms to compare)", millis);
        }
    }

    private void rebuildFor(CompletableFuture<Void> request) {
        try {
            feed.rebuild(Instant.now());
            request.complete(null);
        } catch (Exception | Error e) {
            request.completeExceptionally(e);
            throw new IllegalStateException("Rebuilding the study index failed", e);
        } finally {
            requestedRebuild = null;
        }
    }

    /** Starts a rebuild of the whole index from the database on the indexer thread; returns when it is done. */
    public synchronized CompletableFuture<Void> requestRebuild() {
        CompletableFuture<Void> pending = requestedRebuild;
        if (pending == null) {
            pending = new CompletableFuture<>();
            requestedRebuild = pending;
        }
        return pending;
    }

    /** Rebuilds now and waits for it (tests, administration). */
    public void rebuild() {
        try {
            requestRebuild().get(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rebuilding the index", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Rebuilding the study index failed", e);
        }
    }

    /** True while the index is rebuilt (or about to be, at first start). */
    public boolean isRebuilding() {
        return !checked || feed.isRebuilding() || requestedRebuild != null;
    }

    /** True when every committed change is in the index and visible to searches. */
    public boolean isIdle() {
        return checked && idle && requestedRebuild == null;
    }

    public long pendingChanges() {
        return source.countPending();
    }

    /**
     * Stops the rounds and commits what was applied, so a normal shutdown leaves a current index; after a crash the
     * outbox still holds what the index had not committed.
     */
    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
        synchronized (feedLock) {
            try {
                feed.commit(Instant.now());
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Final index commit failed; the outbox keeps the changes", e);
            }
        }
    }
}
