package de.dnpm.registry.web.board;

import de.dnpm.registry.application.board.CaseNotFoundException;
import de.dnpm.registry.application.board.CaseViews;
import de.dnpm.registry.application.board.Referrals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** One referral as its referrer sees it (referrals/case.xhtml): state and, once recorded, the board's recommendation. */
@Named
@RequestScoped
public class ReferralView {

    @Inject
    Referrals referrals;

    private String id;
    private CaseViews.Referral referral;

    public void load() throws IOException {
        try {
            referral = id == null ? null : referrals.referral(id);
        } catch (CaseNotFoundException e) {
            referral = null;
        }
        if (referral == null) {
            PageOutcome.notFound();
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public CaseViews.Referral getReferral() { return referral; }
}
