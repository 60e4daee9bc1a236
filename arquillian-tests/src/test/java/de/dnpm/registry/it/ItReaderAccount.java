package de.dnpm.registry.it;

import de.dnpm.registry.infrastructure.PasswordHashing;
import de.dnpm.registry.infrastructure.UserAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TEST ONLY, never in the real WAR: an account that can sign in but is no administrator (role {@code READER}), for
 * the tests that the admin API refuses authenticated callers without the role ADMIN. Created at deployment like the
 * first administrator (AdministratorBootstrap), after it, so that the administrator is still created on an empty
 * database; a database kept from an earlier deployment of the same pass already has it.
 */
@Singleton
@Startup
@DependsOn("AdministratorBootstrap")
public class ItReaderAccount {

    static final String USER = "it-reader";
    static final String PASSWORD = "it-reader-password";
    static final String ROLE = "READER";

    @Inject
    UserAccounts accounts;

    @Inject
    Pbkdf2PasswordHash hash;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @PostConstruct
    void createReader() {
        long existing = ((Number) em.createNativeQuery("select count(*) from app_user where username = ?")
                .setParameter(1, USER).getSingleResult()).longValue();
        if (existing > 0) {
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        for (String parameter : List.of(PasswordHashing.ITERATIONS, PasswordHashing.ALGORITHM,
                PasswordHashing.SALT_SIZE, PasswordHashing.KEY_SIZE)) {
            int split = parameter.indexOf('=');
            parameters.put(parameter.substring(0, split), parameter.substring(split + 1));
        }
        hash.initialize(parameters);
        accounts.create(USER, hash.generate(PASSWORD.toCharArray()), ROLE);
    }
}
