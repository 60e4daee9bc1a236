package de.dnpm.registry.importer.domain;

/** The registries and other issuers whose identifiers a trial can carry (WHO TRDS items 1 and 3). */
public enum IdScheme {
    NCT, DRKS, EUDRACT, EU_CT, UTN, ISRCTN, SPONSOR, OTHER
}
