package de.dnpm.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** The accounts the identity store checks (tables app_user and app_user_role); callers bring the transaction. */
@ApplicationScoped
public class UserAccounts {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from app_user").getSingleResult()).longValue();
    }

    /** Adds an active account with a password hash (never the password) and one role. */
    public void create(String username, String passwordHash, String role) {
        em.createNativeQuery("insert into app_user (username, password_hash, active, created_at) values (?, ?, ?, ?)")
                .setParameter(1, username).setParameter(2, passwordHash).setParameter(3, true)
                .setParameter(4, java.sql.Timestamp.from(Instant.now())).executeUpdate();
        em.createNativeQuery("insert into app_user_role (username, role) values (?, ?)")
                .setParameter(1, username).setParameter(2, role).executeUpdate();
    }

    public boolean exists(String username) {
        return ((Number) em.createNativeQuery("select count(*) from app_user where username = ?")
                .setParameter(1, username).getSingleResult()).longValue() > 0;
    }

    /** Adds an active account of an organisation (may be null for administrators) with its roles. */
    public void create(String username, String passwordHash, java.util.Set<String> roles, String organisation) {
        em.createNativeQuery("insert into app_user (username, password_hash, active, created_at, organisation) "
                        + "values (?, ?, ?, ?, ?)")
                .setParameter(1, username).setParameter(2, passwordHash).setParameter(3, true)
                .setParameter(4, java.sql.Timestamp.from(Instant.now())).setParameter(5, organisation)
                .executeUpdate();
        for (String role : roles) {
            em.createNativeQuery("insert into app_user_role (username, role) values (?, ?)")
                    .setParameter(1, username).setParameter(2, role).executeUpdate();
        }
    }

    /** The organisation an account belongs to, if any. */
    public java.util.Optional<String> organisationOf(String username) {
        java.util.List<?> rows = em.createNativeQuery("select organisation from app_user where username = ?")
                .setParameter(1, username).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? java.util.Optional.empty()
                : java.util.Optional.of(rows.get(0).toString());
    }
}
