package de.dnpm.registry.web;

import de.dnpm.registry.application.StudyCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The background of the statistics page's map ({@link GermanyMap#outline}), drawn once from the gazetteer's German
 * postal codes and kept: it is the same for every reader and every index.
 */
@ApplicationScoped
public class GermanyOutline {

    @Inject
    StudyCatalog catalog;

    private volatile String path;

    public String path() {
        String drawn = path;
        if (drawn == null) {
            drawn = GermanyMap.outline(catalog.germanPostalCodePoints());
            path = drawn; // two first requests may both draw it: same result, no lock needed
        }
        return drawn;
    }
}
