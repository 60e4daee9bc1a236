package de.dnpm.registry.web.board;

import de.dnpm.registry.application.board.CaseViews;
import de.dnpm.registry.application.board.Referrals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** A referrer's own referrals and the form for a new one (referrals/index.xhtml), the same form as the board's. */
@Named
@ViewScoped
public class ReferralsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Referrals referrals;

    private List<CaseViews.CaseSummary> mine = List.of();
    private List<String> boards = List.of();
    private String board;
    private ProfileForm form = ProfileForm.empty();

    public void load() {
        mine = referrals.mine();
        boards = referrals.boards();
        if (board == null && boards.size() == 1) {
            board = boards.get(0);
        }
    }

    public void refer() throws IOException {
        if (board == null || !boards.contains(board)) {
            PageOutcome.error("referral.boardRequired");
            return;
        }
        String id = referrals.refer(board, form.toProfile());
        PageOutcome.info("referral.sent");
        PageOutcome.redirect("/referrals/case.xhtml?id=" + id);
    }

    public List<CaseViews.CaseSummary> getMine() { return mine; }
    public List<String> getBoards() { return boards; }
    public String getBoard() { return board; }
    public void setBoard(String board) { this.board = board; }
    public ProfileForm getForm() { return form; }
}
