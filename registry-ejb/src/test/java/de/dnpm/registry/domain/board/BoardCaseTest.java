package de.dnpm.registry.domain.board;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardCaseTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final Duration YEAR = Duration.ofDays(365);

    private static BoardCase referral() {
        return BoardCase.referred("ZW-17", "MTB Tübingen", "{}", "dr.weber", "Praxis Weber", NOW, NOW.plus(YEAR));
    }

    @Test
    void onlyMembersOfItsOwnBoardSeeACase() {
        BoardCase entered = BoardCase.entered("MTB-1", "MTB Tübingen", "{}", "mtb.a", NOW, NOW.plus(YEAR));
        assertTrue(entered.belongsToBoard("MTB Tübingen"));
        assertFalse(entered.belongsToBoard("MTB Freiburg"));
        assertFalse(entered.belongsToBoard(null));
    }

    @Test
    void onlyItsReferrerSeesAReferral() {
        BoardCase referral = referral();
        assertTrue(referral.wasReferredBy("dr.weber"));
        assertFalse(referral.wasReferredBy("dr.klein"), "a colleague of another practice");
        assertFalse(BoardCase.entered("MTB-1", "MTB Tübingen", "{}", "mtb.a", NOW, NOW.plus(YEAR))
                .wasReferredBy("mtb.a"), "a case the board entered is nobody's referral");
    }

    @Test
    void aReferralWaitsInTheQueueUntilAcceptedAndIsDecidedOnlyAfterwards() {
        BoardCase referral = referral();
        assertEquals(CaseState.REFERRED, referral.state());
        assertThrows(IllegalStateException.class, referral::markDecided);
        referral.accept();
        assertEquals(CaseState.OPEN, referral.state());
        assertThrows(IllegalStateException.class, referral::accept, "accepted once");
        referral.markDecided();
        assertEquals(CaseState.DECIDED, referral.state());
    }

    @Test
    void retentionCountsFromTheLastChange() {
        BoardCase referral = referral();
        assertFalse(referral.expiredAt(NOW.plus(Duration.ofDays(364))));
        assertTrue(referral.expiredAt(NOW.plus(YEAR)));
        referral.touched(NOW.plus(Duration.ofDays(300)), YEAR);
        assertFalse(referral.expiredAt(NOW.plus(YEAR)));
        assertTrue(referral.expiredAt(NOW.plus(Duration.ofDays(665))));
    }

    @Test
    void caseIdsAreRandomNotCountable() {
        assertNotEquals(referral().id(), referral().id());
        assertEquals(36, referral().id().length());
    }

    @Test
    void aDecisionNeedsItsTextAndKeepsEachRecommendationOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> new BoardDecision("c", List.of("NCT04035486"), " ", "mtb.a", NOW));
        BoardDecision decision = new BoardDecision("c", List.of("NCT04035486", " NCT04035486", "DRKS00012345"),
                "Vorstellung in der Studienambulanz", "mtb.a", NOW);
        assertEquals(List.of("NCT04035486", "DRKS00012345"), decision.recommended());
        decision.record(List.of(), "Keine passende Studie", "mtb.b", NOW);
        assertEquals(List.of(), decision.recommended());
    }
}
