package de.dnpm.registry.application;

import de.dnpm.registry.infrastructure.SearchIndex;
import de.dnpm.registry.infrastructure.StudyDocumentAssembler;
import de.dnpm.registry.infrastructure.StudyRepository;
import de.dnpm.registry.search.domain.StudyDocument;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the derived Lucene index in line with the database, which is the truth: re-indexes changed studies, and
 * rebuilds everything when the index is missing or was built from other data (its stamp differs).
 */
@Stateless
public class StudyIndexer {

    private static final System.Logger LOG = System.getLogger(StudyIndexer.class.getName());
    private static final int REBUILD_CHUNK = 500;

    @Inject
    StudyRepository studies;

    @Inject
    SearchIndex searchIndex;

    private final StudyDocumentAssembler assembler = new StudyDocumentAssembler();

    /** Re-reads the given studies in a fresh transaction (the changing one has committed) and updates the index. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reindex(Collection<Long> studyIds) {
        List<StudyDocument> documents = studies.loadForIndexing(studyIds).stream().map(assembler::toDocument).toList();
        try {
            searchIndex.index().upsert(documents, studies.stamp());
        } catch (IOException e) {
            throw new UncheckedIOException("Indexing studies " + studyIds + " failed", e);
        }
    }

    /** Rebuilds the index when its stamp does not match the database; returns whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean rebuildIfStale() {
        String stamp = studies.stamp();
        try {
            Optional<String> indexed = searchIndex.index().stamp();
            if (indexed.isPresent() && indexed.get().equals(stamp)
                    && searchIndex.index().size() == studies.count()) {
                return false;
            }
            LOG.log(System.Logger.Level.INFO, "Study index is {0} (index {1}, database {2}): rebuilding",
                    indexed.isEmpty() ? "missing" : "stale", indexed.orElse("-"), stamp);
            rebuild(stamp);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Rebuilding the study index failed", e);
        }
    }

    /** Rebuilds the whole index from the database, whatever its state. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void rebuild() {
        try {
            rebuild(studies.stamp());
        } catch (IOException e) {
            throw new UncheckedIOException("Rebuilding the study index failed", e);
        }
    }

    private void rebuild(String stamp) throws IOException {
        List<Long> ids = studies.allIds();
        // Loaded chunk by chunk, so memory holds one chunk of entities, not the whole registry.
        java.util.stream.Stream<StudyDocument> documents = chunks(ids).stream()
                .flatMap(chunk -> {
                    List<StudyDocument> docs = studies.loadForIndexing(chunk).stream()
                            .map(assembler::toDocument).toList();
                    studies.detachAll();
                    return docs.stream();
                });
        searchIndex.index().rebuild(documents, stamp);
        LOG.log(System.Logger.Level.INFO, "Study index rebuilt with {0} studies", ids.size());
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += REBUILD_CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + REBUILD_CHUNK)));
        }
        return chunks;
    }
}
