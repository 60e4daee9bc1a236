package de.dnpm.registry.domain;

/**
 * The registries and other issuers whose identifiers a trial carries (WHO TRDS items 1 and 3). The names are the
 * portal's own and are what the database stores; importers translate their formats' codes into them.
 */
public enum RegistryScheme {
    NCT, DRKS, EUDRACT, EU_CT, UTN, ISRCTN, SPONSOR, OTHER;

    /** Whether ids of this scheme name one trial worldwide, so that two entries with the same id are one trial. */
    public boolean isPublicRegistry() {
        return this != SPONSOR && this != OTHER;
    }
}
