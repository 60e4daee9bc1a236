package de.dnpm.registry.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Brings the database schema to the current version with Flyway before anything else uses it (other start-up beans
 * declare {@code @DependsOn("SchemaMigrator")}); JPA's own schema generation is off. The migrations in
 * {@code db/migration} are written once for H2 and PostgreSQL. A database with tables but no Flyway history (made by
 * an earlier development build) is refused with Flyway's message rather than guessed at.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN) // Flyway commits on its own connection
public class SchemaMigrator {

    private static final System.Logger LOG = System.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/registry")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.log(System.Logger.Level.INFO, "Database schema at version {0} ({1} migrations applied)",
                result.targetSchemaVersion, result.migrationsExecuted);
        ensureInstallationId();
        rollBackInDoubtTransactions();
    }

    /*
     * H2 is reached through its XA data source. A transaction that was prepared when the server was killed survives
     * the restart "in doubt" and keeps its row locks until someone decides it; GlassFish's automatic recovery is off
     * by default, so the next import would wait on those locks for ever. The portal uses this one resource only, so
     * no coordinator ever decided to commit such a transaction: rolling it back is the right decision.
     */
    private void rollBackInDoubtTransactions() {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2")) {
                return;
            }
            java.util.List<String> inDoubt = new java.util.ArrayList<>();
            try (var statement = c.createStatement();
                 var rows = statement.executeQuery("select transaction_name from information_schema.in_doubt")) {
                while (rows.next()) {
                    inDoubt.add(rows.getString(1));
                }
            }
            for (String name : inDoubt) {
                try (var statement = c.createStatement()) {
                    statement.execute("rollback transaction \"" + name.replace("\"", "") + "\"");
                }
                LOG.log(System.Logger.Level.WARNING, "Rolled back the in-doubt transaction {0} left by a crash", name);
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not check for in-doubt transactions: {0}", e.toString());
        }
    }

    /* Once per database: the id the index records, see InstallationIdentity. */
    private void ensureInstallationId() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into registry_meta (meta_key, meta_value) "
                     + "select ?, ? where not exists (select 1 from registry_meta where meta_key = ?)")) {
            insert.setString(1, InstallationIdentity.KEY);
            insert.setString(2, UUID.randomUUID().toString());
            insert.setString(3, InstallationIdentity.KEY);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the installation id", e);
        }
    }
}
