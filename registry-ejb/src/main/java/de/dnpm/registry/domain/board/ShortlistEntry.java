package de.dnpm.registry.domain.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A study a board keeps in view for a case, with the board's note and the study's assessment as it was shown when it
 * was shortlisted (JSON: verdict, tier, score, nearest site, criterion table), so the report shows what was decided on.
 */
@Entity
@Table(name = "shortlist_entry")
public class ShortlistEntry {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "case_id", nullable = false, length = 36)
    private String caseId;

    @Column(name = "registry_id", nullable = false, length = 200)
    private String registryId;

    @Column(name = "title", length = 4000)
    private String title;

    @Column(name = "note")
    private String note;

    @Column(name = "assessment_json")
    private String assessmentJson;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ShortlistEntry() {
    }

    public ShortlistEntry(String caseId, String registryId, String title, String note, String assessmentJson,
                          String addedBy, Instant addedAt) {
        if (registryId == null || registryId.isBlank()) {
            throw new IllegalArgumentException("registry id is required");
        }
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.registryId = registryId.strip();
        this.title = title;
        this.note = note;
        this.assessmentJson = assessmentJson;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public void changeNote(String note) {
        this.note = note;
    }

    public String id() { return id; }
    public String caseId() { return caseId; }
    public String registryId() { return registryId; }
    public String title() { return title; }
    public String note() { return note; }
    public String assessmentJson() { return assessmentJson; }
    public String addedBy() { return addedBy; }
    public Instant addedAt() { return addedAt; }
}
