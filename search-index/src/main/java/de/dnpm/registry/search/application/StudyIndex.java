package de.dnpm.registry.search.application;

import de.dnpm.registry.search.domain.IndexedVersions;
import de.dnpm.registry.search.domain.InvalidQueryException;
import de.dnpm.registry.search.domain.RegistryStatistics;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import de.dnpm.registry.search.domain.BiomarkerVocabulary;
import de.dnpm.registry.search.domain.Suggestion;
import de.dnpm.registry.search.infrastructure.ConceptDictionaryLoader;
import de.dnpm.registry.search.infrastructure.RegistryStatisticsReader;
import de.dnpm.registry.search.infrastructure.StudySuggestions;
import de.dnpm.registry.search.infrastructure.StudyAnalyzers;
import de.dnpm.registry.search.infrastructure.StudyDocumentMapper;
import de.dnpm.registry.search.infrastructure.StudyFields;
import de.dnpm.registry.search.infrastructure.StudyQueryBuilder;
import de.dnpm.registry.search.infrastructure.StudySearch;
import de.dnpm.registry.search.infrastructure.StudyVersionReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * The study index: one IndexWriter, near-real-time searches through a SearcherManager. It is derived data: the
 * caller (the application) decides what goes in, when changes become visible ({@link #refresh()}) and when durable
 * ({@link #commit(Map)}), and stores its own position in each commit's data, so it can tell at start-up what the
 * index already holds. Thread-safe: searches run concurrently with each other and with one
 * write at a time; a search sees the index as of the last completed write, never a write in progress.
 * <p>
 * The query rules (plain text versus query syntax, AND, field weights, ids, age, facets, order) are described in
 * {@link de.dnpm.registry.search.infrastructure.StudyTextQueryParser} and {@link StudyQueryBuilder}.
 */
public final class StudyIndex implements Closeable {

    private static final System.Logger LOG = System.getLogger(StudyIndex.class.getName());

    private final Directory directory;
    private final Analyzer analyzer = StudyAnalyzers.perField();
    private final FacetsConfig facetsConfig = StudyFields.facetsConfig();
    private final StudyDocumentMapper mapper = new StudyDocumentMapper(facetsConfig);
    private final RegistryStatisticsReader statistics = new RegistryStatisticsReader(facetsConfig);
    private final StudySearch search;
    private final de.dnpm.registry.search.infrastructure.TrialMatcher matcher =
            new de.dnpm.registry.search.infrastructure.TrialMatcher(facetsConfig);
    private final de.dnpm.registry.search.domain.matching.TrialAssessor assessor =
            new de.dnpm.registry.search.domain.matching.TrialAssessor();
    private final StudySuggestions suggestions = new StudySuggestions(ConceptDictionaryLoader::shared,
            BiomarkerVocabulary::standard);
    /* Builds the suggestions off the request path: at open, then at most every SUGGESTIONS_DELAY after changes. */
    private final java.util.concurrent.ScheduledThreadPoolExecutor suggestionBuilder = suggestionThread();
    private final java.util.concurrent.atomic.AtomicBoolean suggestionsDue =
            new java.util.concurrent.atomic.AtomicBoolean();
    private volatile long suggestionsVersion = -1; // the reader version the suggestions were built from
    /* One daemon thread; closing the index drops a build not yet started and lets a running one finish unused. */
    private static java.util.concurrent.ScheduledThreadPoolExecutor suggestionThread() {
        var executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "study-suggestions");
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    /** How long after a change the suggestions are rebuilt: changes of an import in progress come together. */
    static final long SUGGESTIONS_DELAY_SECONDS = 10;

    /* One write (change, commit, refresh) at a time; reentrant, so upsert can hold it across apply and commit. */
    private final ReentrantLock writeLock = new ReentrantLock();
    /* Searches share the read side; replacing the writer (after a failed write) and closing take the write side. */
    private final ReentrantReadWriteLock engineLock = new ReentrantReadWriteLock();
    private Engine engine; // guarded by engineLock; null once closed or after a failed recovery
    private boolean closed; // guarded by engineLock

    private record Engine(IndexWriter writer, SearcherManager searchers) {
        static Engine open(Directory directory, Analyzer analyzer) throws IOException {
            IndexWriter writer = new IndexWriter(directory,
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                            // only commit() makes changes durable, so a commit's data describes exactly its content
                            .setCommitOnClose(false)
                            // bulk imports: fewer, larger flushed segments, and no compound-file copy of each
                            // (near-real-time refreshes flush a segment every second)
                            .setRAMBufferSizeMB(64)
                            // stored fields hold the snippet texts: deflate them (the index grew by 30 % with them,
                            // not 70 %); only the page's hits are read, so the slower reading does not show
                            .setCodec(new org.apache.lucene.codecs.lucene104.Lucene104Codec(
                                    org.apache.lucene.codecs.lucene104.Lucene104Codec.Mode.BEST_COMPRESSION))
                            .setUseCompoundFile(false));
            try {
                if (!DirectoryReader.indexExists(directory)) {
                    writer.commit(); // a first, empty commit: stamp() and readers then need no special case
                }
                return new Engine(writer, new SearcherManager(writer, null));
            } catch (IOException | RuntimeException e) {
                writer.close();
                throw e;
            }
        }

        void close() throws IOException {
            try (IndexWriter w = writer) {
                searchers.close();
            }
        }
    }

    private StudyIndex(Directory directory, java.time.Clock clock) throws IOException {
        this.directory = directory;
        this.search = new StudySearch(analyzer, facetsConfig, ConceptDictionaryLoader::shared, clock);
        this.engine = Engine.open(directory, analyzer);
        scheduleSuggestions(0);
    }

    /** Opens (or creates) the index in a directory on disk. */
    public static StudyIndex open(Path directory) throws IOException {
        return open(directory, java.time.Clock.systemDefaultZone());
    }

    /**
     * Opens (or creates) the index in a directory on disk; {@code clock} says what today is for the date-range facets
     * and for recruiting studies whose records went stale.
     */
    public static StudyIndex open(Path directory, java.time.Clock clock) throws IOException {
        Directory fs = FSDirectory.open(directory);
        try {
            return new StudyIndex(fs, clock);
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    /** An index held in memory, for tests. */
    public static StudyIndex inMemory() {
        return inMemory(java.time.Clock.systemDefaultZone());
    }

    /** An index held in memory whose "today" comes from {@code clock}, for tests. */
    public static StudyIndex inMemory(java.time.Clock clock) {
        try {
            return new StudyIndex(new ByteBuffersDirectory(), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds or replaces studies (keyed by studyId) and removes others, without committing and without making the
     * change visible: {@link #refresh()} shows it to searches, {@link #commit(Map)} makes it durable. If this fails,
     * every change since the last commit is discarded (the index returns to its last commit) and the exception is
     * rethrown, so the caller re-applies whatever it had not yet committed.
     */
    public void apply(Collection<StudyDocument> upserts, Collection<Long> deletions) throws IOException {
        List<Document> docs = new ArrayList<>(upserts.size());
        for (StudyDocument study : upserts) {
            docs.add(mapper.toDocument(study));
        }
        List<Long> ids = upserts.stream().map(StudyDocument::studyId).toList();
        Term[] removed = deletions.stream().map(StudyDocumentMapper::key).toArray(Term[]::new);
        change(writer -> {
            for (int i = 0; i < docs.size(); i++) {
                writer.updateDocument(StudyDocumentMapper.key(ids.get(i)), docs.get(i));
            }
            if (removed.length > 0) {
                writer.deleteDocuments(removed);
            }
        });
    }

    /** Makes everything applied so far visible to searches (near-real-time: no fsync). */
    public void refresh() throws IOException {
        writeLock.lock();
        try {
            current().searchers().maybeRefreshBlocking();
        } finally {
            writeLock.unlock();
        }
        scheduleSuggestions(SUGGESTIONS_DELAY_SECONDS);
    }

    /**
     * Completions for what a person is typing (conditions, interventions, disease names in German and English,
     * biomarkers), best first; see {@link StudySuggestions}. Answered from memory, never waiting for the index: they
     * are built in the background when the index opens and again a few seconds after it changed, so they lag
     * behind the searchable studies by that much (and are empty until the first build, about a second).
     *
     * @throws IllegalArgumentException for a text longer than {@value StudySuggestions#MAX_PREFIX_LENGTH} characters
     *                                  or a limit outside 1..{@value StudySuggestions#MAX_LIMIT}
     */
    public List<Suggestion> suggest(String typed, int limit) throws IOException {
        return suggestions.suggest(typed, limit);
    }

    /**
     * Builds the suggestions from the index as searches see it now, on the caller's thread (the background does this
     * by itself; for tests, and for whoever must see them current at once). Does nothing when they are current.
     */
    public void updateSuggestions() throws IOException {
        SearcherManager searchers;
        IndexSearcher searcher;
        engineLock.readLock().lock();
        try {
            searchers = open().searchers();
            searcher = searchers.acquire();
        } finally {
            engineLock.readLock().unlock();
        }
        try {
            long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            synchronized (suggestions) {
                if (version != suggestionsVersion) {
                    suggestions.rebuild(searcher.getIndexReader());
                    suggestionsVersion = version;
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    private void scheduleSuggestions(long delaySeconds) {
        if (suggestionsDue.compareAndSet(false, true)) {
            try {
                suggestionBuilder.schedule(() -> {
                    suggestionsDue.set(false);
                    try {
                        updateSuggestions();
                    } catch (IOException | RuntimeException e) {
                        if (!suggestionBuilder.isShutdown()) { // closing while building is no failure
                            LOG.log(System.Logger.Level.WARNING, "Building the search suggestions failed; the old"
                                    + " ones stay until the next change", e);
                        }
                    }
                }, delaySeconds, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                suggestionsDue.set(false);
            }
        }
    }

    /**
     * Makes everything applied so far durable, with {@code commitData} (for instance the last change applied) stored
     * in the commit, and visible. Lucene commits fsync: call this every few seconds, not per change.
     */
    public void commit(Map<String, String> commitData) throws IOException {
        Objects.requireNonNull(commitData, "commitData");
        Map<String, String> data = new java.util.HashMap<>(commitData);
        data.put(StudyFields.SCHEMA, StudyFields.SCHEMA_VERSION);
        change(writer -> {
            writer.setLiveCommitData(Map.copyOf(data).entrySet());
            writer.commit();
        });
        refresh();
    }

    /**
     * Whether the last commit was written under this version of the index schema and its analysis
     * ({@link StudyFields#SCHEMA_VERSION}, recorded in every commit); an index that is not must be rebuilt.
     */
    public boolean hasCurrentSchema() throws IOException {
        return StudyFields.SCHEMA_VERSION.equals(commitData().get(StudyFields.SCHEMA));
    }

    /** The user data of the last commit (empty for a new index). */
    public Map<String, String> commitData() throws IOException {
        engineLock.readLock().lock();
        try {
            open();
            return Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData());
        } finally {
            engineLock.readLock().unlock();
        }
    }

    /** Adds or replaces studies, commits with the given stamp and makes them searchable (apply, commit, refresh). */
    public void upsert(Collection<StudyDocument> documents, String stamp) throws IOException {
        writeLock.lock();
        try {
            apply(documents, List.of());
            commit(Map.of(StudyFields.STAMP, Objects.requireNonNull(stamp, "stamp")));
        } finally {
            writeLock.unlock();
        }
    }

    /** Removes studies by database id, commits with the given stamp. */
    public void delete(Collection<Long> studyIds, String stamp) throws IOException {
        writeLock.lock();
        try {
            apply(List.of(), studyIds);
            commit(Map.of(StudyFields.STAMP, Objects.requireNonNull(stamp, "stamp")));
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Replaces the whole index content by the given documents in one commit carrying {@code commitData}; searches see
     * old or new, never half. If the stream fails, the index keeps its previous content and commit data.
     */
    public void rebuild(Stream<StudyDocument> all, Map<String, String> commitData) throws IOException {
        writeLock.lock();
        try {
            change(writer -> {
                writer.deleteAll();
                for (Iterator<StudyDocument> it = all.iterator(); it.hasNext(); ) {
                    writer.addDocument(mapper.toDocument(it.next()));
                }
            });
            commit(commitData);
        } finally {
            writeLock.unlock();
        }
    }

    /** {@link #rebuild(Stream, Map)} with a stamp as the commit data. */
    public void rebuild(Stream<StudyDocument> all, String stamp) throws IOException {
        rebuild(all, Map.of(StudyFields.STAMP, Objects.requireNonNull(stamp, "stamp")));
    }

    /**
     * Runs a search. Throws InvalidQueryException for text that does not parse.
     *
     * @throws IllegalArgumentException for an age outside 0..150 years
     */
    public StudyHits search(StudyQuery query) throws IOException {
        engineLock.readLock().lock();
        try {
            SearcherManager searchers = open().searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.run(searcher, query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("The search has too many words; please shorten it.", e);
        } finally {
            engineLock.readLock().unlock();
        }
    }

    /**
     * Matches one patient against every trial of the index: candidates by diagnosis keys and biomarker keys of the
     * trials' criteria (and place, when a radius is given), each assessed criterion by criterion, ranked.
     */
    public de.dnpm.registry.search.domain.matching.TrialMatches match(
            de.dnpm.registry.search.domain.matching.PatientFacts patient,
            de.dnpm.registry.search.domain.matching.MatchQuery query) throws IOException {
        java.util.Set<String> diagnosisKeys = patient.diagnosisKeys();
        java.util.Set<String> biomarkerKeys = patient.biomarkerKeys();
        engineLock.readLock().lock();
        try {
            SearcherManager searchers = open().searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                return matcher.match(searcher, diagnosisKeys, biomarkerKeys, query,
                        criteria -> assessor.assess(patient, criteria));
            } finally {
                searchers.release(searcher);
            }
        } finally {
            engineLock.readLock().unlock();
        }
    }

    /** Number of studies in the index. */
    public long size() throws IOException {
        engineLock.readLock().lock();
        try {
            SearcherManager searchers = open().searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } finally {
            engineLock.readLock().unlock();
        }
    }

    /**
     * The studies the index holds with the database version of each, as of the last {@link #refresh()}: what a
     * check against the database compares (reads doc values only; about a second for 600,000 studies).
     */
    public IndexedVersions versions() throws IOException {
        engineLock.readLock().lock();
        try {
            SearcherManager searchers = open().searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                return StudyVersionReader.read(searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
        } finally {
            engineLock.readLock().unlock();
        }
    }

    /**
     * The registry at a glance as of the last {@link #refresh()}: counted from doc values once per refresh and then
     * kept, so a statistics page asked for often costs nothing while the index does not change.
     */
    public RegistryStatistics statistics() throws IOException {
        engineLock.readLock().lock();
        try {
            SearcherManager searchers = open().searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                return statistics.read(searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
        } finally {
            engineLock.readLock().unlock();
        }
    }

    /** The stamp of the last commit, empty for a new index. */
    public Optional<String> stamp() throws IOException {
        return Optional.ofNullable(commitData().get(StudyFields.STAMP));
    }

    @Override
    public void close() throws IOException {
        writeLock.lock();
        engineLock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            suggestionBuilder.shutdown();
            try (Directory d = directory; Analyzer a = analyzer; StudySuggestions s = suggestions) {
                if (engine != null) {
                    engine.close(); // releases write.lock
                }
            } finally {
                engine = null;
            }
        } finally {
            engineLock.writeLock().unlock();
            writeLock.unlock();
        }
    }

    private interface Change {
        void apply(IndexWriter writer) throws IOException;
    }

    /** Applies a change to the writer, one at a time; a failure discards everything since the last commit. */
    private void change(Change change) throws IOException {
        writeLock.lock();
        try {
            Engine current = current();
            try {
                change.apply(current.writer());
            } catch (IOException | RuntimeException | Error e) {
                discardUncommitted(current, e);
                throw e;
            }
        } finally {
            writeLock.unlock();
        }
    }

    private Engine current() {
        engineLock.readLock().lock();
        try {
            return open();
        } finally {
            engineLock.readLock().unlock();
        }
    }

    /*
     * A failed write may have left changes in the writer (a rebuild's deleteAll, half the documents); the next
     * successful commit would publish them. IndexWriter can only drop them by rollback(), which closes it, so the
     * writer and its SearcherManager are replaced, waiting for running searches to finish.
     */
    private void discardUncommitted(Engine failed, Throwable cause) {
        LOG.log(System.Logger.Level.WARNING, "Index write failed ({0}); rolling back to the last commit", cause);
        engineLock.writeLock().lock();
        try {
            failed.searchers().close();
            failed.writer().rollback();
            engine = Engine.open(directory, analyzer);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
            engine = null; // unusable: every further call fails with IllegalStateException
        } finally {
            engineLock.writeLock().unlock();
        }
    }

    private Engine open() {
        if (closed) {
            throw new IllegalStateException("the study index is closed");
        }
        if (engine == null) {
            throw new IllegalStateException("the study index could not recover from a failed write; reopen it");
        }
        return engine;
    }
}
