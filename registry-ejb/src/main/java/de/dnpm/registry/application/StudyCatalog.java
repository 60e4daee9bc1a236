package de.dnpm.registry.application;

import de.dnpm.registry.domain.SourceDocument;
import de.dnpm.registry.domain.Study;
import de.dnpm.registry.infrastructure.SearchIndex;
import de.dnpm.registry.infrastructure.StudyRepository;
import de.dnpm.registry.search.domain.StudyHits;
import de.dnpm.registry.search.domain.StudyQuery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The read side for the interfaces: searching the index, and a study with everything it shows by any of its registry
 * ids (NCT..., DRKS..., EudraCT ...). Studies come back fully loaded, so views can render them outside a transaction.
 */
@Stateless
public class StudyCatalog {

    @Inject
    StudyRepository studies;

    @Inject
    SearchIndex searchIndex;

    /** Searches; an unparsable text throws InvalidQueryException with a message fit for the user. */
    public StudyHits search(StudyQuery query) {
        try {
            return searchIndex.index().search(query);
        } catch (IOException e) {
            throw new UncheckedIOException("Searching the study index failed", e);
        }
    }

    public Optional<Study> findByRegistryId(String registryId) {
        if (registryId == null || registryId.isBlank() || registryId.length() > 200) {
            return Optional.empty();
        }
        return studies.findByRegistryId(registryId).map(StudyCatalog::loaded);
    }

    /**
     * Every stored source version of the study with this registry id, newest first, content included; empty when no
     * study has the id. Only the study row is read, not the collections its page shows.
     */
    public Optional<List<SourceDocument>> sourcesOf(String registryId) {
        if (registryId == null || registryId.isBlank() || registryId.length() > 200) {
            return Optional.empty();
        }
        return studies.findByRegistryId(registryId).map(study -> {
            List<SourceDocument> documents = studies.sourcesOf(study);
            documents.forEach(SourceDocument::getContent);
            return documents;
        });
    }

    private static Study loaded(Study study) {
        study.getIdentifiers().size();
        study.getConditions().size();
        study.getConditionCodes().size();
        study.getKeywords().size();
        study.getInterventions().size();
        study.getPhases().size();
        study.getCollaborators().size();
        study.getCentralContacts().size();
        study.getOutcomes().size();
        study.getSites().forEach(site -> site.getContacts().size());
        return study;
    }
}
