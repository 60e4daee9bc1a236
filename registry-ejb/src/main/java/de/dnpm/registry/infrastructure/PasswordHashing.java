package de.dnpm.registry.infrastructure;

/**
 * The parameters of the PBKDF2 password hashes, said once: the identity store that checks passwords (registry-web)
 * and the code that sets them use the same. 210,000 iterations of HMAC-SHA256 follow OWASP's 2023 advice.
 */
public final class PasswordHashing {

    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=32";

    /** The SQL the identity store runs: a user's hash if the account is active, and the user's roles. */
    public static final String CALLER_QUERY = "select password_hash from app_user where username = ? and active = true";
    public static final String GROUPS_QUERY = "select role from app_user_role where username = ?";

    /** The role of administrators: imports, index, accounts. */
    public static final String ADMIN_ROLE = "ADMIN";
    /** Members of a molecular tumour or inflammation board: their board's cases, matching, reports. */
    public static final String BOARD_ROLE = "TUMOR_BOARD";
    /** Doctors in practice who refer pseudonymised cases to a board and read its recommendation. */
    public static final String REFERRER_ROLE = "REFERRER";
    /** Every role an account may be given. */
    public static final java.util.Set<String> ROLES = java.util.Set.of(ADMIN_ROLE, BOARD_ROLE, REFERRER_ROLE);

    /** The parameters above as {@code Pbkdf2PasswordHash.initialize} takes them, for code that sets passwords. */
    public static java.util.Map<String, String> parameters() {
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        for (String parameter : new String[] {ITERATIONS, ALGORITHM, SALT_SIZE, KEY_SIZE}) {
            int equals = parameter.indexOf('=');
            parameters.put(parameter.substring(0, equals), parameter.substring(equals + 1));
        }
        return java.util.Map.copyOf(parameters);
    }

    private PasswordHashing() {
    }
}
