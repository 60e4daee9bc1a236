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
