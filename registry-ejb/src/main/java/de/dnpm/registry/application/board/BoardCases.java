package de.dnpm.registry.application.board;

import de.dnpm.registry.application.MatchOptions;
import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.application.StudyMatching;
import de.dnpm.registry.domain.board.BoardCase;
import de.dnpm.registry.domain.board.BoardDecision;
import de.dnpm.registry.domain.board.CaseAction;
import de.dnpm.registry.domain.board.CaseState;
import de.dnpm.registry.domain.board.ShortlistEntry;
import de.dnpm.registry.infrastructure.PasswordHashing;
import de.dnpm.registry.infrastructure.RegistryConfiguration;
import de.dnpm.registry.infrastructure.UserAccounts;
import de.dnpm.registry.infrastructure.board.BoardCaseRepository;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;

/**
 * The board's work on its cases: the case list and the referral queue, entering and changing a profile, accepting a
 * referral, matching, the shortlist, the decision, the audit. Every method needs the role TUMOR_BOARD and touches only
 * cases of the caller's own board; any other id is {@link CaseNotFoundException}. Each access is audited.
 */
@Stateless
@RolesAllowed(PasswordHashing.BOARD_ROLE)
public class BoardCases {

    @Resource
    SessionContext session;

    @Inject
    UserAccounts accounts;

    @Inject
    BoardCaseRepository cases;

    @Inject
    RegistryConfiguration configuration;

    @Inject
    StudyMatching matching;

    public String board() {
        return accounts.organisationOf(caller()).orElse(null);
    }

    public List<CaseViews.CaseSummary> caseList() {
        return cases.ofBoard(board(), List.of(CaseState.OPEN, CaseState.DECIDED)).stream()
                .map(CaseViews::summary).toList();
    }

    public List<CaseViews.CaseSummary> referralQueue() {
        return cases.ofBoard(board(), List.of(CaseState.REFERRED)).stream().map(CaseViews::summary).toList();
    }

    /** Opens a case for reading (audited as OPENED). */
    public CaseViews.CaseDetail open(String id) {
        BoardCase boardCase = own(id);
        audit(boardCase, CaseAction.OPENED);
        return detail(boardCase);
    }

    /** The same as {@link #open} without an audit line: the page reloading after its own change. */
    public CaseViews.CaseDetail reload(String id) {
        return detail(own(id));
    }

    public String create(PatientProfile profile) {
        Instant now = Instant.now();
        BoardCase boardCase = BoardCase.entered(profile.caseId(), board(), CaseDocuments.write(profile), caller(),
                now, now.plus(configuration.caseRetention()));
        cases.add(boardCase);
        audit(boardCase, CaseAction.CREATED);
        return boardCase.id();
    }

    public void change(String id, PatientProfile profile) {
        BoardCase boardCase = own(id);
        boardCase.changeProfile(profile.caseId(), CaseDocuments.write(profile));
        touch(boardCase);
        audit(boardCase, CaseAction.CHANGED);
    }

    public void accept(String id) {
        BoardCase boardCase = own(id);
        boardCase.accept();
        touch(boardCase);
        audit(boardCase, CaseAction.ACCEPTED);
    }

    /** Matches the case's stored profile (the form saves first), so what is matched is what is audited. */
    public MatchResult match(String id, MatchOptions options) {
        BoardCase boardCase = own(id);
        MatchResult result = matching.match(CaseDocuments.readProfile(boardCase.profileJson()), options);
        audit(boardCase, CaseAction.MATCHED);
        return result;
    }

    /** Keeps a study in view with a note and its assessment as shown; a study already listed gets the new note. */
    public void shortlist(String id, MatchResult.StudyMatch study, String note) {
        BoardCase boardCase = own(id);
        var existing = cases.shortlist(id).stream()
                .filter(entry -> entry.registryId().equals(study.primaryRegistryId())).findFirst();
        if (existing.isPresent()) {
            existing.get().changeNote(note);
        } else {
            cases.add(new ShortlistEntry(id, study.primaryRegistryId(), study.title(), note,
                    CaseDocuments.write(study), caller(), Instant.now()));
        }
        touch(boardCase);
        audit(boardCase, CaseAction.SHORTLISTED);
    }

    public void changeNote(String id, String entryId, String note) {
        BoardCase boardCase = own(id);
        entry(id, entryId).changeNote(note);
        touch(boardCase);
        audit(boardCase, CaseAction.SHORTLISTED);
    }

    public void removeFromShortlist(String id, String entryId) {
        BoardCase boardCase = own(id);
        cases.remove(entry(id, entryId));
        touch(boardCase);
        audit(boardCase, CaseAction.SHORTLISTED);
    }

    /** Records (or replaces) the board's decision; recommended studies must be on the shortlist. */
    public void decide(String id, List<String> recommended, String text) {
        BoardCase boardCase = own(id);
        List<String> listed = cases.shortlist(id).stream().map(ShortlistEntry::registryId).toList();
        if (!listed.containsAll(recommended)) {
            throw new IllegalArgumentException("recommended studies must be on the shortlist");
        }
        Instant now = Instant.now();
        var decision = cases.decision(id);
        if (decision.isPresent()) {
            decision.get().record(recommended, text, caller(), now);
        } else {
            cases.add(new BoardDecision(id, recommended, text, caller(), now));
        }
        boardCase.markDecided();
        touch(boardCase);
        audit(boardCase, CaseAction.DECIDED);
    }

    /** Called by the report download: the export is audited like any other access. */
    public CaseViews.CaseDetail exportReport(String id) {
        BoardCase boardCase = own(id);
        audit(boardCase, CaseAction.REPORT_EXPORTED);
        return detail(boardCase);
    }

    public List<CaseViews.AuditLine> audit(String id) {
        own(id);
        return cases.auditOf(id).stream().map(CaseViews::line).toList();
    }

    private BoardCase own(String id) {
        String board = board();
        return cases.find(id).filter(c -> c.belongsToBoard(board)).orElseThrow(() -> new CaseNotFoundException(id));
    }

    private ShortlistEntry entry(String id, String entryId) {
        return cases.shortlist(id).stream().filter(e -> e.id().equals(entryId)).findFirst()
                .orElseThrow(() -> new CaseNotFoundException(id));
    }

    private CaseViews.CaseDetail detail(BoardCase boardCase) {
        return CaseViews.detail(boardCase, cases.shortlist(boardCase.id()),
                cases.decision(boardCase.id()).orElse(null));
    }

    private void touch(BoardCase boardCase) {
        boardCase.touched(Instant.now(), configuration.caseRetention());
    }

    private void audit(BoardCase boardCase, CaseAction action) {
        cases.audit(boardCase.id(), caller(), action, Instant.now());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
