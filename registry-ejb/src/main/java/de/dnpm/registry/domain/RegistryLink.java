package de.dnpm.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An id that a registry entry names as secondary: another registry's number for the same trial (to be followed when
 * entries are linked into one study) or a sponsor's protocol number. Not unique: two entries may name the same id.
 */
@Entity
@Table(name = "registry_link")
public class RegistryLink {

    @Id
    @SequenceGenerator(name = "registryLinkSeq", sequenceName = "registry_link_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registryLinkSeq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private RegistryEntry entry;

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme", nullable = false, length = 16)
    private RegistryScheme scheme;

    @Column(name = "id_value", nullable = false, length = 200)
    private String value;

    @Column(name = "issuer", length = 500)
    private String issuer;

    protected RegistryLink() {
    }

    RegistryLink(RegistryEntry entry, RegistryScheme scheme, String value, String issuer) {
        this.entry = entry;
        this.scheme = scheme;
        this.value = value;
        this.issuer = issuer;
    }

    public RegistryEntry getEntry() {
        return entry;
    }

    public RegistryScheme getScheme() {
        return scheme;
    }

    public String getValue() {
        return value;
    }

    public String getIssuer() {
        return issuer;
    }
}
