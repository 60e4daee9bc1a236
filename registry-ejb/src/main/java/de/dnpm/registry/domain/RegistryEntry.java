package de.dnpm.registry.domain;

import de.dnpm.registry.infrastructure.StudyListConverters;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One registry's record of a trial (an NCT record at ClinicalTrials.gov, a DRKS record, ...), identified by its
 * registry and its own id there, which no other entry may have (a database constraint). Its versions are kept
 * verbatim as {@link SourceDocument}s; {@link #getVersion()} is the one the study shows. The ids it names as
 * secondary are {@link RegistryLink}s: links to follow, never used to find the study a record belongs to.
 */
@Entity
@Table(name = "registry_entry", uniqueConstraints = @UniqueConstraint(name = "uq_registry_entry",
        columnNames = {"scheme", "registry_id"}))
public class RegistryEntry {

    @Id
    @SequenceGenerator(name = "registryEntrySeq", sequenceName = "registry_entry_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registryEntrySeq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "study_id", nullable = false)
    private Study study;

    @Enumerated(EnumType.STRING)
    @Column(name = "scheme", nullable = false, length = 16)
    private RegistryScheme scheme;

    @Column(name = "registry_id", nullable = false, length = 200)
    private String registryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_format", nullable = false, length = 20)
    private DocumentFormat format;

    @Column(name = "version_date", length = 20)
    private String versionDate;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    private List<RegistryLink> links = new ArrayList<>();

    /* what looked wrong in the version shown, e.g. mis-encoded umlauts; the text is stored as the registry gave it */
    @Convert(converter = StudyListConverters.Texts.class)
    @Column(name = "warnings_json")
    private List<String> warnings = List.of();

    protected RegistryEntry() {
    }

    /** A new entry of {@code study}, showing {@code version}. */
    public RegistryEntry(Study study, RegistryScheme scheme, String registryId, DocumentFormat format,
                         RecordVersion version, Instant now) {
        this.study = study;
        this.scheme = scheme;
        this.registryId = registryId;
        this.format = format;
        show(version, format, now);
        study.addEntry(this);
    }

    public Long getId() {
        return id;
    }

    public Study getStudy() {
        return study;
    }

    public RegistryScheme getScheme() {
        return scheme;
    }

    public String getRegistryId() {
        return registryId;
    }

    public DocumentFormat getFormat() {
        return format;
    }

    public String getVersionDate() {
        return versionDate;
    }

    /** The version the study shows of this entry. */
    public RecordVersion getVersion() {
        return new RecordVersion(versionDate, contentHash);
    }

    /**
     * Whether a version read from {@code format} should replace the one shown. A registry's own export outranks a copy
     * of its record passed on by WHO ICTRP, whatever their dates (ICTRP's copy is flattened and often dated by the
     * export), so an ICTRP record never overwrites a ClinicalTrials.gov or DRKS record of the same id; among versions
     * of the same rank the newer wins ({@link RecordVersion#supersedes}). A total order: any import order ends alike.
     */
    public boolean isSupersededBy(RecordVersion version, DocumentFormat format) {
        if (format.isRegistryCopy() != this.format.isRegistryCopy()) {
            return !format.isRegistryCopy();
        }
        return version.supersedes(getVersion());
    }

    /** Makes {@code version} the one shown; the caller has checked that it supersedes the current one. */
    public void show(RecordVersion version, DocumentFormat format, Instant now) {
        this.versionDate = version.versionDate();
        this.contentHash = version.contentHash();
        this.format = format;
        this.updatedAt = now;
    }

    /** Makes this entry one of {@code other}'s (linking found that it describes that study's trial). */
    public void moveTo(Study other) {
        if (other == study) {
            return;
        }
        study.removeEntry(this);
        study = other;
        other.addEntry(this);
    }

    /** Its own id and the public registry ids it names: what linking compares (see EntryGrouping). */
    public EntryGrouping.Node node() {
        Set<String> keys = new TreeSet<>();
        for (RegistryLink link : links) {
            if (link.getScheme().isPublicRegistry()) {
                keys.add(link.getValue());
            }
        }
        return new EntryGrouping.Node(scheme, registryId, keys);
    }

    public List<RegistryLink> getLinks() {
        return links;
    }

    /** What looked wrong in the version shown (the import warned about it and stored the text as given). */
    public List<String> getWarnings() {
        return warnings;
    }

    public void setWarnings(List<String> warnings) {
        this.warnings = List.copyOf(warnings);
    }

    /** Replaces the ids this entry names as secondary (its newest shown version is the truth for them). */
    public void replaceLinks(List<RegistryIdentifier> secondaryIds) {
        links.clear();
        for (RegistryIdentifier id : secondaryIds) {
            boolean known = links.stream()
                    .anyMatch(l -> l.getScheme() == id.scheme() && l.getValue().equals(id.value()));
            if (!known) {
                links.add(new RegistryLink(this, id.scheme(), id.value(), id.issuer()));
            }
        }
    }
}
