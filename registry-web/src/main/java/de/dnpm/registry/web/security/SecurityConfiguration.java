package de.dnpm.registry.web.security;

import de.dnpm.registry.infrastructure.PasswordHashing;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Who may do what: accounts and roles come from the database (tables {@code app_user}, {@code app_user_role}, PBKDF2
 * hashes with the parameters of {@link PasswordHashing}); the REST API authenticates with HTTP Basic, the pages with
 * a login form. {@link PathBasedMechanismHandler} picks the mechanism by path.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/registry",
        callerQuery = PasswordHashing.CALLER_QUERY,
        groupsQuery = PasswordHashing.GROUPS_QUERY,
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {PasswordHashing.ITERATIONS, PasswordHashing.ALGORITHM, PasswordHashing.SALT_SIZE,
                PasswordHashing.KEY_SIZE})
@BasicAuthenticationMechanismDefinition(realmName = SecurityConfiguration.REALM)
@FormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = SecurityConfiguration.LOGIN_PAGE,
        errorPage = SecurityConfiguration.LOGIN_ERROR_PAGE,
        useForwardToLogin = false))
@DeclareRoles({PasswordHashing.ADMIN_ROLE, PasswordHashing.BOARD_ROLE, PasswordHashing.REFERRER_ROLE})
@ApplicationScoped
public class SecurityConfiguration {

    static final String REALM = "registry";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String LOGIN_ERROR_PAGE = "/login-error.xhtml";
    /** Where an administrator lands after a login that did not start from a protected page. */
    static final String ADMIN_HOME = "/admin/imports.xhtml";
    /** Where board members land: their board's case list and referral queue. */
    static final String BOARD_HOME = "/board/cases.xhtml";
    /** Where referrers land: their own referrals. */
    static final String REFERRER_HOME = "/referrals/index.xhtml";
}
