package de.dnpm.registry.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** What the interfaces may tell about the search index: whether it is being rebuilt, how many changes wait. */
@Stateless
public class IndexStatus {

    @Inject
    StudyIndexer indexer;

    /** True while the index is rebuilt from the database; searches answer from the previous index meanwhile. */
    public boolean rebuilding() {
        return indexer.isRebuilding();
    }

    /** Study changes committed to the database whose index commit is still to come. */
    public long pendingChanges() {
        return indexer.pendingChanges();
    }

    /** Starts a rebuild of the index from the database in the background (administrators only). */
    @RolesAllowed("ADMIN")
    public void requestRebuild() {
        indexer.requestRebuild();
    }
}
