package de.dnpm.registry.importer.domain;

import java.util.Objects;

/**
 * One identifier of a trial in one registry or at one issuer. {@code issuer} names the organisation for sponsor
 * and other ids (blank for the public registries); {@code primary} marks the id the source registry is keyed by.
 */
public record RegistryId(IdScheme scheme, String value, boolean primary, String issuer) {
    public RegistryId {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
    }

    public static RegistryId primary(IdScheme scheme, String value) {
        return new RegistryId(scheme, value, true, null);
    }

    public static RegistryId secondary(IdScheme scheme, String value, String issuer) {
        return new RegistryId(scheme, value, false, issuer);
    }
}
