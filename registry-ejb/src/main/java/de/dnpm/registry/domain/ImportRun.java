package de.dnpm.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** The record of one import of one file: what it read, what changed and which records it could not take. */
@Entity
@Table(name = "import_run")
public class ImportRun {

    @Id
    @SequenceGenerator(name = "importRunSeq", sequenceName = "IMPORT_RUN_SEQ", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "importRunSeq")
    private Long id;

    @Column(length = 1000, nullable = false)
    private String source;
    private Instant startedAt;
    private Instant finishedAt;
    private int created;
    private int updated;
    private int unchanged;
    private int olderVersions;
    private int rejected;
    @Lob
    private String problems;

    protected ImportRun() {
    }

    public ImportRun(String source, Instant startedAt, Instant finishedAt, int created, int updated, int unchanged,
                     int olderVersions, int rejected, String problems) {
        this.source = source;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        this.olderVersions = olderVersions;
        this.rejected = rejected;
        this.problems = problems;
    }

    public Long getId() {
        return id;
    }

    public String getSource() {
        return source;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getOlderVersions() {
        return olderVersions;
    }

    public int getRejected() {
        return rejected;
    }

    public String getProblems() {
        return problems;
    }
}
