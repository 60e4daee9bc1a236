package de.dnpm.registry.it;

import de.dnpm.registry.domain.RegistryScheme;
import de.dnpm.registry.infrastructure.StudyRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Test-only reads of the database that the application has no use for (a study's id unique, entries per study).
 * Each call runs in a transaction of its own: outside one, the container's entity manager may already be closed when a
 * long test comes back to it ("Attempting to execute an operation on a closed EntityManager", seen once in CI).
 */
@ApplicationScoped
@Transactional
public class ItDatabase {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    StudyRepository studies;

    @Resource(lookup = "java:app/jdbc/registry")
    DataSource dataSource;

    public DatabaseCounts counts() {
        long withoutEntry = em.createQuery("select count(s) from Study s where size(s.entries) = 0", Long.class)
                .getSingleResult();
        long twoOfOneRegistry = em.createQuery("select e.study.id from RegistryEntry e where e.scheme <> :euctr "
                        + "group by e.study.id, e.scheme having count(e) > 1", Long.class)
                .setParameter("euctr", RegistryScheme.EUCTR).getResultList().size();
        List<String> shared = em.createQuery("select s.primaryRegistryId from Study s group by s.primaryRegistryId "
                + "having count(s) > 1", String.class).getResultList();
        Map<String, Long> byStatus = new TreeMap<>();
        for (Object[] row : studies.countByStatus()) {
            if (row[0] != null) {
                byStatus.put((String) row[0], (Long) row[1]);
            }
        }
        return new DatabaseCounts(studies.count(), studies.countEntries(), withoutEntry, twoOfOneRegistry, shared,
                byStatus);
    }

    /** Whether the database under test is PostgreSQL (else H2). */
    public boolean isPostgres() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which of these NCT numbers no registry entry has as its own id. */
    public Set<String> absentNctIds(Collection<String> nctIds) {
        Set<String> absent = new HashSet<>(nctIds);
        List<String> all = new ArrayList<>(absent);
        for (int i = 0; i < all.size(); i += 1000) {
            studies.findEntries(RegistryScheme.NCT, all.subList(i, Math.min(all.size(), i + 1000)))
                    .forEach(entry -> absent.remove(entry.getRegistryId()));
        }
        return absent;
    }

    /**
     * What the database says about in-doubt (prepared XA) and open transactions and their locks, as text: for a
     * test's failure message when an import stops making progress.
     */
    public String transactionReport() {
        StringBuilder report = new StringBuilder();
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            report.append(product).append('\n');
            List<String> queries = product.contains("H2")
                    ? List.of("select * from information_schema.in_doubt",
                    "select session_id, isolation_level, contains_uncommitted, session_state, blocker_id, "
                            + "sleep_since, left(executing_statement, 200) from information_schema.sessions",
                    "select * from information_schema.locks")
                    : List.of("select gid, prepared, owner from pg_prepared_xacts",
                    "select pid, state, wait_event_type, wait_event, left(query, 200) from pg_stat_activity "
                            + "where datname = current_database()");
            for (String sql : queries) {
                report.append(sql).append('\n');
                try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        report.append(' ');
                        for (int i = 1; i <= columns; i++) {
                            report.append(" | ").append(rows.getString(i));
                        }
                        report.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            report.append("failed: ").append(e);
        }
        return report.toString();
    }

    /** When the studies with these ids were created (first and last), as text; empty for none. */
    public String createdBetween(Collection<Long> studyIds) {
        if (studyIds.isEmpty()) {
            return "";
        }
        List<Long> ids = new ArrayList<>(studyIds);
        Object[] range = em.createQuery("select min(s.createdAt), max(s.createdAt) from Study s where s.id in :ids",
                Object[].class).setParameter("ids", ids.subList(0, Math.min(ids.size(), 1000))).getSingleResult();
        return " created " + range[0] + " to " + range[1];
    }

    /** The ids of all studies, ascending. */
    public List<Long> studyIds() {
        List<Long> ids = new ArrayList<>();
        List<Long> chunk = studies.idsAfter(0, 1000);
        while (!chunk.isEmpty()) {
            ids.addAll(chunk);
            chunk = studies.idsAfter(chunk.getLast(), 1000);
        }
        return ids;
    }
}
