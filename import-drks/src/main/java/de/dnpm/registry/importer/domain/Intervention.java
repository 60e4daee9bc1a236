package de.dnpm.registry.importer.domain;

/** An intervention; {@code type} uses the ClinicalTrials.gov v2 codes (DRUG, DEVICE, BIOLOGICAL, PROCEDURE, ...). */
public record Intervention(String type, String name, String description) {
}
