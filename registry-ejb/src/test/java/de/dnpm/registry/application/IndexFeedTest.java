package de.dnpm.registry.application;

import de.dnpm.registry.search.application.StudyIndex;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.StudyQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox-to-index feed against a real Lucene index and an in-memory stand-in for the database (the real one is
 * exercised by the integration tests): nothing committed to the database is ever lost to the index.
 */
class IndexFeedTest {

    private static final Duration REFRESH = Duration.ofSeconds(1);
    private static final Duration COMMIT = Duration.ofSeconds(5);
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    /** The database as the feed sees it: studies by id and the outbox. */
    static final class Database implements IndexFeed.Source {
        final Map<Long, StudyDocument> studies = new TreeMap<>();
        final Map<Long, Long> outbox = new TreeMap<>(); // change id -> study id
        long lastChangeId = 1_000_000; // requeued changes take ids above the test's own
        int failuresToCome;
        boolean unordered;

        void change(long changeId, long studyId, String title) {
            studies.put(studyId, document(studyId, title));
            outbox.put(changeId, studyId);
        }

        @Override
        public List<IndexFeed.Change> pendingAfter(long afterId, int max) {
            return outbox.entrySet().stream().filter(e -> e.getKey() > afterId).limit(max)
                    .map(e -> new IndexFeed.Change(e.getKey(), e.getValue())).toList();
        }

        @Override
        public List<Long> pendingIds() {
            return List.copyOf(outbox.keySet());
        }

        @Override
        public void remove(Collection<Long> changeIds) {
            changeIds.forEach(outbox::remove);
        }

        @Override
        public List<StudyDocument> documents(Collection<Long> studyIds) {
            if (failuresToCome > 0) {
                failuresToCome--;
                throw new IllegalStateException("database connection lost");
            }
            return studyIds.stream().filter(studies::containsKey).map(studies::get).toList();
        }

        @Override
        public List<StudyDocument> documentsAfter(long afterStudyId, int max) {
            List<StudyDocument> chunk = studies.values().stream().filter(d -> d.studyId() > afterStudyId).limit(max)
                    .toList();
            return unordered ? chunk.reversed() : chunk; // as PostgreSQL may return an "in" list's rows
        }

        @Override
        public List<IndexFeed.StudyVersion> versionsAfter(long afterStudyId, int max) {
            return studies.values().stream().filter(d -> d.studyId() > afterStudyId).limit(max)
                    .map(d -> new IndexFeed.StudyVersion(d.studyId(), d.version())).toList();
        }

        @Override
        public void requeue(Collection<Long> studyIds) {
            studyIds.forEach(id -> outbox.put(++lastChangeId, id));
        }

        @Override
        public String installation() {
            return "db-1";
        }
    }

    @Test
    void changesAreVisibleAtOnceAndLeaveTheOutboxOnlyWhenCommitted() throws IOException {
        Database db = new Database();
        try (StudyIndex index = StudyIndex.inMemory()) {
            IndexFeed feed = new IndexFeed(index, db, REFRESH, COMMIT);
            feed.rebuild(T0);
            db.change(100, 1, "Osimertinib in EGFR-mutant lung cancer");
            db.change(101, 2, "Pembrolizumab in melanoma");

            assertEquals(2, feed.poll(T0.plusMillis(250)));

            assertEquals(2, index.search(StudyQuery.of("")).total(), "visible after the round (caught up: refreshed)");
            assertEquals(2, db.outbox.size(), "still in the outbox: the index has not committed them");
            feed.poll(T0.plusSeconds(6));
            assertTrue(db.outbox.isEmpty(), "removed once committed");
            assertEquals("db-1", index.commitData().get(IndexFeed.INSTALLATION));
        }
    }

    @Test
    void aFailedUpdateIsRepairedByTheNextRound() throws IOException {
        Database db = new Database();
        try (StudyIndex index = StudyIndex.inMemory()) {
            IndexFeed feed = new IndexFeed(index, db, REFRESH, COMMIT);
            feed.rebuild(T0);
            db.change(100, 1, "Osimertinib in EGFR-mutant lung cancer");
            db.failuresToCome = 1;

            assertThrows(IllegalStateException.class, () -> feed.poll(T0.plusSeconds(1)));
            db.change(101, 2, "Pembrolizumab in melanoma"); // a later change that succeeds
            feed.poll(T0.plusSeconds(2));

            assertEquals(2, index.search(StudyQuery.of("")).total(), "the failed change was applied after all");
        }
    }

    @Test
    void changesAppliedButNotCommittedSurviveACrash(@TempDir Path dir) throws IOException {
        Database db = new Database();
        try (StudyIndex index = StudyIndex.open(dir)) {
            IndexFeed feed = new IndexFeed(index, db, REFRESH, COMMIT);
            feed.rebuild(T0);
            db.change(100, 1, "Osimertinib in EGFR-mutant lung cancer");
            feed.poll(T0.plusSeconds(1));
            assertEquals(1, index.size());
        } // closed without a commit: as if the server had been killed
        try (StudyIndex reopened = StudyIndex.open(dir)) {
            assertEquals(0, reopened.size(), "the uncommitted change did not reach the disk");
            IndexFeed feed = new IndexFeed(reopened, db, REFRESH, COMMIT);
            assertTrue(feed.mirrorsThisDatabase());

            feed.poll(T0.plusSeconds(10));

            assertEquals(1, reopened.size(), "replayed from the outbox");
            assertTrue(db.outbox.isEmpty());
        }
    }

    @Test
    void aChangeThatCommitsLateBehindAHigherIdIsNotSkipped() throws IOException {
        Database db = new Database();
        try (StudyIndex index = StudyIndex.inMemory()) {
            IndexFeed feed = new IndexFeed(index, db, REFRESH, COMMIT);
            feed.rebuild(T0);
            db.change(150, 2, "Pembrolizumab in melanoma");
            feed.poll(T0.plusSeconds(1));
            db.change(100, 1, "Osimertinib in EGFR-mutant lung cancer"); // took its id earlier, committed later

            feed.poll(T0.plusSeconds(2));
            feed.poll(T0.plusSeconds(7)); // commits, then reads the outbox from its start
            feed.poll(T0.plusSeconds(8));

            assertEquals(2, index.search(StudyQuery.of("")).total());
        }
    }

    @Test
    void anIndexOfAnotherDatabaseIsRebuiltAndKeepsLaterChangesQueued() throws IOException {
        Database db = new Database();
        try (StudyIndex index = StudyIndex.inMemory()) {
            index.upsert(List.of(document(99, "A study of another database")), "foreign");
            IndexFeed feed = new IndexFeed(index, db, REFRESH, COMMIT);
            db.change(100, 1, "Osimertinib in EGFR-mutant lung cancer");
            assertFalse(feed.mirrorsThisDatabase());

            feed.rebuild(T0);

            assertTrue(feed.mirrorsThisDatabase());
            assertEquals(List.of(1L), ids(index), "only this database's studies");
            assertTrue(db.outbox.isEmpty(), "the change the rebuild read is done");
        }
    }

    @Test
    void aRebuildTakesEveryStudyOnceWhateverOrderTheDatabaseReturnsAChunkIn() throws IOException {
        Database db = new Database();
        db.unordered = true;
        for (long id = 1; id <= IndexFeed.REBUILD_CHUNK * 2L + 7; id++) {
            db.studies.put(id, document(id, "Study " + id));
        }
        try (StudyIndex index = StudyIndex.inMemory()) {
            new IndexFeed(index, db, REFRESH, COMMIT).rebuild(T0);

            assertEquals(db.studies.size(), index.size(), "each study once, none twice");
        }
    }

    @Test
    void theCheckAtStartQueuesStudiesTheIndexLacksHoldsStaleOrHoldsThoughDeleted() throws IOException {
        Database db = new Database();
        try (StudyIndex index = StudyIndex.inMemory()) {
            IndexFeed feed = new IndexFeed(index, db, REFRESH, COMMIT);
            for (long id = 1; id <= 5; id++) {
                db.change(id, id, "Study " + id);
            }
            feed.poll(T0);
            feed.commit(T0);
            assertEquals(0, feed.reconcile(), "an index equal to the database needs nothing");
            assertTrue(db.outbox.isEmpty());

            // what a database that kept part of an unfinished transaction looks like: changes without outbox rows
            db.studies.put(6L, document(6, "Study 6, its outbox row lost"));
            db.studies.put(2L, document(2, "Study 2, changed", 2));
            db.studies.remove(4L);

            assertEquals(3, feed.reconcile());
            feed.poll(T0.plusSeconds(10));

            assertEquals(List.of(1L, 2L, 3L, 5L, 6L), ids(index).stream().sorted().toList());
            assertEquals(2, index.versions().versionOf(2));
            assertEquals(0, feed.reconcile(), "after the queued changes the index equals the database");
        }
    }

    private static List<Long> ids(StudyIndex index) throws IOException {
        List<Long> ids = new ArrayList<>();
        index.search(StudyQuery.of("")).hits().forEach(hit -> ids.add(hit.studyId()));
        return ids;
    }

    /** A minimal index document; titles are written for the test, no real record is claimed. */
    private static StudyDocument document(long id, String title) {
        return document(id, title, 1);
    }

    private static StudyDocument document(long id, String title, long version) {
        return StudyDocument.builder(id)
                .primaryRegistryId("NCT" + String.format("%08d", 90000000 + id))
                .briefTitle(title)
                .overallStatus("RECRUITING")
                .studyType("INTERVENTIONAL")
                .sex("ALL")
                .version(version)
                .build();
    }
}
