package de.dnpm.registry.importer.domain;

import java.util.List;

/** A recruiting location; {@code status} uses the ClinicalTrials.gov v2 recruitment codes; coordinates may be null. */
public record Site(String facility, String city, String state, String postalCode, String country, String status,
                   Double latitude, Double longitude, List<Contact> contacts) {
}
