package de.dnpm.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * "This study changed": written by the same transaction that changes the study (an outbox), and removed by the
 * indexer only once the index holding the change has been committed. So every committed change reaches the index,
 * however the server stops, and an index update that failed is simply applied again.
 */
@Entity
@Table(name = "study_change")
public class StudyChange {

    @Id
    @SequenceGenerator(name = "studyChangeSeq", sequenceName = "study_change_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "studyChangeSeq")
    private Long id;

    @Column(name = "study_id", nullable = false)
    private long studyId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StudyChange() {
    }

    public StudyChange(long studyId, Instant changedAt) {
        this.studyId = studyId;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public long getStudyId() {
        return studyId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
