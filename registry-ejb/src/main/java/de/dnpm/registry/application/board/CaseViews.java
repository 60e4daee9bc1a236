package de.dnpm.registry.application.board;

import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.domain.board.BoardCase;
import de.dnpm.registry.domain.board.BoardDecision;
import de.dnpm.registry.domain.board.CaseAction;
import de.dnpm.registry.domain.board.CaseAuditEvent;
import de.dnpm.registry.domain.board.CaseState;
import de.dnpm.registry.domain.board.ShortlistEntry;
import de.dnpm.registry.search.domain.matching.PatientProfile;

import java.time.Instant;
import java.util.List;

/** The read models the pages get of board cases: never an entity (STYLE: interfaces get read models). */
public final class CaseViews {

    private CaseViews() {
    }

    /** A line of the case list, the referral queue or a referrer's list. */
    public record CaseSummary(String id, String pseudonym, String diagnosis, CaseState state, String referredBy,
                              String referringOrganisation, String board, Instant updatedAt) {
    }

    /** A case as the board works on it. */
    public record CaseDetail(String id, String pseudonym, String board, CaseState state, PatientProfile profile,
                             String createdBy, String referredBy, String referringOrganisation, Instant createdAt,
                             Instant updatedAt, Instant retainUntil, List<ShortlistItem> shortlist,
                             Decision decision) {
    }

    /** A shortlisted study with the board's note and its assessment as shortlisted (may be null). */
    public record ShortlistItem(String id, String registryId, String title, String note,
                                MatchResult.StudyMatch assessment, String addedBy, Instant addedAt) {
    }

    public record Decision(List<String> recommended, String text, String decidedBy, Instant decidedAt) {
    }

    public record AuditLine(String username, CaseAction action, Instant occurredAt) {
    }

    /** What a referrer sees of their referral: its state and, once decided, the board's recommendation. */
    public record Referral(String id, String pseudonym, String board, CaseState state, PatientProfile profile,
                           Instant createdAt, Decision decision, List<RecommendedStudy> recommended) {
    }

    public record RecommendedStudy(String registryId, String title) {
    }

    static CaseSummary summary(BoardCase c) {
        PatientProfile profile = CaseDocuments.readProfile(c.profileJson());
        String diagnosis = profile.diagnosis() == null ? null : profile.diagnosis().text();
        return new CaseSummary(c.id(), c.pseudonym(), diagnosis, c.state(), c.referredBy(),
                c.referringOrganisation(), c.board(), c.updatedAt());
    }

    static CaseDetail detail(BoardCase c, List<ShortlistEntry> shortlist, BoardDecision decision) {
        return new CaseDetail(c.id(), c.pseudonym(), c.board(), c.state(), CaseDocuments.readProfile(c.profileJson()),
                c.createdBy(), c.referredBy(), c.referringOrganisation(), c.createdAt(), c.updatedAt(),
                c.retainUntil(), shortlist.stream().map(CaseViews::item).toList(), decision(decision));
    }

    static ShortlistItem item(ShortlistEntry e) {
        return new ShortlistItem(e.id(), e.registryId(), e.title(), e.note(),
                CaseDocuments.readAssessment(e.assessmentJson()), e.addedBy(), e.addedAt());
    }

    static Decision decision(BoardDecision d) {
        return d == null ? null : new Decision(d.recommended(), d.text(), d.decidedBy(), d.decidedAt());
    }

    static AuditLine line(CaseAuditEvent e) {
        return new AuditLine(e.username(), e.action(), e.occurredAt());
    }
}
