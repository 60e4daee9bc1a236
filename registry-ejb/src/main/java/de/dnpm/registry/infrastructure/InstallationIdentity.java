package de.dnpm.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.UUID;

/**
 * A random id given to the database when its schema is created. The index records it in each commit, so an index
 * kept from another database (or one whose database was deleted and recreated) is recognised and rebuilt.
 */
@ApplicationScoped
public class InstallationIdentity {

    static final String KEY = "installation";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    /** The id, created on first use; callers bring the transaction. */
    public String id() {
        List<?> found = em.createNativeQuery("select meta_value from registry_meta where meta_key = ?")
                .setParameter(1, KEY).getResultList();
        if (!found.isEmpty()) {
            return (String) found.getFirst();
        }
        String id = UUID.randomUUID().toString();
        em.createNativeQuery("insert into registry_meta (meta_key, meta_value) values (?, ?)")
                .setParameter(1, KEY).setParameter(2, id).executeUpdate();
        return id;
    }
}
