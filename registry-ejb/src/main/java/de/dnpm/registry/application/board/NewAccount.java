package de.dnpm.registry.application.board;

import de.dnpm.registry.domain.board.OrganisationKind;
import de.dnpm.registry.infrastructure.PasswordHashing;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * An account an administrator asks for: a user name (letters, digits, {@code . _ -}, at most 100), a password of at
 * least {@value #MIN_PASSWORD_LENGTH} characters, known roles only, and the organisation it belongs to — required for
 * board members and referrers (their board or practice), since every case rule asks for it. Throws
 * {@link IllegalArgumentException} with a reason code ("password.too-short", ...) that the API turns into a problem.
 */
public record NewAccount(String username, String password, Set<String> roles, String organisation) {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public NewAccount {
        if (username == null || !NAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username.invalid");
        }
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password.too-short");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (roles.isEmpty() || !PasswordHashing.ROLES.containsAll(roles)) {
            throw new IllegalArgumentException("roles.unknown");
        }
        if (roles.contains(PasswordHashing.BOARD_ROLE) && roles.contains(PasswordHashing.REFERRER_ROLE)) {
            throw new IllegalArgumentException("roles.board-and-referrer");
        }
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (organisation != null && organisation.length() > 200) {
            throw new IllegalArgumentException("organisation.invalid");
        }
        OrganisationKind kind = kindFor(roles);
        if (organisation == null && kind != null) {
            throw new IllegalArgumentException("organisation.required");
        }
        if (kind == null) {
            organisation = null; // administrators belong to no board or practice
        }
    }

    /** The kind of organisation the roles imply: a board for its members, a practice for referrers, else none. */
    public OrganisationKind organisationKind() {
        return kindFor(roles);
    }

    private static OrganisationKind kindFor(Set<String> roles) {
        if (roles.contains(PasswordHashing.BOARD_ROLE)) {
            return OrganisationKind.BOARD;
        }
        return roles.contains(PasswordHashing.REFERRER_ROLE) ? OrganisationKind.PRACTICE : null;
    }

    /** Never the password: records print their components. */
    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + roles + ", " + organisation + "]";
    }
}
