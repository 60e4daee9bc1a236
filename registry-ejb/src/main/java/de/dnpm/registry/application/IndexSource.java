package de.dnpm.registry.application;

import de.dnpm.registry.infrastructure.InstallationIdentity;
import de.dnpm.registry.infrastructure.StudyChangeLog;
import de.dnpm.registry.infrastructure.StudyDocumentAssembler;
import de.dnpm.registry.infrastructure.StudyRepository;
import de.dnpm.registry.search.domain.StudyDocument;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The database side of the {@link IndexFeed}: each call reads or writes in a transaction of its own. */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IndexSource implements IndexFeed.Source {

    @Inject
    StudyChangeLog changes;

    @Inject
    StudyRepository studies;

    @Inject
    InstallationIdentity installation;

    private final StudyDocumentAssembler assembler = new StudyDocumentAssembler();

    @Override
    public List<IndexFeed.Change> pendingAfter(long afterId, int max) {
        return changes.pendingAfter(afterId, max).stream().map(row -> new IndexFeed.Change(row[0], row[1])).toList();
    }

    @Override
    public List<Long> pendingIds() {
        return changes.pendingIds();
    }

    @Override
    public void remove(Collection<Long> changeIds) {
        changes.remove(changeIds);
    }

    @Override
    public List<StudyDocument> documents(Collection<Long> studyIds) {
        return studies.loadWhole(studyIds).stream().map(assembler::toDocument).toList();
    }

    @Override
    public List<StudyDocument> documentsAfter(long afterStudyId, int max) {
        return documents(studies.idsAfter(afterStudyId, max)).stream()
                .sorted(Comparator.comparingLong(StudyDocument::studyId)).toList();
    }

    @Override
    public List<IndexFeed.StudyVersion> versionsAfter(long afterStudyId, int max) {
        return studies.versionsAfter(afterStudyId, max).stream()
                .map(row -> new IndexFeed.StudyVersion(row[0], row[1])).toList();
    }

    @Override
    public void requeue(Collection<Long> studyIds) {
        changes.record(studyIds, Instant.now());
    }

    @Override
    public String installation() {
        return installation.id();
    }

    public long countPending() {
        return changes.countPending();
    }
}
