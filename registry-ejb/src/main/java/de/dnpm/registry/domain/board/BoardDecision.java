package de.dnpm.registry.domain.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The board's recommendation for a case: the studies it recommends (registry ids from the shortlist), its text, who
 * recorded it and when. Recording again replaces it (the audit keeps that it happened).
 */
@Entity
@Table(name = "board_decision")
public class BoardDecision {

    @Id
    @Column(name = "case_id", length = 36)
    private String caseId;

    /** Registry ids separated by newlines; ids never contain one. */
    @Column(name = "recommended_json", nullable = false)
    private String recommended;

    @Column(name = "decision_text", nullable = false)
    private String text;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected BoardDecision() {
    }

    public BoardDecision(String caseId, List<String> recommended, String text, String decidedBy, Instant decidedAt) {
        this.caseId = caseId;
        record(recommended, text, decidedBy, decidedAt);
    }

    public void record(List<String> recommended, String text, String decidedBy, Instant decidedAt) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a decision needs its text");
        }
        this.recommended = String.join("\n", recommended.stream().map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList());
        this.text = text.strip();
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public List<String> recommended() {
        return recommended.isEmpty() ? List.of() : Arrays.asList(recommended.split("\n"));
    }

    public String caseId() { return caseId; }
    public String text() { return text; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
}
