package de.dnpm.registry.domain;

/**
 * One identifier of a study as shown: a registry entry's own id ({@code primaryId}) or an id that an entry names as
 * secondary (another registry's number, a sponsor's protocol number).
 */
public record RegistryIdentifier(RegistryScheme scheme, String value, String issuer, boolean primaryId) {

    public RegistryScheme getScheme() {
        return scheme;
    }

    public String getValue() {
        return value;
    }

    public String getIssuer() {
        return issuer;
    }

    public boolean isPrimaryId() {
        return primaryId;
    }
}
