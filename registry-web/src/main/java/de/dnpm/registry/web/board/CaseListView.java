package de.dnpm.registry.web.board;

import de.dnpm.registry.application.board.BoardCases;
import de.dnpm.registry.application.board.CaseNotFoundException;
import de.dnpm.registry.application.board.CaseViews;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The board's case list and its referral queue (board/cases.xhtml); accepting a referral opens it. */
@Named
@ViewScoped
public class CaseListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BoardCases boardCases;

    private List<CaseViews.CaseSummary> cases = List.of();
    private List<CaseViews.CaseSummary> queue = List.of();
    private String board;

    public void load() {
        board = boardCases.board();
        cases = boardCases.caseList();
        queue = boardCases.referralQueue();
    }

    public void accept(String id) throws IOException {
        try {
            boardCases.accept(id);
        } catch (CaseNotFoundException | IllegalStateException e) {
            PageOutcome.error("board.accept.failed");
            load();
            return;
        }
        PageOutcome.info("board.accept.done");
        PageOutcome.redirect("/board/case.xhtml?id=" + id);
    }

    public List<CaseViews.CaseSummary> getCases() { return cases; }
    public List<CaseViews.CaseSummary> getQueue() { return queue; }
    public String getBoard() { return board; }
}
