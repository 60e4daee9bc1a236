package de.dnpm.registry.search.domain;

/** The facets a search can be filtered and counted by; values are the registry-neutral codes (RECRUITING, PHASE2, ...). */
public enum Facet {
    STATUS, PHASE, STUDY_TYPE, COUNTRY
}
