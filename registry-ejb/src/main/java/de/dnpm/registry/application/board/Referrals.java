package de.dnpm.registry.application.board;

import de.dnpm.registry.domain.board.BoardCase;
import de.dnpm.registry.domain.board.CaseAction;
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
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A doctor in practice refers pseudonymised cases to a board and reads the board's recommendation once recorded.
 * Role REFERRER; a referrer sees only the referrals they made themselves: another's is {@link CaseNotFoundException}.
 * The board's shortlist notes stay with the board; the referrer sees the recommended studies and the decision text.
 */
@Stateless
@RolesAllowed(PasswordHashing.REFERRER_ROLE)
public class Referrals {

    @Resource
    SessionContext session;

    @Inject
    UserAccounts accounts;

    @Inject
    BoardCaseRepository cases;

    @Inject
    RegistryConfiguration configuration;

    /** The boards a case can be referred to. */
    public List<String> boards() {
        return cases.boards();
    }

    public String refer(String board, PatientProfile profile) {
        if (!cases.isBoard(board)) {
            throw new IllegalArgumentException("unknown board");
        }
        Instant now = Instant.now();
        String practice = accounts.organisationOf(caller()).orElse(null);
        BoardCase referral = BoardCase.referred(profile.caseId(), board, CaseDocuments.write(profile), caller(),
                practice, now, now.plus(configuration.caseRetention()));
        cases.add(referral);
        cases.audit(referral.id(), caller(), CaseAction.REFERRED, now);
        return referral.id();
    }

    public List<CaseViews.CaseSummary> mine() {
        return cases.referredBy(caller()).stream().map(CaseViews::summary).toList();
    }

    public CaseViews.Referral referral(String id) {
        BoardCase referral = cases.find(id).filter(c -> c.wasReferredBy(caller()))
                .orElseThrow(() -> new CaseNotFoundException(id));
        cases.audit(referral.id(), caller(), CaseAction.OPENED, Instant.now());
        var decision = cases.decision(id).map(CaseViews::decision).orElse(null);
        List<CaseViews.RecommendedStudy> recommended = List.of();
        if (decision != null) {
            Map<String, ShortlistEntry> listed = cases.shortlist(id).stream()
                    .collect(Collectors.toMap(ShortlistEntry::registryId, Function.identity()));
            recommended = decision.recommended().stream().map(registryId -> new CaseViews.RecommendedStudy(
                    registryId, listed.containsKey(registryId) ? listed.get(registryId).title() : null)).toList();
        }
        return new CaseViews.Referral(referral.id(), referral.pseudonym(), referral.board(), referral.state(),
                CaseDocuments.readProfile(referral.profileJson()), referral.createdAt(), decision, recommended);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
