package de.dnpm.registry.importer.domain;

/** A primary, secondary or other outcome measure. */
public record Outcome(Kind kind, String measure, String description, String timeFrame) {
    public enum Kind { PRIMARY, SECONDARY, OTHER }
}
