package de.dnpm.registry.web.board;

import de.dnpm.registry.application.MatchOptions;
import de.dnpm.registry.application.MatchResult;
import de.dnpm.registry.application.board.BoardCases;
import de.dnpm.registry.application.board.CaseNotFoundException;
import de.dnpm.registry.application.board.CaseViews;
import de.dnpm.registry.domain.board.CaseState;
import de.dnpm.registry.search.domain.matching.PatientProfile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One case of the board (board/case.xhtml): the profile form (new case without {@code id}), the match with its
 * criterion tables, the shortlist with notes, the decision, the report downloads and the audit. All rules are in
 * {@link BoardCases}; a case of another board answers 404 like one that does not exist.
 */
@Named
@ViewScoped
public class BoardCaseView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MATCH_LIMIT = 30;

    @Inject
    BoardCases boardCases;

    private String id;
    private ProfileForm form = ProfileForm.empty();
    private CaseViews.CaseDetail detail;
    private List<CaseViews.AuditLine> audit = List.of();
    private List<MatchResult.StudyMatch> results;
    private int candidatesAssessed;
    private final Map<String, String> notes = new HashMap<>();
    private List<String> recommended = new ArrayList<>();
    private String decisionText;

    /** View action: opens the case named by {@code id} (audited), or starts an empty form. */
    public void load() throws IOException {
        if (id == null || id.isBlank()) {
            id = null;
            return;
        }
        try {
            detail = boardCases.open(id);
        } catch (CaseNotFoundException e) {
            PageOutcome.notFound();
            return;
        }
        form = ProfileForm.of(detail.profile());
        afterChange();
    }

    public void save() throws IOException {
        PatientProfile profile = form.toProfile();
        if (id == null) {
            String created = boardCases.create(profile);
            PageOutcome.info("board.case.created");
            PageOutcome.redirect("/board/case.xhtml?id=" + created);
            return;
        }
        boardCases.change(id, profile);
        PageOutcome.info("board.case.saved");
        reload();
    }

    /** Saves the form, then matches what was saved. */
    public void match() throws IOException {
        boardCases.change(id, form.toProfile());
        MatchResult result;
        try {
            result = boardCases.match(id, new MatchOptions(Set.of(), Set.of(), MATCH_LIMIT));
        } catch (jakarta.ejb.EJBException e) {
            // the matcher refuses a postal code no gazetteer knows (IndexStudyMatching.UnknownPlaceException)
            if (e.getCause() instanceof IllegalArgumentException) {
                PageOutcome.error("board.match.unknownPlace");
                reload();
                return;
            }
            throw e;
        }
        results = result.studies();
        candidatesAssessed = result.candidatesAssessed();
        reload();
    }

    public void accept() throws IOException {
        boardCases.accept(id);
        PageOutcome.info("board.accept.done");
        reload();
    }

    public void shortlist(MatchResult.StudyMatch study) throws IOException {
        boardCases.shortlist(id, study, notes.get(study.primaryRegistryId()));
        PageOutcome.info("board.shortlist.added", study.primaryRegistryId());
        reload();
    }

    public void saveNote(CaseViews.ShortlistItem item) throws IOException {
        boardCases.changeNote(id, item.id(), notes.get(item.registryId()));
        PageOutcome.info("board.shortlist.noteSaved", item.registryId());
        reload();
    }

    public void remove(CaseViews.ShortlistItem item) throws IOException {
        boardCases.removeFromShortlist(id, item.id());
        reload();
    }

    public void decide() throws IOException {
        if (decisionText == null || decisionText.isBlank()) {
            PageOutcome.error("board.decision.textRequired");
            return;
        }
        boardCases.decide(id, recommended, decisionText);
        PageOutcome.info("board.decision.saved");
        reload();
    }

    public boolean isShortlisted(String registryId) {
        return detail != null && detail.shortlist().stream().anyMatch(item -> item.registryId().equals(registryId));
    }

    public boolean isReferral() {
        return detail != null && detail.state() == CaseState.REFERRED;
    }

    private void reload() {
        detail = boardCases.reload(id);
        afterChange();
    }

    private void afterChange() {
        audit = boardCases.audit(id);
        detail.shortlist().forEach(item -> notes.putIfAbsent(item.registryId(), item.note()));
        if (detail.decision() != null) {
            recommended = new ArrayList<>(detail.decision().recommended());
            decisionText = detail.decision().text();
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public ProfileForm getForm() { return form; }
    public CaseViews.CaseDetail getDetail() { return detail; }
    public List<CaseViews.AuditLine> getAudit() { return audit; }
    public List<MatchResult.StudyMatch> getResults() { return results; }
    public int getCandidatesAssessed() { return candidatesAssessed; }
    public Map<String, String> getNotes() { return notes; }
    public List<String> getRecommended() { return recommended; }
    public void setRecommended(List<String> recommended) { this.recommended = recommended; }
    public String getDecisionText() { return decisionText; }
    public void setDecisionText(String decisionText) { this.decisionText = decisionText; }
}
