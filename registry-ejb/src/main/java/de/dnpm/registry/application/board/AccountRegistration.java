package de.dnpm.registry.application.board;

import de.dnpm.registry.domain.board.Organisation;
import de.dnpm.registry.domain.board.OrganisationKind;
import de.dnpm.registry.infrastructure.PasswordHashing;
import de.dnpm.registry.infrastructure.UserAccounts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.time.Instant;

/**
 * Administrators create accounts: the password hashed like the first administrator's, the organisation created on
 * first mention with the kind the roles imply. An organisation keeps its kind: a practice cannot later become a board.
 */
@Stateless
@RolesAllowed(PasswordHashing.ADMIN_ROLE)
public class AccountRegistration {

    private static final System.Logger LOG = System.getLogger(AccountRegistration.class.getName());

    /** Why an account was not created: the name is taken, or the organisation has another kind. */
    public enum Refusal { EXISTS, ORGANISATION_KIND }

    @Inject
    UserAccounts accounts;

    @Inject
    Pbkdf2PasswordHash hash;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** Creates the account, or says why not (nothing is written then). */
    public java.util.Optional<Refusal> register(NewAccount account) {
        if (accounts.exists(account.username())) {
            return java.util.Optional.of(Refusal.EXISTS);
        }
        OrganisationKind kind = account.organisationKind();
        if (account.organisation() != null) {
            Organisation existing = em.find(Organisation.class, account.organisation());
            if (existing == null) {
                em.persist(new Organisation(account.organisation(), kind, Instant.now()));
                em.flush();
            } else if (existing.kind() != kind) {
                return java.util.Optional.of(Refusal.ORGANISATION_KIND);
            }
        }
        hash.initialize(PasswordHashing.parameters());
        accounts.create(account.username(), hash.generate(account.password().toCharArray()), account.roles(),
                account.organisation());
        LOG.log(System.Logger.Level.INFO, "Account {0} created with roles {1}", account.username(), account.roles());
        return java.util.Optional.empty();
    }
}
