package de.dnpm.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One run of an import: what it reads (an upload, a file or folder on the server, the bundled sample, the
 * ClinicalTrials.gov API), its state and counters. Counters are advanced by the same transaction that stores a
 * batch, so they always equal what has been committed.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /** Where a job's records come from. */
    public enum Kind { UPLOAD, SERVER_PATH, SAMPLE, CTGOV_SYNC }

    @Id
    @SequenceGenerator(name = "importJobSeq", sequenceName = "import_job_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "importJobSeq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "source", nullable = false, length = 1000)
    private String source;

    /** The file or folder read (a spooled upload, a server path); null for the sample and the API. */
    @Column(name = "input_path", length = 2000)
    private String inputPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ImportJobState state;

    @Column(name = "started_by", length = 200)
    private String startedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "records_read", nullable = false)
    private long read;
    @Column(name = "records_created", nullable = false)
    private long created;
    @Column(name = "records_updated", nullable = false)
    private long updated;
    @Column(name = "records_unchanged", nullable = false)
    private long unchanged;
    @Column(name = "records_older", nullable = false)
    private long olderVersions;
    @Column(name = "records_failed", nullable = false)
    private long failed;
    /* warnings about records that were imported all the same (mis-encoded text, schema violations) */
    @Column(name = "warnings", nullable = false)
    private long warnings;
    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;
    @Column(name = "bytes_total", nullable = false)
    private long bytesTotal;

    @Column(name = "message", length = 2000)
    private String message;

    protected ImportJob() {
    }

    public ImportJob(Kind kind, String source, String inputPath, long bytesTotal, String startedBy, Instant now) {
        this.kind = kind;
        this.source = source;
        this.inputPath = inputPath;
        this.bytesTotal = bytesTotal;
        this.startedBy = startedBy;
        this.createdAt = now;
        this.state = ImportJobState.QUEUED;
    }

    public void start(Instant now) {
        state = ImportJobState.RUNNING;
        startedAt = now;
    }

    /** Ends the job in a final state with a message for the administrator (may be null). */
    public void finish(ImportJobState finalState, String message, Instant now) {
        if (!finalState.isFinal()) {
            throw new IllegalArgumentException(finalState + " is not a final state");
        }
        this.state = finalState;
        this.message = message == null || message.length() <= 2000 ? message : message.substring(0, 2000);
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSource() {
        return source;
    }

    public String getInputPath() {
        return inputPath;
    }

    public ImportJobState getState() {
        return state;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getRead() {
        return read;
    }

    public long getCreated() {
        return created;
    }

    public long getUpdated() {
        return updated;
    }

    public long getUnchanged() {
        return unchanged;
    }

    public long getOlderVersions() {
        return olderVersions;
    }

    public long getFailed() {
        return failed;
    }

    public long getWarnings() {
        return warnings;
    }

    public long getBytesRead() {
        return bytesRead;
    }

    public long getBytesTotal() {
        return bytesTotal;
    }

    public String getMessage() {
        return message;
    }
}
