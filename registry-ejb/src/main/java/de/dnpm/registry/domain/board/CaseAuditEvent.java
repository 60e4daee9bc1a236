package de.dnpm.registry.domain.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Who did what to which case, and when. It carries no patient data: the case is named by its opaque id only. */
@Entity
@Table(name = "case_audit_event")
public class CaseAuditEvent {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "case_id", nullable = false, length = 36)
    private String caseId;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30)
    private CaseAction action;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected CaseAuditEvent() {
    }

    public CaseAuditEvent(String caseId, String username, CaseAction action, Instant occurredAt) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.username = username;
        this.action = action;
        this.occurredAt = occurredAt;
    }

    public String caseId() { return caseId; }
    public String username() { return username; }
    public CaseAction action() { return action; }
    public Instant occurredAt() { return occurredAt; }
}
