package de.dnpm.registry.application;

import de.dnpm.registry.search.application.StudyIndex;
import de.dnpm.registry.search.domain.IndexedVersions;
import de.dnpm.registry.search.domain.StudyDocument;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Carries committed study changes from the database's outbox into the Lucene index, in one thread: applies waiting
 * changes, makes them visible about every second (near-real-time refresh) and durable every few seconds (a Lucene
 * commit recording which database it mirrors), and only then removes them from the outbox. Whatever fails — the
 * index, the database, the server — the changes stay in the outbox and are applied again, so the index cannot drift.
 * <p>
 * Outbox ids are not in commit order (transactions take ids before they commit), so after each commit the feed
 * reads the outbox from its start again: a change that committed late behind a higher id is found then.
 */
public final class IndexFeed {

    /** A waiting change: the outbox row's id and the study it names. */
    public record Change(long id, long studyId) {
    }

    /** A study and its version in the database. */
    public record StudyVersion(long studyId, long version) {
    }

    /** The database side: the outbox and the documents of studies as they are now. */
    public interface Source {
        /** Waiting changes with an id above {@code afterId}, in id order. */
        List<Change> pendingAfter(long afterId, int max);

        /** The ids of all waiting changes. */
        List<Long> pendingIds();

        /** Removes changes that the index has committed. */
        void remove(Collection<Long> changeIds);

        /** The index documents of these studies; a study that no longer exists is simply missing. */
        List<StudyDocument> documents(Collection<Long> studyIds);

        /** The documents of the next studies in id order after {@code afterStudyId}, at most {@code max}. */
        List<StudyDocument> documentsAfter(long afterStudyId, int max);

        /** The next studies in id order after {@code afterStudyId} with their versions, at most {@code max}. */
        List<StudyVersion> versionsAfter(long afterStudyId, int max);

        /** Queues these studies for the index again (new outbox rows, in a transaction of its own). */
        void requeue(Collection<Long> studyIds);

        /** The id of this database, recorded in every index commit. */
        String installation();
    }

    static final String INSTALLATION = "installation";
    static final String COMMITTED_AT = "committedAt";
    static final int BATCH = 1000;
    static final int REBUILD_CHUNK = 500;
    static final int RECONCILE_CHUNK = 10_000;

    private final StudyIndex index;
    private final Source source;
    private final Duration refreshInterval;
    private final Duration commitInterval;

    private long cursor;
    private final List<Long> appliedSinceCommit = new ArrayList<>();
    private boolean unrefreshed;
    private Instant lastRefresh = Instant.EPOCH;
    private Instant lastCommit = Instant.EPOCH;
    private volatile boolean rebuilding;

    public IndexFeed(StudyIndex index, Source source, Duration refreshInterval, Duration commitInterval) {
        this.index = index;
        this.source = source;
        this.refreshInterval = refreshInterval;
        this.commitInterval = commitInterval;
    }

    /**
     * Whether the index was built from this database under this version of the index schema and its analysis; if
     * not, it must be rebuilt before it is fed.
     */
    public boolean mirrorsThisDatabase() throws IOException {
        return source.installation().equals(index.commitData().get(INSTALLATION)) && index.hasCurrentSchema();
    }

    /**
     * One round: applies the next waiting changes, refreshes and commits when due. Returns how many changes it
     * applied (0 when the outbox has nothing new). A failure leaves the changes waiting for the next round.
     */
    public int poll(Instant now) throws IOException {
        List<Change> changes = source.pendingAfter(cursor, BATCH);
        if (!changes.isEmpty()) {
            Set<Long> studyIds = new LinkedHashSet<>();
            changes.forEach(change -> studyIds.add(change.studyId()));
            List<StudyDocument> documents = source.documents(studyIds);
            Set<Long> gone = new HashSet<>(studyIds);
            documents.forEach(document -> gone.remove(document.studyId()));
            try {
                index.apply(documents, gone);
            } catch (IOException | RuntimeException e) {
                forgetUncommitted(); // the index went back to its last commit
                throw e;
            }
            changes.forEach(change -> appliedSinceCommit.add(change.id()));
            cursor = changes.getLast().id();
            unrefreshed = true;
        }
        boolean caughtUp = changes.size() < BATCH;
        if (unrefreshed && (caughtUp || !now.isBefore(lastRefresh.plus(refreshInterval)))) {
            index.refresh();
            unrefreshed = false;
            lastRefresh = now;
        }
        if (!appliedSinceCommit.isEmpty() && !now.isBefore(lastCommit.plus(commitInterval))) {
            commit(now);
        }
        return changes.size();
    }

    /** Commits what has been applied (if anything) and removes it from the outbox. */
    public void commit(Instant now) throws IOException {
        if (appliedSinceCommit.isEmpty()) {
            return;
        }
        index.commit(commitData(now));
        unrefreshed = false;
        lastCommit = now;
        List<Long> committed = List.copyOf(appliedSinceCommit);
        appliedSinceCommit.clear();
        cursor = 0; // read the outbox from its start: late committers behind higher ids are found now
        source.remove(committed);
    }

    /**
     * Compares the index with the database study by study (id and version) and queues every study the index lacks,
     * holds in another version, or holds although the database does not: the outbox then brings the index back to the
     * database. Run once at start-up. The outbox makes the index follow every committed change, but a database that
     * after a crash keeps part of an unfinished transaction (H2 was seen doing so after kill -9, see decision 002)
     * can hold studies whose outbox rows are gone; this check finds them. Returns how many studies it queued.
     */
    public int reconcile() throws IOException {
        index.refresh();
        IndexedVersions indexed = index.versions();
        boolean[] inDatabase = new boolean[indexed.size()];
        List<Long> differing = new ArrayList<>();
        int queued = 0;
        long after = 0;
        List<StudyVersion> chunk;
        do {
            chunk = source.versionsAfter(after, RECONCILE_CHUNK);
            for (StudyVersion study : chunk) {
                int at = Arrays.binarySearch(indexed.studyIds(), study.studyId());
                if (at >= 0) {
                    inDatabase[at] = true;
                }
                if (at < 0 || indexed.versions()[at] != study.version()) {
                    differing.add(study.studyId());
                }
                after = Math.max(after, study.studyId());
            }
            queued += requeue(differing, RECONCILE_CHUNK);
        } while (chunk.size() == RECONCILE_CHUNK);
        for (int i = 0; i < inDatabase.length; i++) {
            if (!inDatabase[i]) {
                differing.add(indexed.studyIds()[i]); // gone from the database: the feed deletes its document
            }
        }
        return queued + requeue(differing, 1);
    }

    /* Queues the differing studies once there are at least {@code atLeast}, and forgets them; returns how many. */
    private int requeue(List<Long> differing, int atLeast) {
        if (differing.isEmpty() || differing.size() < atLeast) {
            return 0;
        }
        int count = differing.size();
        source.requeue(List.copyOf(differing));
        differing.clear();
        return count;
    }

    /**
     * Rebuilds the index from the database in one Lucene commit; searches see the old index until it is done. The
     * changes waiting when it starts are contained in what it reads and are removed afterwards; later ones stay.
     */
    public void rebuild(Instant now) throws IOException {
        rebuilding = true;
        try {
            List<Long> contained = source.pendingIds();
            forgetUncommitted();
            index.rebuild(allDocuments(), commitData(now));
            lastCommit = now;
            lastRefresh = now;
            source.remove(contained);
        } finally {
            rebuilding = false;
        }
    }

    private Map<String, String> commitData(Instant now) {
        return Map.of(INSTALLATION, source.installation(), COMMITTED_AT, now.toString());
    }

    public boolean isRebuilding() {
        return rebuilding;
    }

    /** Whether every change read so far is visible to searches. */
    public boolean isRefreshed() {
        return !unrefreshed;
    }

    private void forgetUncommitted() {
        appliedSinceCommit.clear();
        cursor = 0;
        unrefreshed = false;
    }

    /** Every study's document, read chunk by chunk so memory holds one chunk at a time. */
    private Stream<StudyDocument> allDocuments() {
        Iterator<StudyDocument> documents = new Iterator<>() {
            private Iterator<StudyDocument> chunk = List.<StudyDocument>of().iterator();
            private long lastStudyId;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && !exhausted) {
                    List<StudyDocument> next = source.documentsAfter(lastStudyId, REBUILD_CHUNK);
                    exhausted = next.size() < REBUILD_CHUNK;
                    // the highest id, not the last one: the database need not return a chunk in id order
                    next.stream().mapToLong(StudyDocument::studyId).max().ifPresent(id -> lastStudyId = id);
                    chunk = next.iterator();
                }
                return chunk.hasNext();
            }

            @Override
            public StudyDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return chunk.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(documents, 0), false);
    }
}
