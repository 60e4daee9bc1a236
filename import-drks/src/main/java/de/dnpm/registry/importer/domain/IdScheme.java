package de.dnpm.registry.importer.domain;

/** The registries and other issuers whose identifiers a trial can carry (WHO TRDS items 1 and 3). */
public enum IdScheme {
    NCT, DRKS, EUDRACT, EU_CT, UTN, ISRCTN, SPONSOR, OTHER;

    /**
     * Whether ids of this scheme are registry numbers with a {@link RegistryIdNormalForm normal form}; a sponsor's or
     * other issuer's id is free text ("ETOP 7-14", "Protocol v2.1") and kept as written.
     */
    public boolean isPublicRegistry() {
        return this != SPONSOR && this != OTHER;
    }
}
