package de.dnpm.registry.search.domain;

/**
 * How a coordinate was obtained, from the most to the least precise: recorded with a site distance so that a result
 * list can say "about" where it only knows the town.
 */
public enum PlaceSource {
    /** The registry gave the site's coordinate (ClinicalTrials.gov {@code geoPoint}); the gazetteer never answers so. */
    REGISTRY,
    /** The centroid of a postal code (German PLZ) in the gazetteer. */
    POSTAL_CODE,
    /** A town or city found by its name in the gazetteer. */
    CITY
}
