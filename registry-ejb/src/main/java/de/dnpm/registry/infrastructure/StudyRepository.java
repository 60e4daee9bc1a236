package de.dnpm.registry.infrastructure;

import de.dnpm.registry.domain.ImportRun;
import de.dnpm.registry.domain.RegistryIdentifier;
import de.dnpm.registry.domain.SourceDocument;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.importer.domain.IdScheme;
import de.dnpm.registry.importer.domain.SourceFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Finds and stores studies and their source documents; callers bring the transaction. */
@ApplicationScoped
public class StudyRepository {

    /**
     * Collections a study is shown or indexed with. Loading them in batches ("IN" batch fetching, an EclipseLink
     * hint) turns one query per study and collection into one query per collection.
     */
    private static final List<String> BATCHED_COLLECTIONS = List.of("s.identifiers", "s.conditions",
            "s.conditionCodes", "s.keywords", "s.interventions", "s.phases", "s.sites", "s.collaborators");

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public Optional<Study> findByRegistryId(String registryId) {
        return em.createQuery("select i.study from RegistryIdentifier i where i.value = :value "
                        + "and i.scheme <> :sponsor "
                        + "order by i.primaryId desc, i.study.id", Study.class)
                .setParameter("value", RegistryIdentifier.normalise(registryId))
                .setParameter("sponsor", IdScheme.SPONSOR)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public boolean containsSourceVersion(SourceFormat format, String sourceId, String contentHash) {
        return !em.createQuery("select d.id from SourceDocument d where d.format = :format "
                        + "and d.sourceId = :sourceId and d.contentHash = :hash", Long.class)
                .setParameter("format", format).setParameter("sourceId", sourceId).setParameter("hash", contentHash)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public void add(Study study) {
        em.persist(study);
    }

    public void add(SourceDocument document) {
        em.persist(document);
    }

    public void add(ImportRun run) {
        em.persist(run);
    }

    /** Studies with everything the index needs, loaded with a fixed number of queries. */
    public List<Study> loadForIndexing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        TypedQuery<Study> query = em.createQuery("select s from Study s where s.id in :ids", Study.class)
                .setParameter("ids", ids);
        BATCHED_COLLECTIONS.forEach(path -> query.setHint("eclipselink.batch", path));
        query.setHint("eclipselink.batch.type", "IN");
        return query.getResultList();
    }

    /** Lets go of loaded entities, so a long read (an index rebuild) holds only its current chunk. */
    public void detachAll() {
        em.clear();
    }

    public List<Long> allIds() {
        return em.createQuery("select s.id from Study s order by s.id", Long.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(s) from Study s", Long.class).getSingleResult();
    }

    /** How many studies have each overall status, for checks against the index's facet counts. */
    public List<Object[]> countByStatus() {
        return em.createQuery("select s.overallStatus, count(s) from Study s group by s.overallStatus", Object[].class)
                .getResultList();
    }

    /** Identifies the database content the index was built from: number of studies and the last change. */
    public String stamp() {
        Object[] row = em.createQuery("select count(s), max(s.updatedAt) from Study s", Object[].class)
                .getSingleResult();
        Instant last = (Instant) row[1];
        return row[0] + "@" + (last == null ? "-" : last.toString());
    }

    public List<SourceDocument> sourcesOf(Study study) {
        return em.createQuery("select d from SourceDocument d where d.study = :study "
                        + "order by d.versionDate desc, d.id desc", SourceDocument.class)
                .setParameter("study", study).getResultList();
    }

    public long countSourceDocuments() {
        return em.createQuery("select count(d) from SourceDocument d", Long.class).getSingleResult();
    }
}
