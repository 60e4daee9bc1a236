package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.RegistryEntry;
import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.domain.SourceDocument;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.domain.RegistryIdNormalForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds and stores studies, their registry entries and source documents; callers bring the transaction. */
@ApplicationScoped
public class StudyRepository {

    /** At most this many values in one SQL "in" list; longer lists are split. */
    static final int IN_LIMIT = 1000;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /**
     * The entries of one registry with these own ids, with their studies: two queries for a whole batch. (As one
     * query with "join fetch", H2 scanned the study table for every batch instead of using the registry-id index,
     * so imports slowed down as the database grew.)
     */
    public List<RegistryEntry> findEntries(RegistryScheme scheme, Collection<String> registryIds) {
        if (registryIds.isEmpty()) {
            return List.of();
        }
        List<RegistryEntry> entries = new ArrayList<>();
        List<Long> studyIds = new ArrayList<>();
        em.createQuery("select e, e.study.id from RegistryEntry e where e.registryId in :ids", Object[].class)
                .setParameter("ids", registryIds).getResultList().stream()
                .filter(row -> ((RegistryEntry) row[0]).getScheme() == scheme)
                .forEach(row -> {
                    entries.add((RegistryEntry) row[0]);
                    studyIds.add((Long) row[1]);
                });
        if (!studyIds.isEmpty()) {
            // loads the studies into the persistence context, where the entries' lazy references then find them
            em.createQuery("select s from Study s where s.id in :ids", Study.class)
                    .setParameter("ids", studyIds).getResultList();
        }
        return entries;
    }

    /** The content hashes of every stored version of these entries, by entry id. */
    public Map<Long, Set<String>> storedVersionHashes(Collection<Long> entryIds) {
        Map<Long, Set<String>> hashes = new HashMap<>();
        if (entryIds.isEmpty()) {
            return hashes;
        }
        em.createQuery("select d.entry.id, d.contentHash from SourceDocument d where d.entry.id in :ids",
                        Object[].class)
                .setParameter("ids", entryIds).getResultList()
                .forEach(row -> hashes.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((String) row[1]));
        return hashes;
    }

    /**
     * The study with this registry id: the study of the entry that has it as its own id, else the one study whose
     * entries name it as a secondary id (an EudraCT number, a sponsor's protocol number). Registry numbers are
     * compared in their normal form, sponsor numbers as written; an id that several studies name finds none.
     */
    public Optional<Study> findByRegistryId(String registryId) {
        String id = RegistryIdNormalForm.normalise(registryId);
        Optional<Study> own = em.createQuery("select e.study from RegistryEntry e where e.registryId = :id",
                        Study.class)
                .setParameter("id", id).setMaxResults(1).getResultStream().findFirst();
        if (own.isPresent()) {
            return own;
        }
        // a sponsor's number is kept as written, a registry number in its normal form: either may be asked for
        List<Study> naming = em.createQuery("select distinct l.entry.study from RegistryLink l "
                        + "where l.value = :id or l.value = :asWritten", Study.class)
                .setParameter("id", id).setParameter("asWritten", registryId.strip())
                .setMaxResults(2).getResultList();
        return naming.size() == 1 ? Optional.of(naming.getFirst()) : Optional.empty();
    }

    /**
     * The database id of the study {@link #findByRegistryId} finds, without loading the study: a page then loads it
     * whole with {@link #loadWhole}, whose batch fetching applies only to studies not yet in the persistence context.
     */
    public Optional<Long> findStudyId(String registryId) {
        String id = RegistryIdNormalForm.normalise(registryId);
        Optional<Long> own = em.createQuery("select e.study.id from RegistryEntry e where e.registryId = :id",
                        Long.class)
                .setParameter("id", id).setMaxResults(1).getResultStream().findFirst();
        if (own.isPresent()) {
            return own;
        }
        List<Long> naming = em.createQuery("select distinct l.entry.study.id from RegistryLink l "
                        + "where l.value = :id or l.value = :asWritten", Long.class)
                .setParameter("id", id).setParameter("asWritten", registryId.strip())
                .setMaxResults(2).getResultList();
        return naming.size() == 1 ? Optional.of(naming.getFirst()) : Optional.empty();
    }

    /**
     * The ids of the stored studies whose entries have one of these values as their own id or name one as a public
     * registry id: two indexed queries per thousand values. What this transaction has not yet written is not seen
     * (the caller holds it; flushing here would make EclipseLink compute every change of the batch twice).
     */
    public Set<Long> studiesSharing(Collection<String> values) {
        Set<Long> studyIds = new HashSet<>();
        if (values.isEmpty()) {
            return studyIds;
        }
        List<String> all = new ArrayList<>(values);
        for (int i = 0; i < all.size(); i += IN_LIMIT) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IN_LIMIT));
            studyIds.addAll(em.createQuery("select e.study.id from RegistryEntry e where e.registryId in :ids",
                    Long.class).setParameter("ids", chunk).getResultList());
            studyIds.addAll(em.createQuery("select l.entry.study.id from RegistryLink l "
                            + "where l.value in :ids and l.scheme not in :private", Long.class)
                    .setParameter("ids", chunk)
                    .setParameter("private", List.of(RegistryScheme.SPONSOR, RegistryScheme.OTHER))
                    .getResultList());
        }
        return studyIds;
    }

    /** Every entry of these studies, with its study and its links, in a fixed number of queries. */
    public List<RegistryEntry> entriesOf(Collection<Long> studyIds) {
        List<RegistryEntry> entries = new ArrayList<>();
        List<Long> ids = new ArrayList<>(studyIds);
        for (int i = 0; i < ids.size(); i += IN_LIMIT) {
            TypedQuery<RegistryEntry> query = em.createQuery("select e from RegistryEntry e join fetch e.study "
                    + "where e.study.id in :ids", RegistryEntry.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIMIT)));
            query.setHint("eclipselink.batch", "e.links");
            query.setHint("eclipselink.batch.type", "IN");
            entries.addAll(query.getResultList());
        }
        return entries;
    }

    /** Whether any stored source document has this content hash. */
    public boolean hasDocument(String contentHash) {
        return !em.createQuery("select d.id from SourceDocument d where d.contentHash = :hash", Long.class)
                .setParameter("hash", contentHash).setMaxResults(1).getResultList().isEmpty();
    }

    /** The stored document of the version an entry shows. */
    public Optional<SourceDocument> shownDocument(RegistryEntry entry) {
        return em.createQuery("select d from SourceDocument d where d.entry = :entry and d.contentHash = :hash",
                        SourceDocument.class)
                .setParameter("entry", entry).setParameter("hash", entry.getVersion().contentHash())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Removes a study that linking emptied (its entries now belong to another study). */
    public void remove(Study study) {
        em.remove(study);
    }

    public void add(Study study) {
        em.persist(study);
    }

    public void add(SourceDocument document) {
        em.persist(document);
    }

    /** Studies with everything the index or a page needs, loaded with a fixed number of queries. */
    public List<Study> loadWhole(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Study> query = em.createQuery("select s from Study s where s.id in :ids", Study.class)
                .setParameter("ids", ids);
        // "IN" batch fetching (an EclipseLink hint): one query per collection for the whole list, not one per study
        query.setHint("eclipselink.batch", "s.sites");
        query.setHint("eclipselink.batch", "s.entries");
        query.setHint("eclipselink.batch", "s.entries.links");
        query.setHint("eclipselink.batch.type", "IN");
        return query.getResultList();
    }

    /** Lets go of loaded entities, so a long read (an index rebuild) holds only its current chunk. */
    public void detachAll() {
        em.clear();
    }

    /** Study ids in ascending order after {@code afterId}, at most {@code max}: for reading everything in chunks. */
    public List<Long> idsAfter(long afterId, int max) {
        return em.createQuery("select s.id from Study s where s.id > :after order by s.id", Long.class)
                .setParameter("after", afterId).setMaxResults(max).getResultList();
    }

    /** The next studies after {@code afterId} in id order, each as {id, version}: at most {@code max}. */
    public List<long[]> versionsAfter(long afterId, int max) {
        return em.createQuery("select s.id, s.version from Study s where s.id > :after order by s.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(max).getResultList().stream()
                .map(row -> new long[]{((Number) row[0]).longValue(), ((Number) row[1]).longValue()}).toList();
    }

    public long count() {
        return em.createQuery("select count(s) from Study s", Long.class).getSingleResult();
    }

    /** How many studies have each overall status, for checks against the index's facet counts. */
    public List<Object[]> countByStatus() {
        return em.createQuery("select s.overallStatus, count(s) from Study s group by s.overallStatus", Object[].class)
                .getResultList();
    }

    /** The stored versions of the study's entries, newest first (by version date, then by when imported). */
    public List<SourceDocument> sourcesOf(Study study, int first, int max) {
        return em.createQuery("select d from SourceDocument d where d.entry.study = :study "
                        + "order by d.versionDate desc, d.id desc", SourceDocument.class)
                .setParameter("study", study).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public Optional<SourceDocument> sourceOf(Study study, long documentId) {
        return em.createQuery("select d from SourceDocument d where d.id = :id and d.entry.study = :study",
                        SourceDocument.class)
                .setParameter("id", documentId).setParameter("study", study).getResultStream().findFirst();
    }

    public long countSourceDocuments() {
        return em.createQuery("select count(d) from SourceDocument d", Long.class).getSingleResult();
    }

    public long countEntries() {
        return em.createQuery("select count(e) from RegistryEntry e", Long.class).getSingleResult();
    }
}
