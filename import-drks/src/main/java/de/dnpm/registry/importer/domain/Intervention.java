package de.dnpm.registry.importer.domain;

import java.util.List;

/**
 * An intervention; {@code type} uses the ClinicalTrials.gov v2 codes (DRUG, DEVICE, BIOLOGICAL, PROCEDURE, ...).
 * {@code otherNames} are the brand and code names the registry lists beside the name ("Tagrisso", "AZD9291" for
 * osimertinib), verbatim; never null.
 */
public record Intervention(String type, String name, String description, List<String> otherNames) {

    public Intervention {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }
}
