package de.dnpm.registry.importer.domain;

/**
 * An age limit as the source wrote it ("18 Years", "6 Months") and normalised to days so that limits in different
 * units compare. One year counts 365.25 days and one month 30.4375 days, so "18 Years" is 6574 days.
 */
public record Age(String text, int days) {
}
