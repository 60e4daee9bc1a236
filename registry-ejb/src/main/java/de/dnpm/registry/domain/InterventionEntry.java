package de.dnpm.registry.domain;

import java.util.List;

/**
 * A treatment or exposure the study examines; {@code type} uses the ClinicalTrials.gov v2 codes (DRUG, DEVICE, ...).
 * Its other names are the brand and code names the registry lists beside the name ("Tagrisso", "AZD9291" for
 * osimertinib): people search for a drug by them.
 */
public class InterventionEntry {
    private final String type;
    private final String name;
    private final String description;
    private final List<String> otherNames;

    public InterventionEntry(String type, String name, String description, List<String> otherNames) {
        this.type = type;
        this.name = name;
        this.description = description;
        this.otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
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

    /** The registry's other names, verbatim; never null. */
    public List<String> getOtherNames() {
        return otherNames;
    }
}
