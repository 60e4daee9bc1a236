package de.dnpm.registry.importer.domain;

/** A person or office to contact; {@code role} as given by the source (CONTACT, PRINCIPAL_INVESTIGATOR, ...). */
public record Contact(String name, String role, String phone, String email) {
}
