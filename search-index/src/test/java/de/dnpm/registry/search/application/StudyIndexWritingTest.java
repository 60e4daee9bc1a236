package de.dnpm.registry.search.application;

import de.dnpm.registry.search.domain.Facet;
import de.dnpm.registry.search.domain.FacetCount;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static de.dnpm.registry.search.StudyFixtures.*;
import static de.dnpm.registry.search.application.StudyIndexTest.registryIds;
import static org.junit.jupiter.api.Assertions.*;

/** Writing: upserts, deletes, rebuilds, stamps, persistence and concurrent searches. */
class StudyIndexWritingTest {

    private static final List<String> QUERIES = List.of("", "nsclc", "egfr mutation", "melanoma",
            "lung cancer EGFR", "osimertinib -tipifarnib", "chemotherapy", "NCT02369484");

    @Test
    void rebuildGivesTheSameResultsAsOneUpsertPerStudy() throws IOException {
        try (StudyIndex incremental = StudyIndex.inMemory(); StudyIndex rebuilt = StudyIndex.inMemory()) {
            for (StudyDocument study : ALL.reversed()) { // another order, one commit and segment each
                incremental.upsert(List.of(study), "study-" + study.studyId());
            }
            rebuilt.upsert(List.of(NCT06576635), "stale content, to be replaced");
            rebuilt.rebuild(ALL.stream(), "rebuild-1");

            assertEquals(ALL.size(), incremental.size());
            assertEquals(ALL.size(), rebuilt.size());
            for (String text : QUERIES) {
                StudyQuery query = new StudyQuery(text, Map.of(), null, 0, 200);
                StudyHits a = incremental.search(query);
                StudyHits b = rebuilt.search(query);
                assertEquals(a.total(), b.total(), text);
                assertEquals(registryIds(a), registryIds(b), text);
                assertEquals(a.facets(), b.facets(), text);
            }
            assertEquals(Optional.of("rebuild-1"), rebuilt.stamp());
        }
    }

    @Test
    void rebuildWithNothingEmptiesTheIndex() throws IOException {
        try (StudyIndex index = StudyIndex.inMemory()) {
            index.upsert(ALL, "1");
            index.rebuild(Stream.empty(), "2");

            StudyHits hits = index.search(StudyQuery.of(""));
            assertEquals(0, hits.total());
            hits.facets().values().forEach(counts -> assertEquals(List.of(), counts));
            assertEquals(Optional.of("2"), index.stamp());
        }
    }

    @Test
    void upsertReplacesTheStudyWithTheSameDatabaseId() throws IOException {
        try (StudyIndex index = StudyIndex.inMemory()) {
            index.upsert(ALL, "1");
            // NCT06576635 as it might look after a registry update (modified copy: status and titles changed)
            StudyDocument updated = NCT06576635.toBuilder()
                    .briefTitle("LUNG-05: OncoChoice-informed Chemotherapy in Metastatic NSCLC")
                    .officialTitle("LUNG-05: OncoChoice-informed Chemotherapy for Patients With Metastatic NSCLC")
                    .overallStatus("COMPLETED")
                    .lastUpdate("2026-01-15")
                    .build();
            index.upsert(List.of(updated), "2");

            assertEquals(ALL.size(), index.size());
            StudyHits hits = index.search(StudyQuery.of("NCT06576635"));
            assertEquals(1, hits.total());
            assertEquals("COMPLETED", hits.hits().get(0).overallStatus());
            assertEquals(1, index.search(StudyQuery.of("oncochoice informed")).total());
            assertEquals(0, index.search(StudyQuery.of("title:investigating")).total(), "old title words are gone");
            long recruiting = ALL.stream().filter(d -> d.overallStatus().equals("RECRUITING")).count();
            assertTrue(index.search(StudyQuery.of("")).facets().get(Facet.STATUS)
                    .contains(new FacetCount("RECRUITING", recruiting - 1)));
        }
    }

    @Test
    void deleteRemovesStudiesByDatabaseId() throws IOException {
        try (StudyIndex index = StudyIndex.inMemory()) {
            index.upsert(ALL, "1");
            index.delete(List.of(NCT04114136.studyId(), NCT04318717.studyId(), 9999L), "2");

            assertEquals(ALL.size() - 2, index.size());
            assertEquals(List.of("NCT06970236"), registryIds(index.search(StudyQuery.of("condition:melanoma"))));
            assertEquals(0, index.search(StudyQuery.of("NCT04114136")).total());
            assertEquals(Optional.of("2"), index.stamp());
        }
    }

    @Test
    void appliedChangesAreSearchableAfterRefreshAndDurableOnlyAfterCommit(@TempDir Path dir) throws IOException {
        try (StudyIndex index = StudyIndex.open(dir)) {
            index.apply(ALL, List.of());
            assertEquals(0, index.size(), "applied but not refreshed: not yet visible");
            index.refresh();
            assertEquals(ALL.size(), index.size(), "visible after a near-real-time refresh");
            assertEquals(Map.of(), index.commitData(), "nothing committed yet");
            index.commit(Map.of("lastChange", "17"));
            index.apply(List.of(), List.of(NCT00496392.studyId()));
            index.refresh();
            assertEquals(ALL.size() - 1, index.size());
        }
        try (StudyIndex reopened = StudyIndex.open(dir)) {
            assertEquals("17", reopened.commitData().get("lastChange"));
            assertTrue(reopened.hasCurrentSchema(), "every commit records the schema version");
            assertEquals(ALL.size(), reopened.size(), "the uncommitted deletion was not made durable");
        }
    }

    @Test
    void aFailedWriteReturnsTheIndexToItsLastCommit() throws IOException {
        try (StudyIndex index = StudyIndex.inMemory()) {
            index.apply(List.of(NCT06576635), List.of());
            index.commit(Map.of("lastChange", "1"));
            index.apply(List.of(NCT00496392), List.of());
            index.refresh();
            assertEquals(2, index.size());
            Stream<StudyDocument> failing = Stream.of(NCT02369484).map(study -> {
                throw new IllegalStateException("database connection lost");
            });

            assertThrows(IllegalStateException.class, () -> index.rebuild(failing, Map.of("lastChange", "2")));

            assertEquals(1, index.size(), "the applied but uncommitted study went with the failed write");
            assertEquals("1", index.commitData().get("lastChange"));
        }
    }

    @Test
    void keepsContentAndStampAcrossCloseAndReopen(@TempDir Path dir) throws IOException {
        try (StudyIndex index = StudyIndex.open(dir)) {
            assertEquals(Optional.empty(), index.stamp(), "a new index has no stamp");
            assertEquals(0, index.search(StudyQuery.of("")).total());
            index.upsert(ALL, "db-version-41");
            index.delete(List.of(NCT00496392.studyId()), "db-version-42");
        }
        try (StudyIndex reopened = StudyIndex.open(dir)) { // would fail with LockObtainFailedException

            assertEquals(Optional.of("db-version-42"), reopened.stamp());
            assertEquals(ALL.size() - 1, reopened.size());
            assertEquals(List.of("NCT02369484"), registryIds(reopened.search(StudyQuery.of("afatinib"))));
        }
    }

    @Test
    void searchesSeeTheOldContentUntilARebuildCommits() throws Exception {
        try (StudyIndex index = StudyIndex.inMemory()) {
            index.upsert(ALL, "old");
            CountDownLatch halfWritten = new CountDownLatch(1);
            CountDownLatch checked = new CountDownLatch(1);
            Stream<StudyDocument> slowNewContent = ALL.subList(0, 5).stream().peek(study -> {
                if (study.studyId() == 3L) {
                    halfWritten.countDown();
                    await(checked);
                }
            });
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try {
                Future<?> rebuild = executor.submit(() -> {
                    index.rebuild(slowNewContent, "new");
                    return null;
                });
                assertTrue(halfWritten.await(10, TimeUnit.SECONDS));
                assertEquals(ALL.size(), index.search(StudyQuery.of("")).total(), "old content while rebuilding");
                assertEquals(Optional.of("old"), index.stamp());
                checked.countDown();
                rebuild.get(10, TimeUnit.SECONDS);
            } finally {
                executor.shutdownNow();
            }
            assertEquals(5, index.search(StudyQuery.of("")).total());
            assertEquals(Optional.of("new"), index.stamp());
        }
    }

    @Test
    void failedRebuildLeavesThePreviousContentAndStamp() throws IOException {
        try (StudyIndex index = StudyIndex.inMemory()) {
            index.upsert(ALL, "good");
            Stream<StudyDocument> failing = Stream.concat(ALL.subList(0, 3).stream(),
                    Stream.<StudyDocument>of((StudyDocument) null).peek(x -> {
                        throw new IllegalStateException("database connection lost");
                    }));

            assertThrows(IllegalStateException.class, () -> index.rebuild(failing, "bad"));

            assertEquals(ALL.size(), index.size());
            assertEquals(Optional.of("good"), index.stamp());
            index.upsert(List.of(NCT06576635), "after");
            assertEquals(ALL.size(), index.size(), "the next commit does not publish the half rebuild");
            assertEquals(Optional.of("after"), index.stamp());
        }
    }

    @Test
    @Timeout(60)
    void answersConcurrentSearchesWhileWriting() throws Exception {
        try (StudyIndex index = StudyIndex.inMemory()) {
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService executor = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> searchers = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    searchers.add(executor.submit(() -> {
                        int searches = 0;
                        long lastTotal = 0;
                        while (writing.get() || searches == 0) {
                            StudyHits hits = index.search(StudyQuery.of("nsclc"));
                            assertTrue(hits.total() >= lastTotal, "the index only grows here");
                            assertEquals(Math.min(hits.total(), 20), hits.hits().size());
                            lastTotal = hits.total();
                            searches++;
                        }
                        return searches;
                    }));
                }
                for (StudyDocument study : ALL) {
                    index.upsert(List.of(study), "s" + study.studyId());
                }
                writing.set(false);
                for (Future<Integer> searcher : searchers) {
                    assertTrue(searcher.get(30, TimeUnit.SECONDS) > 0);
                }
            } finally {
                executor.shutdownNow();
            }
            assertEquals(ALL.size(), index.size());
            assertEquals(Set.copyOf(ALL.stream().map(StudyDocument::primaryRegistryId).toList()),
                    Set.copyOf(registryIds(index.search(new StudyQuery("", Map.of(), null, 0, 200)))));
        }
    }

    @Test
    void refusesUseAfterClose() throws IOException {
        StudyIndex index = StudyIndex.inMemory();
        index.close();
        index.close(); // twice is fine
        assertThrows(IllegalStateException.class, () -> index.search(StudyQuery.of("")));
        assertThrows(IllegalStateException.class, () -> index.upsert(ALL, "x"));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test did not release the rebuild");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
