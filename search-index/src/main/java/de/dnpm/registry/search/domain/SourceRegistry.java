package de.dnpm.registry.search.domain;

/**
 * The registries whose records a study was imported from: ClinicalTrials.gov, the German DRKS, or a register's record
 * as WHO ICTRP passes it on. A study linked across registries has several.
 */
public enum SourceRegistry {
    CTGOV, DRKS, ICTRP
}
