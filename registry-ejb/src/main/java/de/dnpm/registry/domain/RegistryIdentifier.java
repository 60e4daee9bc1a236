package de.dnpm.registry.domain;

import de.dnpm.registry.importer.domain.IdScheme;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One identifier of a study in one registry (NCT, DRKS, EudraCT, ...) or at its sponsor. A study has many: this is
 * how one trial registered in several registries becomes one study. {@code value} is stored upper-case for lookups.
 */
@Entity
@Table(name = "registry_identifier", indexes = @Index(name = "ix_registry_identifier_value", columnList = "id_value"))
public class RegistryIdentifier {

    @Id
    @SequenceGenerator(name = "registryIdSeq", sequenceName = "REGISTRY_IDENTIFIER_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registryIdSeq")
    private Long id;

    @ManyToOne(optional = false)
    private Study study;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private IdScheme scheme;

    @Column(name = "id_value", nullable = false, length = 200)
    private String value;

    @Column(length = 500)
    private String issuer;

    private boolean primaryId;

    protected RegistryIdentifier() {
    }

    RegistryIdentifier(Study study, IdScheme scheme, String value, String issuer, boolean primaryId) {
        this.study = study;
        this.scheme = scheme;
        this.value = normalise(value);
        this.issuer = issuer;
        this.primaryId = primaryId;
    }

    /** Registry ids are compared case-insensitively ("nct06576635" is NCT06576635). */
    public static String normalise(String value) {
        return value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public Study getStudy() {
        return study;
    }

    public IdScheme getScheme() {
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
