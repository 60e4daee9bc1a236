package de.dnpm.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One record an import job could not take, one row each (not one text for the whole job), numbered in order. */
@Entity
@Table(name = "import_job_problem")
public class ImportJobProblem {

    @Id
    @SequenceGenerator(name = "importJobProblemSeq", sequenceName = "import_job_problem_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "importJobProblemSeq")
    private Long id;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(name = "sequence_no", nullable = false)
    private long sequence;

    @Column(name = "source", length = 1000)
    private String source;

    @Column(name = "position", length = 200)
    private String position;

    @Column(name = "record_id", length = 200)
    private String recordId;

    @Column(name = "reason", length = 2000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 10)
    private Severity severity;

    /** ERROR: the record (or file) was not imported; WARNING: it was, but something in it looked wrong. */
    public enum Severity {
        ERROR, WARNING
    }

    protected ImportJobProblem() {
    }

    public ImportJobProblem(long jobId, long sequence, String source, String position, String recordId,
                            String reason, Severity severity) {
        this.jobId = jobId;
        this.sequence = sequence;
        this.source = cut(source, 1000);
        this.position = cut(position, 200);
        this.recordId = cut(recordId, 200);
        this.reason = cut(reason, 2000);
        this.severity = severity;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public long getJobId() {
        return jobId;
    }

    public long getSequence() {
        return sequence;
    }

    public String getSource() {
        return source;
    }

    public String getPosition() {
        return position;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getReason() {
        return reason;
    }

    public Severity getSeverity() {
        return severity;
    }
}
