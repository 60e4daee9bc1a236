package de.dnpm.registry.domain.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A pseudonymised patient discussed by one board: the profile (JSON of {@code PatientProfile}, never a name or birth
 * date), who entered or referred it, its state and the date after which it is deleted. The access rules live here so
 * that every service asks the same question: a board member sees the cases of their own board; a referrer sees only
 * the cases they referred.
 */
@Entity
@Table(name = "board_case")
public class BoardCase {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "pseudonym", nullable = false, length = 100)
    private String pseudonym;

    @Column(name = "board", nullable = false, length = 200)
    private String board;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private CaseState state;

    @Column(name = "profile_json", nullable = false)
    private String profileJson;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "referred_by", length = 100)
    private String referredBy;

    @Column(name = "referring_organisation", length = 200)
    private String referringOrganisation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "retain_until", nullable = false)
    private Instant retainUntil;

    protected BoardCase() {
    }

    private BoardCase(String pseudonym, String board, String profileJson, String createdBy, Instant now,
                      Instant retainUntil, CaseState state) {
        this.id = UUID.randomUUID().toString();
        this.pseudonym = requireText(pseudonym, "pseudonym");
        this.board = requireText(board, "board");
        this.profileJson = Objects.requireNonNull(profileJson, "profile");
        this.createdBy = requireText(createdBy, "createdBy");
        this.createdAt = now;
        this.updatedAt = now;
        this.retainUntil = retainUntil;
        this.state = state;
    }

    /** A case a board member enters on their own board's list. */
    public static BoardCase entered(String pseudonym, String board, String profileJson, String member, Instant now,
                                    Instant retainUntil) {
        return new BoardCase(pseudonym, board, profileJson, member, now, retainUntil, CaseState.OPEN);
    }

    /** A case a referrer sends to a board's queue. */
    public static BoardCase referred(String pseudonym, String board, String profileJson, String referrer,
                                     String practice, Instant now, Instant retainUntil) {
        BoardCase referred = new BoardCase(pseudonym, board, profileJson, referrer, now, retainUntil,
                CaseState.REFERRED);
        referred.referredBy = referrer;
        referred.referringOrganisation = practice;
        return referred;
    }

    /** Whether a member of {@code organisation} may see and work on this case. */
    public boolean belongsToBoard(String organisation) {
        return organisation != null && organisation.equals(board);
    }

    /** Whether {@code username} referred this case (a referrer sees nothing else). */
    public boolean wasReferredBy(String username) {
        return username != null && username.equals(referredBy);
    }

    /** Takes a referred case from the queue onto the board's list. */
    public void accept() {
        if (state != CaseState.REFERRED) {
            throw new IllegalStateException("only a referred case can be accepted");
        }
        state = CaseState.OPEN;
    }

    /** Replaces the profile; the pseudonym follows the profile's case id. A referred case is accepted first. */
    public void changeProfile(String pseudonym, String profileJson) {
        this.pseudonym = requireText(pseudonym, "pseudonym");
        this.profileJson = Objects.requireNonNull(profileJson, "profile");
    }

    public void markDecided() {
        if (state == CaseState.REFERRED) {
            throw new IllegalStateException("a referred case is accepted before the board decides");
        }
        state = CaseState.DECIDED;
    }

    /**
     * Records a change: the retention period counts from the last change, so a case the board still works on is not
     * deleted under its hands.
     */
    public void touched(Instant now, java.time.Duration retention) {
        updatedAt = now;
        retainUntil = now.plus(retention);
    }

    public boolean expiredAt(Instant now) {
        return !retainUntil.isAfter(now);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    public String id() { return id; }
    public String pseudonym() { return pseudonym; }
    public String board() { return board; }
    public CaseState state() { return state; }
    public String profileJson() { return profileJson; }
    public String createdBy() { return createdBy; }
    public String referredBy() { return referredBy; }
    public String referringOrganisation() { return referringOrganisation; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant retainUntil() { return retainUntil; }
}
