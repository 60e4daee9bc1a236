package de.dnpm.registry.quality;

import de.dnpm.registry.search.application.StudyIndex;
import de.dnpm.registry.search.domain.StudyDocument;
import de.dnpm.registry.search.domain.StudyHit;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The portal's own search, as {@code GET /api/studies} runs it: a patient description as {@code patient=}, a typed
 * query as {@code q=} (broad matching, the default), paged as a client pages; {@code openFirst} false is
 * {@code sort=relevance}, true the default order (studies open to patients lifted).
 */
final class PortalRanker implements Ranker, AutoCloseable {

    private static final int PAGE = 200;
    private final StudyIndex index;
    private boolean openFirst;

    PortalRanker(Collection<StudyDocument> documents) throws IOException {
        this.index = StudyIndex.inMemory();
        index.rebuild(documents.stream(), "evaluation");
    }

    PortalRanker openFirst(boolean lifted) {
        this.openFirst = lifted;
        return this;
    }

    @Override
    public List<String> rank(String topic, boolean patientNote, int depth) throws IOException {
        StudyQuery first = patientNote ? new StudyQuery(null, Map.of(), null, 0, PAGE).withPatientNote(topic)
                : new StudyQuery(topic, Map.of(), null, 0, PAGE);
        List<String> ranking = new ArrayList<>();
        for (int page = 0; ranking.size() < depth; page++) {
            StudyQuery query = new StudyQuery(first.text(), Map.of(), null, page, PAGE, false, first.patient(),
                    null, first.patientNote(), openFirst);
            StudyHits hits = index.search(query);
            hits.hits().stream().map(StudyHit::primaryRegistryId).forEach(ranking::add);
            if ((long) (page + 1) * PAGE >= hits.total()) {
                break;
            }
        }
        return ranking.subList(0, Math.min(depth, ranking.size()));
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
