package de.dnpm.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;

/** A treatment or exposure the study examines; {@code type} uses the ClinicalTrials.gov v2 codes (DRUG, DEVICE, ...). */
@Embeddable
public class InterventionEntry {
    @Column(name = "intervention_type", length = 50)
    private String type;
    @Column(length = 2000)
    private String name;
    @Lob
    private String description;

    protected InterventionEntry() {
    }

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
