package de.dnpm.registry.search.domain;

/** How many matching studies have one facet value. */
public record FacetCount(String value, long count) {
}
