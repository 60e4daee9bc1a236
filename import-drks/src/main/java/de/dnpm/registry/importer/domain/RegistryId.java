package de.dnpm.registry.importer.domain;

import java.util.Objects;

/**
 * One identifier of a trial in one registry or at one issuer. {@code issuer} names the organisation for sponsor
 * and other ids (blank for the public registries); {@code primary} marks the id the source registry is keyed by.
 * A public-registry number is held in its {@link RegistryIdNormalForm normal form}; other ids only lose surrounding
 * blanks, since upper-casing or closing up a sponsor's free-text id would change what it says.
 */
public record RegistryId(IdScheme scheme, String value, boolean primary, String issuer) {
    public RegistryId {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        value = scheme.isPublicRegistry() ? RegistryIdNormalForm.normalise(value) : value.strip();
    }

    public static RegistryId primary(IdScheme scheme, String value) {
        return new RegistryId(scheme, value, true, null);
    }

    public static RegistryId secondary(IdScheme scheme, String value, String issuer) {
        return new RegistryId(scheme, value, false, issuer);
    }
}
