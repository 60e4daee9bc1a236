package de.dnpm.registry.web;

import de.dnpm.registry.application.IndexStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Whether the search page should say that the index is being rebuilt (results may then be incomplete). Asked once per
 * request; if the status cannot be read, the page shows no notice rather than an error.
 */
@Named
@RequestScoped
public class IndexNotice {

    private static final System.Logger LOG = System.getLogger(IndexNotice.class.getName());

    @Inject
    IndexStatus indexStatus;

    private Boolean rebuilding;

    public boolean isRebuilding() {
        if (rebuilding == null) {
            try {
                rebuilding = indexStatus.rebuilding();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Index status not available for the search page: " + e);
                rebuilding = false;
            }
        }
        return rebuilding;
    }
}
