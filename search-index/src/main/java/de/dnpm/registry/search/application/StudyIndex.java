package de.dnpm.registry.search.application;

import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The study index: one IndexWriter, near-real-time searches through a SearcherManager. It is derived data: the
 * caller (the application) decides what goes in and stores a "stamp" with each commit, so it can tell at start-up
 * whether the index still matches the database. Thread-safe.
 */
public final class StudyIndex implements Closeable {

    /** Opens (or creates) the index in a directory on disk. */
    public static StudyIndex open(Path directory) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** An index held in memory, for tests. */
    public static StudyIndex inMemory() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Adds or replaces studies (keyed by studyId), commits with the given stamp and makes them searchable. */
    public void upsert(Collection<StudyDocument> documents, String stamp) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Removes studies by database id, commits with the given stamp. */
    public void delete(Collection<Long> studyIds, String stamp) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Replaces the whole index content by the given documents in one commit; searches see old or new, never half. */
    public void rebuild(Stream<StudyDocument> all, String stamp) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Runs a search. Throws InvalidQueryException for text that does not parse. */
    public StudyHits search(StudyQuery query) throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Number of studies in the index. */
    public long size() throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The stamp of the last commit, empty for a new index. */
    public Optional<String> stamp() throws IOException {
        throw new UnsupportedOperationException("not yet implemented");
    }

    @Override
    public void close() throws IOException {
    }
}
