package de.dnpm.registry.domain;

import de.dnpm.registry.importer.domain.SourceFormat;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/**
 * One version of one source record, kept verbatim so it can be re-parsed later. Never updated or deleted: a changed
 * record adds a new version, and the study shows the newest by the registry's version date.
 */
@Entity
@Table(name = "source_document",
        uniqueConstraints = @UniqueConstraint(name = "uq_source_document_version",
                columnNames = {"source_format", "source_id", "content_hash"}),
        indexes = @Index(name = "ix_source_document_source_id", columnList = "source_id"))
public class SourceDocument {

    @Id
    @SequenceGenerator(name = "sourceDocumentSeq", sequenceName = "SOURCE_DOCUMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sourceDocumentSeq")
    private Long id;

    @ManyToOne(optional = false)
    private Study study;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_format", nullable = false, length = 20)
    private SourceFormat format;

    @Column(name = "source_id", nullable = false, length = 100)
    private String sourceId;

    @Column(length = 20)
    private String versionDate;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String content;

    @Column(length = 1000)
    private String importedFrom;

    @Column(nullable = false)
    private Instant importedAt;

    protected SourceDocument() {
    }

    public SourceDocument(Study study, SourceFormat format, String sourceId, String versionDate, String contentHash,
                          String content, String importedFrom, Instant importedAt) {
        this.study = study;
        this.format = format;
        this.sourceId = sourceId;
        this.versionDate = versionDate;
        this.contentHash = contentHash;
        this.content = content;
        this.importedFrom = importedFrom;
        this.importedAt = importedAt;
    }

    public Long getId() {
        return id;
    }

    public Study getStudy() {
        return study;
    }

    public SourceFormat getFormat() {
        return format;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getVersionDate() {
        return versionDate;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getContent() {
        return content;
    }

    public String getImportedFrom() {
        return importedFrom;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
