package de.dnpm.registry.domain;

/** A treatment or exposure the study examines; {@code type} uses the ClinicalTrials.gov v2 codes (DRUG, DEVICE, ...). */
public class InterventionEntry {
    private final String type;
    private final String name;
    private final String description;

    public InterventionEntry(String type, String name, String description) {
        this.type = type;
        this.name = name;
        this.description = description;
    }

    public String getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
