package de.dnpm.registry.application;

import de.dnpm.registry.search.application.StudyIndex;
import de.dnpm.registry.search.domain.StudyDocument;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

        /** The id of this database, recorded in every index commit. */
        String installation();
    }

    static final String INSTALLATION = "installation";
    static final String COMMITTED_AT = "committedAt";
    static final int BATCH = 1000;
    static final int REBUILD_CHUNK = 500;

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

    /** Whether the index was built from this database; if not, it must be rebuilt before it is fed. */
    public boolean mirrorsThisDatabase() throws IOException {
        return source.installation().equals(index.commitData().get(INSTALLATION));
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
        index.commit(Map.of(INSTALLATION, source.installation(), COMMITTED_AT, now.toString()));
        unrefreshed = false;
        lastCommit = now;
        List<Long> committed = List.copyOf(appliedSinceCommit);
        appliedSinceCommit.clear();
        cursor = 0; // read the outbox from its start: late committers behind higher ids are found now
        source.remove(committed);
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
            index.rebuild(allDocuments(), Map.of(INSTALLATION, source.installation(), COMMITTED_AT, now.toString()));
            lastCommit = now;
            lastRefresh = now;
            source.remove(contained);
        } finally {
            rebuilding = false;
        }
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
