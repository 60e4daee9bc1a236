package de.dnpm.registry.application;

import de.dnpm.registry.infrastructure.PasswordHashing;
import de.dnpm.registry.infrastructure.RegistryConfiguration;
import de.dnpm.registry.infrastructure.UserAccounts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.security.SecureRandom;
import java.util.Map;

/**
 * Creates the first administrator, {@code admin}, when there is no account at all: with the password from
 * {@code REGISTRY_ADMIN_PASSWORD} (or {@code registry.admin.password}), else with a generated one that is written
 * once to the server log. There is no default password anywhere.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AdministratorBootstrap {

    private static final System.Logger LOG = System.getLogger(AdministratorBootstrap.class.getName());
    static final String ADMIN = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    RegistryConfiguration configuration;

    @Inject
    UserAccounts accounts;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void createFirstAdministrator() {
        if (accounts.count() > 0) {
            return;
        }
        String password = configuration.initialAdminPassword().orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = generatePassword();
        }
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", value(PasswordHashing.ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", value(PasswordHashing.ALGORITHM),
                "Pbkdf2PasswordHash.SaltSizeBytes", value(PasswordHashing.SALT_SIZE),
                "Pbkdf2PasswordHash.KeySizeBytes", value(PasswordHashing.KEY_SIZE)));
        accounts.create(ADMIN, hash.generate(password.toCharArray()), PasswordHashing.ADMIN_ROLE);
        if (generated) {
            LOG.log(System.Logger.Level.WARNING, "First administrator created: user \"" + ADMIN + "\", password \""
                    + password + "\". It is shown only this once; set REGISTRY_ADMIN_PASSWORD before the first start "
                    + "to choose it yourself.");
        } else {
            LOG.log(System.Logger.Level.INFO, "First administrator \"{0}\" created with the configured password", ADMIN);
        }
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
